import ArgumentParser
import DFCostApp
import DFCostRender
import DFCostScenario

/// `dfcost compare BASE OTHER...`: what changes between scenarios, and why.
struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare scenarios: yearly totals side by side, deltas, per-solution deltas and every other difference with the operation that made it.",
        discussion: """
            Two scenarios of one table (OTHER extends the same base file as BASE) get every \
            difference with the operation that made it. Three or more files, two rounds of the \
            table (files with different base files), --side-by-side, --against or --by initiative \
            get one side-by-side table instead: a column per scenario in the order given, each \
            with its change against the first column (or the previous one, --against previous), \
            for the yearly totals, per solution and per line, with how each line moved (amount \
            changed, moved in time, new, dropped, condition added or removed, became internal, \
            solution changed). Lines are matched across the columns by id in the same solution, \
            then by `continues = "old-id"`, then by solution, initiative and part (labels compared \
            ignoring case and whitespace), then by id in another solution; lines of different \
            solutions are never paired by their labels. The output says which when the id changed.

            Each OTHER scenario is compared with BASE. Any of these is a change: it is listed in the \
            output and makes --fail-on-change exit 1:
              - a yearly total, the horizon total or a per-solution subtotal that differs;
              - the table's years or summed years (a horizon operation);
              - a condition's state (full, none, delayed:N, share:S);
              - a line in one scenario only (added or removed), or renamed or moved to
                another solution (one change each);
              - a cell, counted or internal, whose amount differs, that exists in one
                scenario only, that becomes internal or counted, or whose set of
                conditions differs;
              - a cell set aside differently: excluded (condition none, remove) or
                moved beyond the horizon in one scenario and not the other, or with
                another amount or reason.
            Not compared: tags, a label's case and whitespace, solution names, notes, payer keys \
            (use --by payer), \
            and a cell's history when its amount, status and conditions are the same.
            """)

    @Argument(help: "The base scenario file.", completion: .file(extensions: ["toml"]))
    var base: String

    @Argument(help: "One or more scenario files to compare with the base.", completion: .file(extensions: ["toml"]))
    var others: [String]

    @OptionGroup(title: "What-ifs applied to the OTHER scenarios") var whatIfs: WhatIfOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "Break down by 'payer': each payer's part in both scenarios and the delta (needs payer keys in both); by 'initiative': each initiative's subtotal in every column (side by side).")
    var by: Breakdown?

    @Flag(help: "One side-by-side table, also for two scenarios of one table.")
    var sideBySide = false

    @Option(help: "Side by side: compare each column with the 'first' (default) or the 'previous' column.")
    var against: Comparison.Against?

    @Flag(help: "Exit 1 when anything differs (for CI); what counts as a change is listed below.")
    var failOnChange = false

    @OptionGroup(title: "CI reports (with --fail-on-change)") var ci: CIReportOptions

    func validate() throws {
        if output.format == .xlsx, output.output == nil || output.output == "-" {
            throw refused(.workbookNeedsFile)
        }
        guard !others.isEmpty else { throw refused(.noOthers) }
        if by == .payer && (sideBySide || against != nil) {
            throw refused(.payersNotSideBySide)
        }
        if (ci.junit != nil || ci.annotations != nil) && !failOnChange {
            throw refused(.checksNeedFailOnChange)
        }
        if let junit = ci.junit, let out = output.output, OutputFile.canonical(junit) == OutputFile.canonical(out) {
            throw refused(.junitIsOutput)
        }
    }

    func run() throws {
        var result: CompareResult?
        try reportingFailures { try OutputWriter.preflight(output.output, ci.junit, inputs: [base] + others) }
        let failure = capturingFailure {
            let compared: CompareResult
            do {
                compared = try request().run()
            } catch let error as CompareFailure {
                result = error.completed
                for warning in error.completed.notices { printError(output.locale.warning(warning)) }
                throw error
            }
            result = compared
            for warning in compared.notices { printError(output.locale.warning(warning)) }
            try write(compared)
        }
        let (suites, inputs) = checkSuites(result, failure: failure?.error)
        try reportingFailures { try ci.publish(suites, command: "compare", inputs: inputs) }
        if let failure { throw ExitCode(failure.code) }
        if failOnChange && result?.hasChanges == true { throw ExitCode(1) }
    }
}

extension Comparison.Against: ExpressibleByArgument {}
