import ArgumentParser
import DFCostRender
import DFCostScenario

/// `dfcost explain FILE --year Y`: where a total comes from, cell by cell.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the provenance of a total: every cell of the year, where it was written, and each step applied to it.")

    @Argument(help: "A scenario file.")
    var file: String

    @Option(help: "The year to explain (default: every summed year).")
    var year: Int?

    @Option(help: "Restrict to one solution, e.g. e-resept.")
    var solution: String?

    @OptionGroup var whatIfs: WhatIfOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try reportingFailures {
            let (scenario, applied) = try loadApplied(file, whatIfs, locale: output.locale)
            let years = year.map { [$0] } ?? applied.table.summedYears
            let explanations = try years.map { try Explanation(applied, year: $0, solution: solution) }
            let text = ExplanationRenderer(locale: output.locale, csvDialect: output.csv)
                .render(explanations, scenario: applied.name, format: try output.textFormat("explain"))
            try OutputWriter(path: output.output, inputs: scenario.files).write(text)
        }
    }
}
