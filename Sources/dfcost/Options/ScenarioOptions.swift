import ArgumentParser
import DFCostRender
import DFCostNotation
import DFCostScenario

/// The what-ifs every command that reads a scenario accepts.
struct WhatIfOptions: ParsableArguments {
    @Option(name: .customLong("condition"), help: ArgumentHelp(
        ChosenLanguage.help.options.condition,
        valueName: valueName("name=state")))
    var conditions: [String] = []

    @Option(name: .customLong("scale"), help: ArgumentHelp(
        ChosenLanguage.help.options.scale,
        valueName: valueName("selector=factor")))
    var scales: [String] = []

    @Option(name: .customLong("shift"), help: ArgumentHelp(
        ChosenLanguage.help.options.shift,
        valueName: valueName("selector=years")))
    var shifts: [String] = []

    @Option(name: .customLong("set"), help: ArgumentHelp(
        ChosenLanguage.help.options.set,
        valueName: valueName("selector@year=cell")))
    var sets: [String] = []

    @Option(name: .customLong("add"), help: ArgumentHelp(
        ChosenLanguage.help.options.add,
        valueName: valueName("line")))
    var adds: [String] = []

    @Option(name: .customLong("remove"), help: ArgumentHelp(ChosenLanguage.help.options.remove, valueName: valueName("selector")))
    var removes: [String] = []

    @Option(name: .customLong("index"), help: ArgumentHelp(
        ChosenLanguage.help.options.index,
        valueName: valueName("selector=base:rates")))
    var indexes: [String] = []

    @Flag(help: ArgumentHelp(ChosenLanguage.help.options.strict))
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
