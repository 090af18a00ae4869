import DFCostTableLayout
import DFCostModel
import DFCostScenario
import Foundation

/// Reads a D&F table from an Excel workbook (.xlsx) in either layout `dfcost import` reads from
/// CSV (the report layout and the machine layout).
///
/// The chosen sheet becomes the grid of texts the cells show, and ``TableImporter`` reads that
/// grid, so an .xlsx and a CSV of the same table import alike. Nothing is printed: problems are
/// thrown as ``WorkbookError`` naming the file and, for a cell, the sheet and cell
/// (`tabell.xlsx:Ark1!D7`).
public enum WorkbookReader {
    /// Reads the table of a workbook.
    /// - Parameters:
    ///   - data: the .xlsx file's bytes.
    ///   - name: the file's name as the user wrote it; errors and the title use it.
    ///   - sheet: the sheet to read; nil means the only sheet, or else the one sheet whose header
    ///     row has years.
    /// - Returns: the table, ready for ``TableImporter/scenarioText(_:source:)``.
    /// - Throws: ``WorkbookError`` for a file that is not a readable workbook, a missing or
    ///   ambiguous sheet, and any cell that cannot be read.
    public static func read(data: Data, name: String, sheet: String? = nil) throws(WorkbookError) -> ImportedTable {
        let archive = try WorkbookArchive(data: data, name: name)
        let parts = try WorkbookParts(archive: archive)
        guard !parts.sheets.isEmpty else { throw WorkbookError(name, .noSheets) }
        // The sheets to choose from; dfcost's hidden sheet of ids is none of them.
        let list = parts.sheets.filter { $0.name != TableLayout.metaSheetName }.map { "'\($0.name)'" }.joined(separator: ", ")
        let chosen: WorkbookParts.Sheet
        var grid: [[String]]
        let budget = WorkbookBudget()
        /// Sheet name -> its text cells (whose amounts carry the writer's decimal sign).
        var typedText: [String: Set<CellReference>] = [:]
        func read(_ sheet: WorkbookParts.Sheet) throws(WorkbookError) -> [[String]] {
            try SheetReader(parts: parts, file: name, sheet: sheet)
                .grid(archive: archive, budget: budget, typedText: &typedText[sheet.name, default: []])
        }
        if let sheet {
            guard let found = parts.sheets.first(where: { $0.name == sheet })
                ?? parts.sheets.first(where: { $0.name.lowercased() == sheet.lowercased() }) else {
                throw WorkbookError(name, .noSheetNamed(sheet, sheets: list))
            }
            chosen = found
            grid = try read(found)
        } else if parts.sheets.count == 1 {
            chosen = parts.sheets[0]
            grid = try read(chosen)
        } else {
            // Every sheet is read to find the one with the years; a sheet that cannot be read (a
            // notes sheet with a broken cell, a data sheet beyond the limits) is passed over,
            // its reason kept for when no sheet has the years.
            var withYears: [(WorkbookParts.Sheet, [[String]])] = []
            var unread: [WorkbookError] = []
            for s in parts.sheets where s.name != TableLayout.metaSheetName {
                do throws(WorkbookError) {
                    let g = try read(s)
                    if TableImporter.hasYearHeader(grid: g) { withYears.append((s, g)) }
                } catch {
                    unread.append(error)
                }
            }
            guard withYears.count == 1 else {
                if withYears.isEmpty, unread.count == 1 { throw unread[0] }
                throw WorkbookError(name, .sheetsWithYears(found: withYears.count, unread: unread), sheets: list)
            }
            (chosen, grid) = withYears[0]
        }
        var table: ImportedTable
        do {
            table = try TableImporter.read(grid: grid, file: name, typedText: typedText[chosen.name] ?? [])
        } catch {
            let cell = CellReference(row: max(error.origin.line, 1), column: max(error.origin.column, 1))
            throw WorkbookError(SheetReader(parts: parts, file: name, sheet: chosen).place(cell), .table(error.reason))
        }
        table.sheet = chosen.name
        table.receipt.sheet = chosen.name
        // A workbook dfcost wrote: its hidden sheet carries the ids, tags and conditions.
        if chosen.name != TableLayout.metaSheetName, let meta = parts.sheets.first(where: { $0.name == TableLayout.metaSheetName }) {
            let metaGrid = try read(meta)
            let rows = metaGrid.enumerated().map { r, texts in
                DelimitedText.Row(fields: texts.enumerated().map { c, text in .init(text: text, line: r + 1, column: c + 1) }, line: r + 1)
            }
            do {
                try MachineLayoutReader.apply(metaRows: rows, file: name, to: &table)
            } catch {
                let cell = CellReference(row: max(error.origin.line, 1), column: max(error.origin.column, 1))
                throw WorkbookError(SheetReader(parts: parts, file: name, sheet: meta).place(cell), .table(error.reason))
            }
        }
        return table
    }

    /// Whether `data` starts as a workbook or another Office file would (a zip archive or an
    /// OLE compound file), so that `import` can tell an .xlsx from CSV text whatever its name.
    public static func looksLikeWorkbook(_ data: some Collection<UInt8>) -> Bool {
        data.starts(with: WorkbookArchive.zipMagic) || data.starts(with: WorkbookArchive.oleMagic)
            || data.starts(with: WorkbookArchive.emptyZipMagic)
    }
}
