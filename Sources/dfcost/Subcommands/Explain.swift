import ArgumentParser
import DFCostRender
import DFCostScenario

/// `dfcost explain FILE --year Y`: where a total comes from, cell by cell.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the provenance of a total: every contributing cell, where it was published, and each operation applied to it.")

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
            let (scenario, applied) = try loadApplied(file, whatIfs)
            let years = year.map { [$0] } ?? applied.table.summedYears
            let renderer = ExplanationRenderer(locale: output.locale)
            var parts: [String] = []
            for y in years {
                parts.append(renderer.render(try Explanation(applied, year: y, solution: solution), scenario: applied.name,
                                             format: output.format == .json ? .json : .text))
            }
            try OutputWriter(path: output.output, inputs: scenario.files).write(parts.joined(separator: output.format == .json ? "" : "\n"))
        }
    }
}
