import DFCostFailure
import DFCostImport
import DFCostScenario

/// Why a table could not be imported.
public enum ImportError: ExitStatusProviding, Sendable, Hashable, CustomStringConvertible {
    /// The workbook cannot be read as a table.
    case workbook(WorkbookError)
    /// The delimited text cannot be read as a table.
    case table(TableImportError)
    /// A sheet was named for a file that is text, not a workbook.
    case sheetOfText(String)
    /// The table was read but does not hold together (sums, marks, a strict warning), at `place`.
    case unfinished(place: String, reason: TableImportReason)
    /// The previous round's file is not a scenario file dfcost can read.
    case previousRound(ScenarioError)

    public var description: String {
        switch self {
        case .workbook(let error): error.description
        case .table(let error): error.description
        case .sheetOfText(let file): "\(file) is text, not an .xlsx workbook; a sheet applies to workbooks only"
        case .unfinished(let place, let reason): "\(place): \(reason)"
        case .previousRound(let error): "\(error) (the previous round is a scenario file, .toml)"
        }
    }

    /// A sheet named for a text file is a usage error (64); everything else is in the data (65).
    public var exitStatus: ExitStatus {
        switch self {
        case .sheetOfText: .usage
        case .workbook, .table, .unfinished, .previousRound: .data
        }
    }
}
