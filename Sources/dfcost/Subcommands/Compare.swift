import ArgumentParser
import DFCostModel
import DFCostRender
import DFCostScenario
import Foundation
import DFCostWorkbook

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

    @Argument(help: "The base scenario file.")
    var base: String

    @Argument(help: "One or more scenario files to compare with the base.")
    var others: [String]

    @OptionGroup(title: "What-ifs applied to the OTHER scenarios") var whatIfs: WhatIfOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "Break down by 'payer': each payer's part in both scenarios and the delta (needs payer keys in both); by 'initiative': each initiative's subtotal in every column (side by side).")
    var by: Breakdown?

    @Flag(help: "One side-by-side table, also for two scenarios of one table.")
    var sideBySide = false

    @Option(help: "Side by side: compare each column with the 'first' (default) or the 'previous' column.")
    var against: RoundComparison.Against?

    @Flag(help: "Exit 1 when anything differs (for CI); what counts as a change is listed below.")
    var failOnChange = false

    @OptionGroup(title: "CI reports (with --fail-on-change)") var ci: CIReportOptions

    func validate() throws {
        if output.format == .xlsx, output.output == nil || output.output == "-" {
            throw ValidationError("--format xlsx writes a binary workbook: name the file with -o FILE.xlsx")
        }
        guard !others.isEmpty else { throw ValidationError("name at least one scenario to compare with the base") }
        if by == .payer && (sideBySide || against != nil) {
            throw ValidationError("--by payer compares two scenarios in detail; it does not go with --side-by-side or --against")
        }
        if (ci.junit != nil || ci.annotations != nil) && !failOnChange {
            throw ValidationError("--junit and --annotations report what --fail-on-change fails on: add --fail-on-change")
        }
        if let junit = ci.junit, let out = output.output, OutputFile.canonical(junit) == OutputFile.canonical(out) {
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
            var otherApplied: [AppliedScenario] = []
            var otherFiles: [String?] = []
            let comparisons = try others.map { path in
                current = path
                let (otherScenario, other) = try loadApplied(path, whatIfs, locale: output.locale)
                inputs += otherScenario.files
                otherApplied.append(other)
                otherFiles.append(otherScenario.files.first)
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
            // A workbook holds a sheet per scenario and one of the changes against the base, for any count.
            if by != .payer && output.format != .xlsx && (sideBySide || against != nil || by == .initiative || others.count > 1
                                || !Self.sameBaseFile(baseScenario.files.first, otherFiles)) {
                let columns = [RoundComparison.Input(name: baseApplied.name, file: base, applied: baseApplied)]
                    + zip(others, otherApplied).map { RoundComparison.Input(name: $1.name, file: $0, applied: $1) }
                let rounds = try RoundComparison(columns, against: against ?? .first, byInitiative: by == .initiative)
                let text = RoundComparisonRenderer(locale: output.locale, csvDialect: output.csv).render(rounds, format: try output.textFormat("compare"))
                try OutputWriter(path: output.output, inputs: inputs).write(text)
                if failOnChange {
                    for (c, path) in zip(comparisons, others) {
                        for line in Self.unshownChanges(c, base: base, other: path) { FileHandle.standardError.write(Data((line + "\n").utf8)) }
                    }
                }
                return
            }
            let whatIfOptions = try whatIfs.applyOptions()
            let sources = others.map { ComparisonSources(base: ScenarioSource(path: base), other: ScenarioSource(path: $0, options: whatIfOptions)) }
            if output.format == .xlsx {
                let data = try WorkbookRenderer.comparison(base: baseApplied, others: otherApplied, comparisons: comparisons, locale: output.locale)
                try OutputWriter(path: try output.workbookPath(), inputs: inputs).write(bytes: [UInt8](data))
                return
            }
            let text = ComparisonRenderer(locale: output.locale, csvDialect: output.csv, sources: sources)
                .render(comparisons, format: try output.textFormat("compare"), payerDeltas: by == .payer ? payerDeltas : nil)
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

    /// True when every OTHER's chain starts at BASE's base file: scenarios of one table.
    static func sameBaseFile(_ base: String?, _ others: [String?]) -> Bool {
        func canonical(_ path: String?) -> String? {
            path.map { URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path }
        }
        return others.allSatisfy { canonical($0) == canonical(base) }
    }
}

extension RoundComparison.Against: ExpressibleByArgument {}
