import ArgumentParser
import DFCostRender

/// `--csv` with Norwegian Excel's dialect as the default: totals, compare, explain and simulate.
struct CSVDialectOption: ParsableArguments {
    @Option(help: ArgumentHelp(ChosenLanguage.help.options.csv, valueName: valueName("csv")))
    var csv: CSVDialect = .excel
}
