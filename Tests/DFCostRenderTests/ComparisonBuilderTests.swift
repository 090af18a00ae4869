import DFCostModel
import DFCostRender
import DFCostScenario
import Testing

/// The comparison documents: `compare` and the report write the same sections, and the cells a
/// comparison adds (changes, values one scenario lacks) read right in every format.
@Suite struct ComparisonBuilderTests {
    static let published = "Scenarios/published/ehelseportefolje-2023-10.toml"

    func applied(_ path: String) throws -> AppliedScenario {
        try RenderSupport.applied(path).1
    }

    /// The names of the table's solutions by id, as the report and compare show them.
    static func names(_ applied: AppliedScenario) -> [String: String] {
        Dictionary(applied.table.solutions.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    }

    @Test(arguments: [OutputFormat.text, .markdown])
    func theReportShowsEachComparisonAsCompareWritesIt(format: OutputFormat) throws {
        let base = try applied(Self.published), other = try applied("Scenarios/fm-delayed-1y.toml")
        let comparisons = [try ScenarioComparison(base: base, other: other)]
        let report = ReportRenderer(locale: .en).render(Report(applied: base, totals: try base.totals(), comparisons: comparisons), format: format)
        let compare = ComparisonRenderer(locale: .en, solutionNames: Self.names(base), lineNames: LineNames([base.table])).render(comparisons, format: format)
        #expect(compare.hasPrefix(format == .text ? "ehelseportefolje-2023-10 → fm-delayed-1y\n\nYear " : "## ehelseportefolje-2023-10 → fm-delayed-1y\n\n| Year |"))
        #expect(report.hasSuffix(compare), "the report ends with its comparison, written as compare writes it")
    }

    @Test(arguments: [OutputFormat.text, .markdown])
    func theReportShowsTheColumnsAsCompareWritesThem(format: OutputFormat) throws {
        let base = try applied(Self.published), second = try applied("Scenarios/fm-delayed-1y.toml"), third = try applied("Scenarios/overrun-20.toml")
        let rounds = try Comparison([.init(name: base.name, file: "a.toml", applied: base), .init(name: second.name, file: "b.toml", applied: second),
                                     .init(name: third.name, file: "c.toml", applied: third)])
        let report = ReportRenderer(locale: .en).render(Report(applied: base, totals: try base.totals(), rounds: rounds), format: format)
        let compare = ComparisonRenderer(locale: .en, solutionNames: Self.names(base), lineNames: LineNames([base.table])).render(rounds, format: format)
        #expect(compare.hasPrefix(format == .text ? "Comparison of 3 scenarios; change against the first column\n\nTotals per year (MNOK)\n"
                                                  : "## Comparison of 3 scenarios; change against the first column\n\n### Totals per year (MNOK)\n"))
        #expect(report.hasSuffix(compare))
    }

    @Test func aChangeIsSignedAndAMissingValueIsADashForPeopleAndPlainInASheet() throws {
        let table = Table(columns: [.init("line", .label), .init("base", .money), .init("other", .money), .init("change", .change),
                                    .init("%", .percent(decimals: 1))],
                          rows: [Table.Row(.line, [.text("a"), .amount(ExactDecimal(10)), .missing, .amount(ExactDecimal(12)), .amount(try ExactDecimal(significand: 558, scale: 1))]),
                                 Table.Row(.line, [.text("b"), .amount(ExactDecimal(-1250)), .amount(.zero), .amount(.zero), .missing])])
        let document = Document(language: .nb, sections: [Section(title: "A → B", level: .topic, blocks: [.table(table)])])
        #expect(TextWriter().write(document) == """
            A → B

            line    base  other  change       %
            -----------------------------------
            a         10      –     +12  55,8 %
            b     −1\u{00A0}250      0       0       –

            """)
        #expect(SheetCSVWriter(dialect: .rfc4180).write(document) == "\r\nA → B\r\nline,base,other,change,%\r\na,10,,12,55.8\r\nb,-1250,0,0,\r\n")
    }
}
