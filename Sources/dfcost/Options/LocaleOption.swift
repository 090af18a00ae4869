import ArgumentParser
import DFCostRender

/// `--locale` of a command whose human formats follow it: totals, compare, explain, simulate and
/// verify declare it the same way.
struct LocaleOption: ParsableArguments {
    @Option(help: "Language and number style of human formats: nb (21,5) or en (21.5).")
    var locale: DFCostRender.Language = .nb
}
