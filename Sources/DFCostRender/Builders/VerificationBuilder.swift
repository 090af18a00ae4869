import DFCostModel

/// Builds the document of one file's `dfcost verify`: per year the exact recomputed sum, its
/// rounding and the published figure, then one line per difference and what was not compared,
/// each line starting with the file so the output greps by file.
///
/// Amounts are exact and grouped as totals prints them ("1 263,5"), in the table and in the
/// sentences under it. Published years the table no longer sums get a row marked "outside the
/// horizon" and are not compared.
public struct VerificationBuilder: Sendable {
    public var language: Language

    public init(language: Language) { self.language = language }

    public func document(file: String, _ v: Verification) -> Document {
        let words = language.labels.verification
        let style = language.numbers
        var rows: [(Int, Table.Row)] = v.rows.map { row in
            (row.year, Table.Row(.line, [.text("\(row.year)"), .amount(row.computed), .amount(row.rounded),
                                         row.published.map(Table.Cell.amount) ?? .text("-"), .text(row.matches ? words.ok : words.mismatch)]))
        }
        rows += v.outsideHorizon.map { ($0.year, Table.Row(.line, [.text("\($0.year)"), .text("-"), .text("-"), .amount($0.published), .text(words.outsideHorizon)])) }
        let table = Table(columns: [Table.Column(words.year, .label), Table.Column(words.computed, .money),
                                    Table.Column(words.rounded, .money), Table.Column(words.published, .money), Table.Column("", .text)],
                          rows: rows.sorted { $0.0 < $1.0 }.map(\.1))
        var blocks: [Block] = [.table(table)]
        // The lines under the table are sentences with their numbers in them, in the table's style.
        for row in v.rows where !row.matches {
            blocks.append(.paragraph("\(file): " + Labels.fill(words.difference, [
                "year": "\(row.year)", "computed": style.format(row.computed), "rounded": style.format(row.rounded),
                "published": row.published.map(style.format) ?? words.nothing,
            ])))
        }
        let summed = v.rows.isEmpty ? words.tableSumsNoYear : Labels.fill(words.tableSums, ["years": language.years(v.rows.map(\.year))])
        if !v.outsideHorizon.isEmpty {
            blocks.append(.paragraph("\(file): " + Labels.fill(words.publishedOutside, [
                "years": v.outsideHorizon.map { "\($0.year)" }.joined(separator: ", "), "summed": summed,
            ])))
        }
        if !v.comparesAPublishedYear {
            blocks.append(.paragraph("\(file): " + Labels.fill(words.nothingToVerify, ["summed": summed])))
        }
        let title = "\(file): \(v.allMatch ? words.passed : words.failed): \((v.precision == ExactDecimal.one ? words.methodWhole : Labels.fill(words.method, ["precision": language.numbers.format(v.precision)])))"
        return Document(language: language, sections: [Section(title: title, level: .record, blocks: blocks)])
    }
}
