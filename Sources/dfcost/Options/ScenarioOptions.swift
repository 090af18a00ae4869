import ArgumentParser
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
        "Move selected cells N years: SELECTOR=N, e.g. tag:dokumentdeling=1. Selector fields: solution, initiative, part, line, tag, include_internal:true (scale and shift leave internal cells as published without it); 'all'; optional @YEAR or @FROM-TO. Repeatable. What-ifs act after the files' operations (--scale, then --shift, each in order), and conditions act after all of them (Scenarios/README.md, Order of evaluation).",
        valueName: "selector=years"))
    var shifts: [String] = []

    @Flag(help: "Treat an operation that matches no line as an error, not a warning.")
    var strict = false

    /// The options as the scenario library takes them; `--scale` before `--shift`, each in order.
    func applyOptions() throws -> ApplyOptions {
        ApplyOptions(
            conditionOverrides: try conditions.map { try WhatIf.condition($0) },
            operations: try scales.map { try WhatIf.scale($0) } + shifts.map { try WhatIf.shift($0) },
            strict: strict)
    }
}

/// Loads and applies a scenario file with the command line's what-ifs.
func loadApplied(_ path: String, _ whatIfs: WhatIfOptions) throws -> (Scenario, AppliedScenario) {
    let scenario = try ScenarioLoader.load(path: path)
    let applied = try scenario.apply(whatIfs.applyOptions())
    for warning in applied.warnings { printError(warning) }
    return (scenario, applied)
}
