import DFCostModel

/// Who pays in JSON (`by_payer`, `by_payer_rounded`, `by_payer_cumulative`, `payers`,
/// `payer_assumptions`); the other formats come from ``PayersBuilder``.
enum PayerRenderer {

    static func json(_ a: PayerAllocation) -> [(String, JSONValue)] {
        func map(_ m: [String: [Int: ExactDecimal]]) -> JSONValue {
            .object(a.payers.map { p in (p.id, TotalsJSON.yearMap(m[p.id] ?? [:], a.years)) })
        }
        return [
            ("by_payer", map(a.exact)),
            ("by_payer_rounded", map(a.rounded)),
            ("by_payer_cumulative", map(a.cumulative)),
            ("payers", .object(a.payers.map { ($0.id, .string($0.name)) })),
            ("payer_assumptions", .array(a.assumptions.map { .string($0) })),
        ]
    }
}
