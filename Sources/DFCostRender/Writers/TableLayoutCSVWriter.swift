import DFCostTableLayout

/// Writes the tables of a ``Document`` whose rows carry a ``Table/MachineKey`` in the machine
/// layout of ``TableLayout``, which `dfcost import` reads back: kind, id, solution, initiative,
/// part, then per year the amount, whether it was covered internally and its condition marks;
/// after each table its meta rows. Rows without a key (group headings) and other blocks are left out.
public struct TableLayoutCSVWriter: Sendable {
    public var dialect: CSVDialect

    public init(dialect: CSVDialect) { self.dialect = dialect }

    public func write(_ document: Document) -> String {
        var w = CSVWriter(dialect: dialect)
        let tables = document.sections.flatMap(\.blocks).compactMap { block -> Table? in
            guard case .table(let t) = block, t.rows.contains(where: { $0.machine != nil }) else { return nil }
            return t
        }
        let years = tables.first.map(Self.years) ?? []
        w.row([TableLayout.kindHeader, TableLayout.idHeader] + TableLayout.labelHeaders
            + years.flatMap { ["\($0)", "\($0)\(TableLayout.internalSuffix)", "\($0)\(TableLayout.conditionsSuffix)"] })
        for table in tables {
            var column: [Int: Int] = [:]
            for (i, c) in table.columns.enumerated() { if case .year(let y) = c.kind { column[y] = i } }
            for row in table.rows {
                guard let key = row.machine else { continue }
                var fields = [key.kind, key.id, key.solution, key.initiative, key.part]
                for year in years {
                    let cell = column[year].flatMap { row.cells.indices.contains($0) ? row.cells[$0] : nil } ?? .empty
                    switch cell {
                    case .tableAmount(let x, let isInternal, let marks): fields += [w.number(x), isInternal ? "true" : "false", marks]
                    case .amount(let x): fields += [w.number(x), "", ""]
                    default: fields += ["", "", ""]
                    }
                }
                w.row(fields)
            }
            for row in table.meta { w.row(row) }
        }
        return w.output
    }

    static func years(_ table: Table) -> [Int] {
        table.columns.compactMap { if case .year(let y) = $0.kind { y } else { nil } }
    }
}
