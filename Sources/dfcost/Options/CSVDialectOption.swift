import ArgumentParser
import DFCostRender

/// `--csv` with Norwegian Excel's dialect as the default: totals, compare, explain and simulate.
struct CSVDialectOption: ParsableArguments {
    @Option(help: "CSV dialect: excel (semicolon, decimal comma, BOM; opens in Norwegian Excel) or rfc4180.")
    var csv: CSVDialect = .excel
}
