import DFCostEscaping
import DFCostModel

extension HTMLReport {
    /// Who pays: each payer's exact and rounded part per summed year and of the cumulative level,
    /// with the keys that are assumptions listed under the table.
    func payerSection(_ a: PayerAllocation) -> String {
        let words = locale.labels.payers
        let exact = words.exact, rounded = words.rounded, cumulative = words.cumulative
        var rows: [[String]] = [[words.payer] + a.years.flatMap { ["\($0) \(exact)", "\($0) \(rounded)"] } + [cumulative]]
        for p in a.payers {
            rows.append([p.name] + a.years.flatMap { y in
                [style.format(a.exact[p.id]?[y] ?? .zero), style.format(a.rounded[p.id]?[y] ?? .zero)]
            } + [style.format(a.years.last.flatMap { a.cumulative[p.id]?[$0] } ?? .zero)])
        }
        var out = "<section id=\"payers\">\n<h2>\(Escaper.html.escape(words.heading))</h2>\n"
        out += HTMLFigure.table(rows, className: "data payers")
        var notes = [words.roundingNote]
        notes += a.assumptions.map { "\(words.assumption): \($0)" }
        out += "<ul class=\"notes\">\n" + notes.map { "<li>\(Escaper.html.escape($0))</li>\n" }.joined() + "</ul>\n"
        return out + "</section>\n"
    }

    /// `--by initiative`: each initiative's subtotal per summed year (its parts summed across
    /// solutions) and the sum they add up to.
    func initiativeSection(_ s: InitiativeSubtotals, totals: Totals) -> String {
        let words = locale.initiatives
        var rows: [[String]] = [[words.initiative] + s.years.map(String.init)]
        for row in s.rows {
            rows.append([row.initiative] + s.years.map { style.format(row.amounts[$0] ?? .zero) })
        }
        rows.append([locale.labels.sum] + s.years.map { style.format(totals.totals[$0] ?? .zero) })
        return "<section id=\"initiatives\">\n<h2>\(Escaper.html.escape(words.heading))</h2>\n"
            + HTMLFigure.table(rows, className: "data initiatives") + "</section>\n"
    }
}
