import Foundation
import Testing

/// The report's headings nest as its parts do: the comparisons' part (h2), each comparison (h3),
/// the tables of a comparison (h4), so a reader and a screen reader see them in order.
@Suite struct ReportHeadingTests {
    @Test func theTablesOfASideBySideComparisonAreHeadedBelowIt() throws {
        let result = try CLI.run(["report", CLI.published, "--compare", "Scenarios/fm-delayed-1y.toml",
                                  "--compare", "Scenarios/overrun-20.toml", "--format", "html"])
        #expect(result.status == 0, "\(result.stderr)")
        let headings = result.stdout.split(separator: "\n").filter { $0.range(of: "^<h[1-6]>", options: .regularExpression) != nil }.map(String.init)
        #expect(headings == [
            "<h1>Estimert økning i drift- og forvaltningskostnader for de nasjonale e-helseløsningene</h1>",
            "<h2>Tabellen</h2>",
            "<h2>Figurer</h2>",
            "<h2>Sammenligning av scenarier</h2>",
            "<h3>Sammenligning av 3 scenarier; endring mot første kolonne</h3>",
            "<h4>Sum per år (MNOK)</h4>",
            "<h4>Sum per løsning (MNOK)</h4>",
            "<h4>Linjer, summert over årene (MNOK)</h4>",
        ])
    }
}
