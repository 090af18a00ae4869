import DFCostImport
import DFCostModel
import DFCostScenario
import Foundation

/// Everything `import` (or a notebook, or a server) asks: a table kept as an `.xlsx` workbook,
/// CSV or tab-separated text, turned into a scenario file.
///
/// The format is told from the bytes (a zip archive is a workbook) or the name (`.xlsx`,
/// `.xls`); anything else is read as delimited text.
public struct ImportRequest: Sendable {
    /// The table's file, as the user named it (messages and the scenario's source use this spelling).
    public var file: String
    /// The sheet of a workbook to read; nil for the only sheet or the one whose header row has years.
    public var sheet: String?
    /// The previous round's scenario file, whose ids the matching lines reuse.
    public var like: String?
    /// Make every warning of the receipt an error.
    public var strict: Bool
    /// The language of the comment lines at the top of the scenario file.
    public var language: ImportLanguage

    public init(file: String, sheet: String? = nil, like: String? = nil, strict: Bool = false, language: ImportLanguage = .nb) {
        self.file = file
        self.sheet = sheet
        self.like = like
        self.strict = strict
        self.language = language
    }

    /// True when `bytes` named `file` are read as a workbook.
    public static func isWorkbook(_ bytes: [UInt8], file: String) -> Bool {
        let lower = file.lowercased()
        return WorkbookReader.looksLikeWorkbook(bytes) || lower.hasSuffix(".xlsx") || lower.hasSuffix(".xls")
    }

    /// Reads the table and writes it as a scenario file.
    /// - Throws: ``ScenarioError`` when the file or the previous round's file is missing or unreadable;
    ///   ``ImportError`` for a table, or a previous round, that cannot be read as one.
    public func run() throws -> ImportResult {
        let bytes = try ScenarioLoader.readFile(file)
        let previous: CostTable?
        do {
            previous = try like.map { try ScenarioLoader.load(path: $0).base }
        } catch let error as ScenarioError where !error.isMissingInput {
            throw ImportError.previousRound(error)
        }
        var table: ImportedTable
        if Self.isWorkbook(bytes, file: file) {
            do {
                table = try WorkbookReader.read(data: Data(bytes), name: file, sheet: sheet)
            } catch {
                throw ImportError.workbook(error)
            }
        } else {
            guard sheet == nil else { throw ImportError.sheetOfText(file) }
            do {
                table = try TableImporter.read(bytes: bytes, file: file)
            } catch {
                throw ImportError.table(error)
            }
        }
        do {
            try TableImporter.finish(&table, options: .init(strict: strict, like: previous))
            return ImportResult(table: table, scenarioText: try TableImporter.checkedScenarioText(table, source: file, language: language))
        } catch {
            throw ImportError.unfinished(place: table.describe(error.origin), reason: error.reason)
        }
    }

    /// Every file the import reads (an output may not overwrite one).
    public var inputs: [String] { [file] + (like.map { [$0] } ?? []) }
}

/// What an ``ImportRequest`` produced: the table read, with its receipt, and the scenario file's text.
public struct ImportResult: Sendable {
    /// The table as read, with its receipt (every row accounted for).
    public var table: ImportedTable
    /// The scenario file (TOML), checked to read back to the same table.
    public var scenarioText: String
}
