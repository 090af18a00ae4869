import DFCostScenario

extension WhatIf {
    /// The engine's options from the texts of what-ifs as the command line writes them:
    /// conditions (`NAME=STATE`) and each operation's texts, applied in ``commandLineOrder``,
    /// each in the order given. What a server or a notebook calls with the same notation.
    /// - Throws: ``ScenarioError`` for a text the notation does not read.
    public static func applyOptions(conditions: [String], texts: [Operation.Kind.Name: [String]], strict: Bool = false) throws(ScenarioError) -> ApplyOptions {
        var options = ApplyOptions(conditionOverrides: [], strict: strict)
        for text in conditions { options.conditionOverrides.append(try condition(text)) }
        for name in commandLineOrder {
            for text in texts[name] ?? [] {
                switch try operation(name, text) {
                case .now(let operation): options.operations.append(operation)
                case .pending(let pending) where name == .add: options.lineAdditions.append(pending)
                case .pending(let pending): options.cellSettings.append(pending)
                }
            }
        }
        return options
    }
}
