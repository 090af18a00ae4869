import DFCostModel
import DFCostTOML

extension ScenarioBuilder {
    /// `[payers]` with `names` (payer id -> display name, in order) and `[[payers.keys]]`
    /// (solution, years, shares, source, assumption). A later file's keys are added after the
    /// earlier ones and win where ranges overlap.
    mutating func readPayers(_ t: TableReader) throws(ScenarioError) {
        try t.checkKeys(["names", "keys"])
        var payers = payerKeys?.payers ?? []
        if let names = try t.table("names") {
            for entry in names.table.entries {
                guard case .string(let name) = entry.node.value else {
                    throw names.invalid(entry.node.location, "the name of payer '\(entry.key)' must be a string")
                }
                if let i = payers.firstIndex(where: { $0.id == entry.key }) { payers[i].name = name } else {
                    payers.append(PayerKeys.Payer(id: entry.key, name: name))
                }
            }
        }
        guard !payers.isEmpty else { throw t.invalid(t.location, "[payers] needs names = { id = \"Name\", ... } listing the payers") }
        var keys = payerKeys?.keys ?? []
        for k in try t.tables("keys") {
            try k.checkKeys(["solution", "years", "shares", "source", "assumption"])
            let solution = try k.requiredString("solution")
            if !solutions.contains(where: { $0.id == solution }) {
                throw k.invalid(k.entry("solution")!.node.location,
                                "unknown solution '\(solution)'\(Suggestion.hint(for: solution, in: solutions.map(\.id)))")
            }
            let range: ClosedRange<Int>
            guard let yearsNode = k.table["years"] else { throw k.missing("years") }
            switch yearsNode.value {
            case .number:
                let y = try TableReader.integer(yearsNode, what: .bareKey("years"), reader: k)
                range = y...y
            case .string(let text):
                guard let r = LineSelector.parseYears(text) else {
                    throw k.invalid(yearsNode.location, .notAYearRange(text, example: "2024-2026"))
                }
                range = r
            default:
                throw k.invalid(yearsNode.location, "'years' must be a year or a range such as \"2024-2026\"")
            }
            guard let sharesTable = try k.table("shares") else { throw k.missing("shares") }
            var shares: [String: Share] = [:]
            for entry in sharesTable.table.entries {
                guard payers.contains(where: { $0.id == entry.key }) else {
                    throw sharesTable.invalid(entry.keyLocation,
                                              "unknown payer '\(entry.key)'\(Suggestion.hint(for: entry.key, in: payers.map(\.id))) (declare it in [payers] names)")
                }
                let share: Share?
                switch entry.node.value {
                case .string(let text): share = Share(text: text)
                case .number:
                    share = Share(try TableReader.decimal(entry.node, what: .share(of: entry.key), reader: sharesTable))
                default: share = nil
                }
                guard let share else {
                    throw sharesTable.invalid(entry.node.location, "the share of '\(entry.key)' must be a decimal or a fraction such as \"1/3\", between 0 and 1")
                }
                shares[entry.key] = share
            }
            guard Share.sumIsOne(Array(shares.values)) else {
                let listed = payers.compactMap { p in shares[p.id].map { "\(p.id) \($0)" } }.joined(separator: " + ")
                throw k.invalid(sharesTable.location, "payer shares of '\(solution)' \(range.lowerBound)-\(range.upperBound) sum to \(listed), not exactly 1")
            }
            keys.append(PayerKeys.Key(solution: solution, years: range, shares: shares, source: try k.string("source") ?? "",
                                      assumption: try k.string("assumption"), origin: k.here))
        }
        payerKeys = PayerKeys(payers: payers, keys: keys)
    }
}
