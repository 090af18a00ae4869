import ArgumentParser
import DFCostModel
import DFCostRender
import DFCostScenario
import DFCostWorkbook

/// `dfcost totals FILE`: the TBU table as people read it, or as machines do.
struct Totals: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the D&F table with per-solution subtotals, the sum exact and rounded, and the cumulative level.")

    @Argument(help: "A scenario file (TOML).")
    var file: String

    @Option(help: "Break the totals down: 'payer' gives each payer's part by the scenario's payer keys; 'initiative' the subtotal of each initiative (tiltak), its parts summed.")
    var by: Breakdown?

    @OptionGroup var whatIfs: WhatIfOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try reportingFailures {
            if output.format == .xlsx { _ = try output.workbookPath() }
            let (scenario, applied) = try loadApplied(file, whatIfs)
            let totals = try applied.totals()
            if output.format == .xlsx {
                let path = try output.workbookPath()
                let payers = by == .payer ? try applied.payerAllocation(totals) : nil
                let initiatives = by == .initiative ? try InitiativeSubtotals(table: applied.table, totals: totals) : nil
                let data = try WorkbookRenderer.totals(applied, totals: totals, locale: output.locale, payers: payers, initiatives: initiatives)
                try OutputWriter(path: path, inputs: scenario.files).write(bytes: [UInt8](data))
                return
            }
            let format = try output.textFormat("totals")
            let text: String
            if by == .initiative {
                let subtotals = try InitiativeSubtotals(table: applied.table, totals: totals)
                text = InitiativeRenderer(locale: output.locale, csvDialect: output.csv)
                    .render(applied, totals: totals, subtotals: subtotals, format: format)
            } else {
                let payers = by == .payer ? try applied.payerAllocation(totals) : nil
                text = TotalsRenderer(locale: output.locale, csvDialect: output.csv)
                    .render(applied, totals: totals, format: format, payers: payers)
            }
            try OutputWriter(path: output.output, inputs: scenario.files).write(text)
        }
    }
}

