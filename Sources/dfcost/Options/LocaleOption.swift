import ArgumentParser
import DFCostRender

/// `--locale` of a command whose human formats follow it: totals, compare, explain, simulate and
/// verify declare it the same way.
struct LocaleOption: ParsableArguments {
    @Option(help: ArgumentHelp(ChosenLanguage.help.options.locale, valueName: valueName("locale")))
    var locale: DFCostRender.Language = .nb
}
