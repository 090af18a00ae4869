import ArgumentParser
import DFCostModel
import DFCostRender
import DFCostScenario

/// `dfcost compare BASE OTHER...`: what changes between scenarios, and why.
struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare scenarios: yearly totals side by side, deltas, per-solution deltas and every other difference with the operation that made it.",
        discussion: """
            Each OTHER scenario is compared with BASE. Any of these is a change: it is listed in the \
            output and makes --fail-on-change exit 1:
              - a yearly total, the horizon total or a per-solution subtotal that differs;
              - the table's years or summed years (a horizon operation);
              - a condition's state (full, none, delayed:N, share:S);
              - a line in one scenario only (added or removed);
              - a cell, counted or internal, whose amount differs, that exists in one
                scenario only, that becomes internal or counted, or whose set of
                conditions differs;
              - a cell set aside differently: excluded (condition none, remove) or
                moved beyond the horizon in one scenario and not the other, or with
                another amount or reason.
            Not compared: line labels and tags, solution names, notes, payer keys (use --by payer), \
            and a cell's history when its amount, status and conditions are the same.
            """)

    @Argument(help: "The base scenario file.")
    var base: String

    @Argument(help: "One or more scenario files to compare with the base.")
    var others: [String]

    @OptionGroup(title: "What-ifs applied to the OTHER scenarios") var whatIfs: WhatIfOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "Break down by 'payer': each payer's part in both scenarios and the delta (needs payer keys in both).")
    var by: Breakdown?

    @Flag(help: "Exit 1 when anything differs (for CI); what counts as a change is listed below.")
    var failOnChange = false

    @OptionGroup(title: "CI reports (with --fail-on-change)") var ci: CIReportOptions

    func validate() throws {
        guard !others.isEmpty else { throw ValidationError("name at least one scenario to compare with the base") }
        if (ci.junit != nil || ci.annotations != nil) && !failOnChange {
            throw ValidationError("--junit and --annotations report what --fail-on-change fails on: add --fail-on-change")
        }
        if let junit = ci.junit, let out = output.output, OutputStream.canonical(junit) == OutputStream.canonical(out) {
            throw ValidationError("--junit and --output name the same file")
        }
    }

    func run() throws {
        var changed = false
        // For --junit and --annotations: the file being read, every file read, a suite per comparison.
        var current = base
        var inputs: [String] = []
        var suites: [CheckSuite] = []
        let failure = capturingFailure {
            let baseScenario = try ScenarioLoader.load(path: base)
            let baseApplied = try baseScenario.apply()
            inputs = baseScenario.files
            var payerDeltas: [[PayerDelta]] = []
            let comparisons = try others.map { path in
                current = path
                let (otherScenario, other) = try loadApplied(path, whatIfs, locale: output.locale)
                inputs += otherScenario.files
                if by == .payer {
                    payerDeltas.append(try PayerDelta.between(try baseApplied.payerAllocation(try baseApplied.totals()),
                                                              try other.payerAllocation(try other.totals())))
                }
                let comparison = try ScenarioComparison(base: baseApplied, other: other)
                suites.append(.comparison(base: base, other: path, comparison,
                                          properties: [CheckSuite.Property("dfcost", BuildInfo.summary)]))
                return comparison
            }
            changed = comparisons.contains(where: \.hasChanges)
            let whatIfOptions = try whatIfs.applyOptions()
            let sources = others.map { ComparisonSources(base: ScenarioSource(path: base), other: ScenarioSource(path: $0, options: whatIfOptions)) }
            let text = ComparisonRenderer(locale: output.locale, csvDialect: output.csv, sources: sources)
                .render(comparisons, format: output.format, payerDeltas: by == .payer ? payerDeltas : nil)
            try OutputWriter(path: output.output, inputs: inputs).write(text)
        }
        if let failure, suites.count < others.count {
            // The report names the file that could not be compared, and why.
            inputs.append(current)
            suites.append(.failed("compare", file: current, failure.error,
                                  properties: [CheckSuite.Property("dfcost", BuildInfo.summary)]))
        }
        try reportingFailures { try ci.publish(suites, command: "compare", inputs: inputs) }
        if let failure { throw ExitCode(failure.code) }
        if failOnChange && changed { throw ExitCode(1) }
    }
}
