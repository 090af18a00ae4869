import DFCostModel
import DFCostScenario

/// The JSON contract of `dfcost totals --format json` (docs/json-contract.md, docs/totals.schema.json).
///
/// Amounts are exact decimal strings ("21.5"), never binary floats, so consumers keep exactness.
public enum TotalsJSON {
    /// The schema identifier written in every document.
    public static let schema = "dfcost.totals/1"

    /// The whole document.
    public static func document(_ applied: AppliedScenario, totals: Totals) -> JSONValue {
        let table = applied.table
        var members: [(String, JSONValue)] = [
            ("schema", .string(schema)),
            ("scenario", .string(applied.name)),
            ("title", .string(table.metadata.title)),
            ("source", .object([
                ("document", .string(table.metadata.document)),
                ("section", .string(table.metadata.section)),
                ("as_of", .string(table.metadata.asOf)),
            ])),
            ("unit", .string(table.metadata.unit)),
            ("years", .array(table.years.map { .number("\($0)") })),
            ("summed_years", .array(totals.summedYears.map { .number("\($0)") })),
            ("conditions", .object(table.conditions.map { c in
                (c.id, .object([
                    ("mark", .string(c.mark)),
                    ("description", .string(c.description)),
                    ("state", .string("\(applied.conditionStates[c.id] ?? .full)")),
                ]))
            })),
            ("totals", yearMap(totals.totals, totals.summedYears)),
            ("rounding_precision", .string(totals.roundingPrecision.description)),
            ("rounded_totals", yearMap(totals.roundedTotals, totals.summedYears)),
            ("by_solution", .object(solutionOrder(table).map { ($0, yearMap(totals.bySolution[$0] ?? [:], totals.summedYears)) })),
            ("cumulative", yearMap(totals.cumulative, totals.summedYears)),
            ("horizon_total", .string(totals.horizonTotal.description)),
            ("lines", .array(table.lines.map(line))),
        ]
        members.append(("excluded", .array(applied.excluded.map(aside))))
        members.append(("beyond_horizon", .array(applied.beyondHorizon.map(aside))))
        members.append(("warnings", .array(applied.warnings.map { .string($0) })))
        return .object(members)
    }

    static func solutionOrder(_ table: CostTable) -> [String] {
        var ids = table.solutions.map(\.id)
        for line in table.lines where !ids.contains(line.solution) { ids.append(line.solution) }
        return ids
    }

    /// `{"2024": "93", ...}` in year order.
    public static func yearMap(_ values: [Int: ExactDecimal], _ years: [Int]) -> JSONValue {
        .object(years.map { ("\($0)", .string((values[$0] ?? .zero).description)) })
    }

    static func line(_ line: CostLine) -> JSONValue {
        .object([
            ("id", .string(line.id)),
            ("solution", .string(line.solution)),
            ("initiative", .string(line.initiative)),
            ("part", .string(line.part)),
            ("tags", .array(line.tags.map { .string($0) })),
            ("cells", .object(line.cells.map { ("\($0.year)", cell($0)) })),
        ])
    }

    static func cell(_ cell: Cell) -> JSONValue {
        .object([
            ("amount", .string(cell.amount.description)),
            ("internal", .bool(cell.isInternal)),
            ("conditions", .array(cell.conditions.map { .string($0) })),
        ])
    }

    static func aside(_ a: SetAsideCell) -> JSONValue {
        .object([
            ("line", .string(a.lineID)),
            ("solution", .string(a.solution)),
            ("year", .number("\(a.cell.year)")),
            ("amount", .string(a.cell.amount.description)),
            ("internal", .bool(a.cell.isInternal)),
            ("reason", .string(ReasonLabels.machine.text(a.reason))),
        ])
    }
}
