import DFCostFailure

extension WorkbookError: ExitStatusProviding {
    /// A workbook that cannot be read as a table is bad data (65).
    public var exitStatus: ExitStatus { .data }
}

extension TableImportError: ExitStatusProviding {
    /// A table that cannot be read exactly is bad data (65).
    public var exitStatus: ExitStatus { .data }
}
