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
                    throw names.invalid(entry.node.location, .nameNotString(payer: entry.key))
                }
                if let i = payers.firstIndex(where: { $0.id == entry.key }) { payers[i].name = name } else {
                    payers.append(PayerKeys.Payer(id: entry.key, name: name))
                }
            }
        }
        guard !payers.isEmpty else { throw t.invalid(t.location, .noNames) }
        var keys = payerKeys?.keys ?? []
        for k in try t.tables("keys") {
            try k.checkKeys(["solution", "years", "shares", "source", "assumption"])
            let solution = try k.requiredString("solution")
            if !solutions.contains(where: { $0.id == solution }) {
                throw k.invalid(k.entry("solution")!.node.location,
                                .unknownName(.solution, solution, suggestion: Suggestion.closest(to: solution, in: solutions.map(\.id))))
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
                throw k.invalid(yearsNode.location, .yearsNotYearOrRange(inSelector: false, example: "2024-2026"))
            }
            guard let sharesTable = try k.table("shares") else { throw k.missing("shares") }
            var shares: [String: Share] = [:]
            for entry in sharesTable.table.entries {
                guard payers.contains(where: { $0.id == entry.key }) else {
                    throw sharesTable.invalid(entry.keyLocation,
                                              .unknownPayer(entry.key, suggestion: Suggestion.closest(to: entry.key, in: payers.map(\.id))))
                }
                let share: Share?
                switch entry.node.value {
                case .string(let text): share = Share(text: text)
                case .number:
                    share = Share(try TableReader.decimal(entry.node, what: .share(of: entry.key), reader: sharesTable))
                default: share = nil
                }
                guard let share else {
                    throw sharesTable.invalid(entry.node.location, .badShare(payer: entry.key))
                }
                shares[entry.key] = share
            }
            guard Share.sumIsOne(Array(shares.values)) else {
                let listed = payers.compactMap { p in shares[p.id].map { ScenarioFileReason.Payers.PayerShare(payer: p.id, share: $0) } }
                throw k.invalid(sharesTable.location, .sharesNotOne(solution: solution, years: range, listed: listed))
            }
            keys.append(PayerKeys.Key(solution: solution, years: range, shares: shares, source: try k.string("source") ?? "",
                                      assumption: try k.string("assumption"), origin: k.here))
        }
        payerKeys = PayerKeys(payers: payers, keys: keys)
    }
}
