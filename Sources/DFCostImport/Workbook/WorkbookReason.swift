/// Why a workbook could not be read, as data (the part, the sheet, the limit, the cell's text),
/// so that a front end words it in the user's language. The English line is ``description``.
public enum WorkbookReason: Sendable, Hashable, CustomStringConvertible {
    // The file.
    /// An encrypted (password-protected) workbook.
    case encrypted
    /// An old binary Excel workbook (.xls).
    case oldBinaryWorkbook
    /// Not a zip archive.
    case notAZipArchive
    /// A truncated or damaged zip archive.
    case damagedArchive
    /// No temporary copy of the workbook could be kept in `folder`.
    case noTemporaryCopy(folder: String)
    /// A zip archive without the workbook part `part`.
    case notAnExcelWorkbook(part: String)
    /// An archive entry that inflates beyond `megabytes` MB.
    case entryTooLarge(path: String, megabytes: Int)
    /// An archive entry that is not a file.
    case entryNotAFile(path: String)
    /// An archive entry that cannot be inflated.
    case entryDamaged(path: String, EntryDamage)
    /// A part that declares a DTD.
    case partDeclaresDTD(part: String)
    /// A part that is not UTF-8 text.
    case partNotUTF8(part: String)
    /// A part that is not well-formed XML, at `line` with the parser's error code.
    case partNotWellFormed(part: String, line: Int, code: Int?)
    /// A part that ends before its last element is closed.
    case partUnclosed(part: String)

    // The workbook's sizes.
    /// More sheets than dfcost reads.
    case tooManySheets(count: Int, limit: Int)
    /// A shared string longer than a cell may hold.
    case sharedStringTooLong(index: Int, part: String, limit: Int)
    /// Shared strings beyond `megabytes` MB together.
    case sharedStringsTooLarge(part: String, megabytes: Int)
    /// A cell longer than a cell may hold.
    case cellTooLong(limit: Int)
    /// A cell beyond the first `rows` rows and `columns` columns (the last column's letters).
    case outsideLimits(rows: Int, columns: Int, lastColumn: String)
    /// More cells than the limit.
    case tooManyCells(limit: Int)
    /// Cell text beyond `megabytes` MB together.
    case cellTextTooLarge(megabytes: Int)

    // Sheets and cells.
    /// A workbook without sheets.
    case noSheets
    /// No sheet of the name asked for; `sheets` lists the sheets ('Ark1', 'Ark2').
    case noSheetNamed(String, sheets: String)
    /// No sheet, or several, has a header row with the years (`found`), with the sheets that
    /// could not be read and why.
    case sheetsWithYears(found: Int, unread: [WorkbookError])
    /// A sheet whose part the archive does not hold.
    case sheetPartMissing(sheet: String, path: String)
    /// A cell that refers to a shared string the workbook does not hold.
    case sharedStringMissing(String)
    /// A cell stored as a number that is not one.
    case storedNumberNotANumber(String)
    /// A formula without a saved value.
    case noCachedValue
    /// The table read from the sheet cannot be imported.
    case table(TableImportReason)

    /// What the zip library said about a damaged entry.
    public enum EntryDamage: Sendable, Hashable, CaseIterable, CustomStringConvertible {
        case checksum, compressionMethod, unreadable, notInflatable

        public var description: String {
            switch self {
            case .checksum: "checksum mismatch"
            case .compressionMethod: "unknown compression method"
            case .unreadable: "unreadable"
            case .notInflatable: "cannot be inflated"
            }
        }
    }

    public var description: String {
        switch self {
        case .encrypted: "the workbook is encrypted (password-protected); remove the password in Excel and save it again as .xlsx"
        case .oldBinaryWorkbook: "an old binary Excel workbook (.xls); open it in Excel or LibreOffice and save as .xlsx"
        case .notAZipArchive: "not an Excel workbook (.xlsx): not a zip archive"
        case .damagedArchive: "a truncated or damaged zip archive (the workbook is incomplete; save it again)"
        case .noTemporaryCopy(let folder): "cannot keep a temporary copy of the workbook in \(folder)"
        case .notAnExcelWorkbook(let part): "no \(part): a zip archive, but not an Excel workbook (.xlsx)"
        case .entryTooLarge(let path, let megabytes): "the entry \(path) inflates beyond the limit of \(megabytes) MB per entry (a zip bomb?); not read"
        case .entryNotAFile(let path): "the entry \(path) is not a file"
        case .entryDamaged(let path, let damage): "the entry \(path) is damaged (\(damage)); save the workbook again"
        case .partDeclaresDTD(let part): "the part \(part) declares a DTD, which a workbook never holds; not read"
        case .partNotUTF8(let part): "the part \(part) is not UTF-8 text; save the workbook again"
        case .partNotWellFormed(let part, let line, let code):
            "the part \(part) is not well-formed XML (line \(line), error \(code.map(String.init) ?? "unknown")); save the workbook again"
        case .partUnclosed(let part): "the part \(part) is not well-formed XML (it ends before its last element is closed); save the workbook again"
        case .tooManySheets(let count, let limit):
            "the workbook lists \(count) sheets; dfcost reads workbooks of at most \(limit) sheets (save the table's sheet in a workbook of its own)"
        case .sharedStringTooLong(let index, let part, let limit):
            "the shared string \(index) in \(part) has more than \(limit) characters, the most a cell may hold (Excel's limit); not read"
        case .sharedStringsTooLarge(let part, let megabytes): "the shared strings in \(part) hold more than \(megabytes) MB of text together (the limit); not read"
        case .cellTooLong(let limit): "the cell holds more than \(limit) characters, the most a cell may hold (Excel's limit); not read"
        case .outsideLimits(let rows, let columns, let lastColumn):
            "the table must lie within the first \(rows) rows and \(columns) columns (A to \(lastColumn))"
        case .tooManyCells(let limit):
            "the workbook makes more than \(limit) cells (the limit for the sheets read, rows counted up to their last value and merged ranges cell by cell); not read"
        case .cellTextTooLarge(let megabytes):
            "the workbook's cells hold more than \(megabytes) MB of text together (the limit for the sheets read, each cell counted with its own text); not read"
        case .noSheets: "the workbook has no sheets"
        case .noSheetNamed(let name, let sheets): "no sheet named '\(name)' (sheets: \(sheets))"
        case .sheetsWithYears(let found, let unread):
            (found == 0 ? "no sheet has a header row with the years" : "\(found) sheets have a header row with the years")
                + Self.unreadList(unread.map(\.description), more: "and \(unread.count - 3) more")
        case .sheetPartMissing(let sheet, let path): "the sheet '\(sheet)' has no part \(path) in the archive; save the workbook again"
        case .sharedStringMissing(let value): "refers to shared string \(value), which the workbook does not hold; save the workbook again"
        case .storedNumberNotANumber(let value): "'\(value)' is stored as a number but is not one; save the workbook again"
        case .noCachedValue: "the formula has no saved value; open the workbook in Excel or LibreOffice, let it calculate, and save it again"
        case .table(let reason): reason.description
        }
    }

    /// The sheets passed over, at most three shown (`more` says how many others), as
    /// ` (not read: ...)`, or nothing; `notRead` is the language's "not read".
    public static func unreadList(_ lines: [String], more: String, notRead: String = "not read") -> String {
        guard !lines.isEmpty else { return "" }
        return " (\(notRead): " + lines.prefix(3).joined(separator: "; ") + (lines.count > 3 ? "; \(more)" : "") + ")"
    }
}
