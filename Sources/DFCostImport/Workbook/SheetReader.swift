import DFCostTableLayout
import DFCostScenario
import Foundation

/// One worksheet turned into the grid of cell texts the table importer reads: strings as they
/// are, numbers as plain decimals with what their number format shows (parentheses, a mark),
/// formulas by their cached values, the top-left text of a merged range down its first column.
struct SheetReader {
    let parts: WorkbookParts
    let file: String
    let sheet: WorkbookParts.Sheet

    /// `file:Sheet!D7`.
    func place(_ cell: CellReference) -> String {
        "\(file):\(CellReference.sheetName(sheet.name))!\(cell.name)"
    }

    /// A raw cell as stored.
    struct RawCell {
        var reference: CellReference
        var type = "n"
        var style = 0
        var value: String?
        var inline = ""
        var hasFormula = false
    }

    /// The sheet's grid, as below, without the text cells.
    func grid(archive: WorkbookArchive, budget: WorkbookBudget) throws(WorkbookError) -> [[String]] {
        var ignored: Set<CellReference> = []
        return try grid(archive: archive, budget: budget, typedText: &ignored)
    }

    /// The sheet's grid: `grid[r][c]` is the text at row r + 1, column c + 1; a row as long as
    /// its last cell with text, the grid as long as its last row with text (a merged range's
    /// copies included), so no index into it is out of range.
    /// - Parameter budget: what the workbook has spent of ``WorkbookLimits/cells`` and
    ///   ``WorkbookLimits/cellTextBytes``; this sheet's cells are spent from it as they are read.
    /// - Throws: ``WorkbookError`` at the first cell that cannot be read or that exceeds a limit
    ///   of ``WorkbookLimits`` (the sheet is not read further).
    /// - Parameter typedText: gets the cells whose value is text (shared, inline or a formula's
    ///   string), as written: only these can carry a writer's decimal sign.
    func grid(archive: WorkbookArchive, budget: WorkbookBudget, typedText: inout Set<CellReference>) throws(WorkbookError) -> [[String]] {
        guard let data = try archive.entry(sheet.path) else {
            throw WorkbookError(file, .sheetPartMissing(sheet: sheet.name, path: sheet.path))
        }
        var texts: [CellReference: String] = [:]
        var textCells: Set<CellReference> = []
        /// Row -> its last column with text: the grid's row lengths, spent from the budget as they grow.
        var widths: [Int: Int] = [:]
        var merges: [(CellReference, CellReference)] = []
        var cell: RawCell?
        var row = 0, column = 0
        var inValue = false, inInline = false, phonetic = 0
        func store(_ text: String, at reference: CellReference) throws(WorkbookError) {
            let width = widths[reference.row] ?? 0
            try budget.spend(cells: max(reference.column - width, 0), textBytes: text.utf8.count, at: place(reference))
            if reference.column > width { widths[reference.row] = reference.column }
            texts[reference] = text
        }
        func tooLong(_ reference: CellReference) -> WorkbookError {
            WorkbookError(place(reference), .cellTooLong(limit: WorkbookLimits.cellCharacters))
        }
        try XMLEvents.parse(data, part: sheet.path, file: file, start: { name, a in
            switch name {
            case "row":
                row = min(max(a["r"].flatMap { Int($0) } ?? row + 1, 0), 2_000_000)
                column = 0
            case "c":
                let reference = a["r"].flatMap { CellReference($0) } ?? CellReference(row: max(row, 1), column: column + 1)
                column = reference.column
                cell = RawCell(reference: reference, type: a["t"] ?? "n", style: a["s"].flatMap { Int($0) } ?? 0)
            case "v":
                inValue = true
                if cell?.value == nil { cell?.value = "" }
            case "f": cell?.hasFormula = true
            case "is": inInline = true
            case "rPh": phonetic += 1
            case "mergeCell":
                let ends = (a["ref"] ?? "").split(separator: ":")
                if ends.count == 2, let from = CellReference(ends[0]), let to = CellReference(ends[1]) { merges.append((from, to)) }
            default: break
            }
        }, end: { (name: String) throws(WorkbookError) in
            switch name {
            case "v": inValue = false
            case "is": inInline = false
            case "rPh": phonetic -= 1
            case "c":
                guard let c = cell else { return }
                cell = nil
                if WorkbookBudget.tooLong(c.value ?? "") || WorkbookBudget.tooLong(c.inline) { throw tooLong(c.reference) }
                let text = try self.text(of: c)
                guard !text.isEmpty, c.reference.row >= 1, c.reference.column >= 1 else { return }
                guard c.reference.row <= WorkbookLimits.rows, c.reference.column <= WorkbookLimits.columns else {
                    throw WorkbookError(self.place(c.reference), .outsideLimits(rows: WorkbookLimits.rows, columns: WorkbookLimits.columns, lastColumn: CellReference.letters(WorkbookLimits.columns)))
                }
                try store(text, at: c.reference)
                if c.type == "s" || c.type == "inlineStr" || c.type == "str" { textCells.insert(c.reference) }
            default: break
            }
        }, text: { (t: String) throws(WorkbookError) in
            guard let reference = cell?.reference else { return }
            if inValue {
                cell?.value? += t
                if (cell?.value?.utf8.count ?? 0) > 3 * WorkbookLimits.cellCharacters { throw tooLong(reference) }
            } else if inInline, phonetic == 0 {
                cell?.inline += t
                if (cell?.inline.utf8.count ?? 0) > 3 * WorkbookLimits.cellCharacters { throw tooLong(reference) }
            }
        })
        // A merged range spanning rows: its text down the range's first column (a solution
        // heading kept beside its lines, a "Tiltak" shared by several "Del"). Each cell the
        // range covers is spent from the budget, filled or not, so that many ranges over the
        // same cells cost what they walk.
        for (from, to) in merges where to.row > from.row {
            guard let text = texts[from], from.row < WorkbookLimits.rows else { continue }
            let last = min(to.row, WorkbookLimits.rows)
            try budget.spend(cells: last - from.row, at: place(from))
            for r in (from.row + 1)...last where texts[CellReference(row: r, column: from.column)] == nil {
                try store(text, at: CellReference(row: r, column: from.column))
            }
        }
        let rows = widths.keys.max() ?? 0
        var grid = Array(repeating: [String](), count: rows)
        for (r, width) in widths where r >= 1 && r <= rows {
            grid[r - 1] = Array(repeating: "", count: width)
        }
        for (reference, text) in texts where reference.row >= 1 && reference.row <= grid.count
            && reference.column >= 1 && reference.column <= grid[reference.row - 1].count {
            grid[reference.row - 1][reference.column - 1] = text
        }
        typedText.formUnion(textCells)
        return grid
    }

    /// The text a cell shows in the table's notation.
    func text(of c: RawCell) throws(WorkbookError) -> String {
        switch c.type {
        case "s":
            guard let value = c.value else { return "" }
            guard let i = Int(value.trimmed(of: " ")), parts.sharedStrings.indices.contains(i) else {
                throw WorkbookError(place(c.reference), .sharedStringMissing(value))
            }
            return parts.sharedStrings[i]
        case "inlineStr":
            return c.inline
        case "str", "e", "d":
            if c.hasFormula, c.value == nil { throw noCachedValue(c) }
            return c.value ?? ""
        case "b":
            if c.hasFormula, c.value == nil { throw noCachedValue(c) }
            return c.value == "1" ? "TRUE" : c.value == "0" ? "FALSE" : c.value ?? ""
        default:
            guard let value = c.value, !value.isEmpty else {
                if c.hasFormula { throw noCachedValue(c) }
                return ""
            }
            guard let (number, sign) = NumberText.decimal(value) else {
                throw WorkbookError(place(c.reference), .storedNumberNotANumber(value))
            }
            let code = parts.formats.indices.contains(c.style) ? parts.formats[c.style] : "General"
            let (format, negativeSection) = NumberFormat.shown(code, sign: sign)
            let isInternal = format.parentheses && !(sign < 0 && negativeSection && !format.minus)
            var text = sign < 0 ? "-" + number : number
            if isInternal { text = "(\(text))" }
            if let mark = format.mark { text += " " + mark }
            return text
        }
    }

    func noCachedValue(_ c: RawCell) -> WorkbookError {
        WorkbookError(place(c.reference), .noCachedValue)
    }
}
