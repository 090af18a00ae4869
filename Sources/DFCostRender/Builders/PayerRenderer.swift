import DFCostModel

/// Renders who pays: each payer's exact part, its rounded part (largest remainder), and its part of
/// the cumulative level; assumptions as footnotes.
struct PayerRenderer {
    var locale: Language

    var words: PayerLabels { locale.labels.payers }
    var heading: String { words.heading }
    var assumptionLabel: String { words.assumption }

    func text(_ a: PayerAllocation) -> String {
        let n = locale.numbers
        var grid = TextGrid()
        let exactLabel = words.exact, roundedLabel = words.rounded, cumulativeLabel = words.cumulative
        grid.rows.append([words.payer, ""] + a.years.map(String.init))
        grid.rulesAfter = [0]
        grid.leftAligned = [1]
        for p in a.payers {
            grid.rows.append([p.name, exactLabel] + a.years.map { n.format(a.exact[p.id]?[$0] ?? .zero) })
            grid.rows.append(["", roundedLabel] + a.years.map { n.format(a.rounded[p.id]?[$0] ?? .zero) })
            grid.rows.append(["", cumulativeLabel] + a.years.map { n.format(a.cumulative[p.id]?[$0] ?? .zero) })
        }
        var out = "\n\(heading)\n" + grid.render()
        out += words.roundingNote + "\n"
        for note in a.assumptions { out += "\(assumptionLabel): \(note)\n" }
        return out
    }

    func markdown(_ a: PayerAllocation) -> String {
        let n = locale.numbers
        var out = "\n### \(heading)\n\n| | " + a.years.map(String.init).joined(separator: " | ") + " |\n|---|" + a.years.map { _ in "---:" }.joined(separator: "|") + "|\n"
        for p in a.payers {
            out += "| \(p.name) | " + a.years.map { "\(n.format(a.exact[p.id]?[$0] ?? .zero)) (\(n.format(a.rounded[p.id]?[$0] ?? .zero)))" }.joined(separator: " | ") + " |\n"
        }
        for note in a.assumptions { out += "\n- \(assumptionLabel): \(note)" }
        return out + "\n"
    }

    func csvRows(_ a: PayerAllocation, into w: inout CSVWriter, years: [Int]) {
        for p in a.payers {
            for (kind, values) in [("payer", a.exact), ("payer_rounded", a.rounded), ("payer_cumulative", a.cumulative)] {
                var fields = [kind, p.id, "", p.name, ""]
                for y in years {
                    fields += [values[p.id]?[y].map(w.number) ?? "", "", ""]
                }
                w.row(fields)
            }
        }
    }

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
