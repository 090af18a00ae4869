import ArgumentParser
import DFCostRender
import DFCostNotation
import DFCostScenario

/// The what-ifs every command that reads a scenario accepts.
struct WhatIfOptions: ParsableArguments {
    @Option(name: .customLong("condition"), help: ArgumentHelp(
        "Set a condition's state: NAME=full|none|delayed:N|share:S (e.g. fm-phaseout=delayed:1). Repeatable.",
        valueName: "name=state"))
    var conditions: [String] = []

    @Option(name: .customLong("scale"), help: ArgumentHelp(
        "Scale selected cells: SELECTOR=FACTOR, e.g. solution:e-resept=1.2, all=1.2, tag:pds@2025-2026=0.8. Repeatable.",
        valueName: "selector=factor"))
    var scales: [String] = []

    @Option(name: .customLong("shift"), help: ArgumentHelp(
        "Move selected cells N years: SELECTOR=N, e.g. tag:dokumentdeling=1. Selector fields: solution, initiative, part, line, tag, include_internal:true (scale and shift leave internal cells as published without it); 'all'; optional @YEAR or @FROM-TO. Repeatable. What-ifs act after the files' operations (--add, --set, --remove, --scale, --index, --shift, each in the order given), and conditions act after all of them (Scenarios/README.md, Order of evaluation).",
        valueName: "selector=years"))
    var shifts: [String] = []

    @Option(name: .customLong("set"), help: ArgumentHelp(
        "Set one cell of the selected lines: SELECTOR@YEAR=CELL in the table's notation, e.g. line:pll-pll@2025=-12* or line:mf-helse@2023=(5). Repeatable.",
        valueName: "selector@year=cell"))
    var sets: [String] = []

    @Option(name: .customLong("add"), help: ArgumentHelp(
        "Add a line: id=X;solution=S;initiative=I[;part=P][;tags=a|b];YEAR=CELL;... e.g. 'id=nytt;solution=helsenorge;initiative=Nytt tiltak;2025=-5*;2026=3'. Repeatable.",
        valueName: "line"))
    var adds: [String] = []

    @Option(name: .customLong("remove"), help: ArgumentHelp("Remove the selected lines (or, with @YEARS, their cells), e.g. tag:dbep. Repeatable.", valueName: "selector"))
    var removes: [String] = []

    @Option(name: .customLong("index"), help: ArgumentHelp(
        "Index to nominal kroner: SELECTOR=BASE:YEAR=RATE,..., rates as fractions, one for every year after the base year up to the last indexed cell, e.g. all=2023:2024=0.035,2025=0.03,2026=0.03. Repeatable.",
        valueName: "selector=base:rates"))
    var indexes: [String] = []

    @Flag(help: "Treat an operation that matches no line as an error, not a warning.")
    var strict = false

    /// The texts given for the what-if of operation `name`, in the order given.
    func texts(of name: Operation.Kind.Name) -> [String] {
        switch name {
        case .scale: scales
        case .shift: shifts
        case .set: sets
        case .add: adds
        case .remove: removes
        case .index: indexes
        case .horizon: []
        }
    }

    /// The options as the scenario library takes them, in the documented order of the
    /// command-line what-ifs: --add, --set, --remove, --scale, --index, --shift, each in the order given.
    func applyOptions() throws -> ApplyOptions {
        var options = ApplyOptions(conditionOverrides: try conditions.map { try WhatIf.condition($0) }, strict: strict)
        for name in WhatIf.commandLineOrder {
            for text in texts(of: name) {
                switch try WhatIf.operation(name, text) {
                case .now(let operation): options.operations.append(operation)
                case .pending(let pending) where name == .add: options.lineAdditions.append(pending)
                case .pending(let pending): options.cellSettings.append(pending)
                }
            }
        }
        return options
    }
}
