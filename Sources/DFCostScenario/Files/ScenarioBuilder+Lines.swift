import DFCostModel
import DFCostTOML

extension ScenarioBuilder {
    /// Reads a `[[lines]]` entry (or an `add` operation's line) and checks it against the table.
    mutating func readLine(_ t: TableReader) throws(ScenarioError) -> CostLine {
        try t.checkKeys(["id", "solution", "initiative", "part", "tags", "cells", "continues"])
        let id = try t.requiredString("id")
        let idAt = t.entry("id")!.node.location
        guard !id.isEmpty else { throw t.invalid(idAt, .emptyID) }
        if let first = lineOrigins[id] {
            throw t.invalid(idAt, .duplicateID(id, first: first))
        }
        guard lines.count < ScenarioLimits.maximumLines else {
            throw t.invalid(t.location, .tooManyLines(maximum: ScenarioLimits.maximumLines))
        }
        let solution = try t.requiredString("solution")
        if !solutions.contains(where: { $0.id == solution }) {
            let at = t.entry("solution")!.node.location
            throw t.invalid(at, .unknownName(.solution, solution, suggestion: Suggestion.closest(to: solution, in: solutions.map(\.id))))
        }
        let cells = try readCells(t)
        let continues = try t.string("continues")
        if let continues, let at = t.entry("continues")?.node.location {
            guard !continues.isEmpty else { throw t.invalid(at, .emptyContinues) }
            guard continues != id else { throw t.invalid(at, .continuesItself(id)) }
            continuesOrigins.append((line: id, continues: continues, at: t.reference(t.entry("continues")!.keyLocation)))
        }
        lineOrigins[id] = t.reference(idAt)
        return CostLine(
            id: id, solution: solution, initiative: try t.requiredString("initiative"),
            part: try t.string("part") ?? "", tags: try t.strings("tags") ?? [], cells: cells,
            origin: t.here, continues: continues)
    }

    /// Rejects a `continues` that names an id the table still has: the line it would continue is
    /// there, so `compare` could not follow both (a split keeps the old id on one line and gives
    /// the other a new id without `continues`).
    func checkContinues() throws(ScenarioError) {
        for c in continuesOrigins {
            if let still = lineOrigins[c.continues] {
                throw .file(c.at, .line(.continuesPresentLine(c.line, continues: c.continues, still: still)))
            }
        }
    }

    func readCells(_ t: TableReader) throws(ScenarioError) -> [Cell] {
        guard let cellsTable = try t.table("cells") else { return [] }
        var cells: [Cell] = []
        for entry in cellsTable.table.entries {
            guard let year = Int(entry.key) else {
                throw t.invalid(entry.keyLocation, .keyNotAYear(entry.key, rate: false))
            }
            guard years.contains(year) else {
                throw t.invalid(entry.keyLocation, .yearOutsideTable(year, span: Self.span(years)))
            }
            cells.append(try readCell(entry.node, year: year, in: cellsTable))
        }
        return cells
    }

    /// A cell: a number, the table's notation in a string ("(14)*"), or
    /// `{ amount = 14, internal = true, conditions = ["fm-phaseout"] }`.
    func readCell(_ node: TOMLNode, year: Int, in t: TableReader) throws(ScenarioError) -> Cell {
        let origin = t.reference(node.location)
        switch node.value {
        case .number:
            let amount = try TableReader.decimal(node, what: .amount(year: year), reader: t)
            return Cell(year: year, amount: amount, origin: origin)
        case .string(let text):
            switch CellNotation.parse(text, marks: conditions.map(\.mark)) {
            case .failure(let f): throw t.invalid(node.location, .cellNotation(f))
            case .success(let parsed):
                let ids = parsed.marks.compactMap { mark in conditions.first { $0.mark == mark }?.id }
                return Cell(year: year, amount: parsed.amount, isInternal: parsed.isInternal,
                            conditions: ids, origin: origin)
            }
        case .table(let sub):
            let c = TableReader(table: sub, file: t.file, location: node.location, place: .cell(year: year))
            try c.checkKeys(["amount", "internal", "conditions"])
            guard let (amount, _) = try c.decimal("amount") else { throw c.missing("amount") }
            let ids = try c.strings("conditions") ?? []
            if let repeated = ids.enumerated().first(where: { ids[..<$0.offset].contains($0.element) })?.element {
                throw c.invalid(c.entry("conditions")!.node.location, .conditionListedTwice(repeated))
            }
            for id in ids where !conditions.contains(where: { $0.id == id }) {
                throw c.invalid(c.entry("conditions")!.node.location,
                                .unknownName(.condition, id, suggestion: Suggestion.closest(to: id, in: conditions.map(\.id))))
            }
            return Cell(year: year, amount: amount, isInternal: try c.bool("internal") ?? false,
                        conditions: ids, origin: origin)
        default:
            throw t.invalid(node.location, .cellNotAValue(year: year, found: node.value.kind))
        }
    }

    /// `select = { solution = "e-resept", tag = ["pds"], years = "2025-2026" }`.
    func readSelector(_ t: TableReader) throws(ScenarioError) -> LineSelector {
        guard let s = try t.table("select") else { return LineSelector() }
        try s.checkKeys(["solution", "initiative", "part", "line", "tag", "years", "include_internal"])
        var selector = LineSelector(
            solutions: try s.strings("solution") ?? [], initiatives: try s.strings("initiative") ?? [],
            parts: try s.strings("part") ?? [], lineIDs: try s.strings("line") ?? [],
            tags: try s.strings("tag") ?? [])
        selector.includeInternal = try s.bool("include_internal") ?? false
        for id in selector.solutions where !solutions.contains(where: { $0.id == id }) {
            throw s.invalid(s.entry("solution")!.node.location,
                            .unknownName(.solution, id, suggestion: Suggestion.closest(to: id, in: solutions.map(\.id))))
        }
        if let node = s.table["years"] {
            switch node.value {
            case .number:
                let y = try TableReader.integer(node, what: .key("years", in: .selector), reader: s)
                selector.years = y...y
            case .string(let text):
                guard let r = LineSelector.parseYears(text) else {
                    throw s.invalid(node.location, .notAYearRange(text, example: "2025-2026"))
                }
                selector.years = r
            default:
                throw s.invalid(node.location, .yearsNotYearOrRange(inSelector: true, example: "2025-2026"))
            }
        }
        return selector
    }
}
