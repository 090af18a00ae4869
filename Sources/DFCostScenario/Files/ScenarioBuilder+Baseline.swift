import DFCostModel
import DFCostTOML

extension ScenarioBuilder {
    /// `[baseline]`: `source` (required: where the figures come from), an optional `note`, and a
    /// key per solution, `e-resept = { 2024 = 120.5, 2025 = 121 }`, giving its existing D&F level
    /// in every summed year of the table (MNOK, not negative). A later file's `[baseline]`
    /// replaces an earlier one's.
    mutating func readBaseline(_ t: TableReader) throws(ScenarioError) {
        let reserved = ["source", "note"]
        guard let source = try t.string("source"), source.contains(where: { !$0.isWhitespace }) else {
            throw t.invalid(t.entry("source")?.node.location ?? t.location, .baselineNeedsSource)
        }
        _ = try t.string("note")
        var entries: [Baseline.Entry] = []
        for entry in t.table.entries where !reserved.contains(entry.key) {
            guard solutions.contains(where: { $0.id == entry.key }) else {
                throw t.invalid(entry.keyLocation,
                                .baselineUnknownSolution(entry.key, suggestion: Suggestion.closest(to: entry.key, in: solutions.map(\.id) + reserved)))
            }
            guard case .table(let years) = entry.node.value else {
                throw t.invalid(entry.node.location,
                                .baselineNotATable(entry.key, exampleYear: summedYears.first ?? 2024, found: entry.node.value.kind))
            }
            let reader = TableReader(table: years, file: t.file, location: entry.node.location, place: .named("[baseline] \(entry.key)"))
            var levels: [Int: ExactDecimal] = [:]
            for y in years.entries {
                guard let year = Int(y.key), summedYears.contains(year) else {
                    throw reader.invalid(y.keyLocation, .baselineYearNotSummed(y.key, solution: entry.key, span: Self.span(summedYears)))
                }
                let level = try TableReader.decimal(y.node, what: .baseline(of: entry.key, year: year), reader: reader)
                guard !level.isNegative else {
                    throw reader.invalid(y.node.location, .baselineNegative(solution: entry.key, year: year, level: level))
                }
                levels[year] = level
            }
            let missing = summedYears.filter { levels[$0] == nil }
            guard missing.isEmpty else {
                throw reader.invalid(entry.node.location, .baselineMissingYears(solution: entry.key, missing: missing, span: Self.span(summedYears)))
            }
            entries.append(Baseline.Entry(solution: entry.key, levels: levels, origin: reader.here))
        }
        baseline = Baseline(source: source, origin: t.here, entries: entries)
    }
}
