/// A whole generated case: the base table, the files of the chain (``files``[0] is the base
/// file's own precision, states and operations), the command-line what-ifs and, for some cases,
/// a sweep. The oracle evaluates this description directly; the renderer writes it as TOML for
/// the engine.
struct OracleCase: Sendable, Hashable {
    var years: [Int]
    var summedYears: [Int]
    var solutions: [String]
    /// In declaration order, which is the order a piece with several marks takes them in.
    var conditions: [OracleCondition]
    var baseLines: [OracleLine]
    /// Base file first; at least one.
    var files: [OracleFile]
    var whatIfs = OracleWhatIfs()
    var sweep: [OracleSweepParameter] = []

    /// What the oracle applies on top of the files: the what-ifs, then (for a sweep combination)
    /// each parameter's value in parameter order, as `Sweep` adds them.
    func commandLine(forCombination digits: [Int] = []) -> OracleCommandLine {
        var line = OracleCommandLine(conditions: whatIfs.conditions, operations: whatIfs.operations)
        for (parameter, i) in zip(sweep, digits) {
            switch parameter {
            case .condition(let id, let states): line.conditions.append(OracleStateSetting(condition: id, state: states[i]))
            case .scale(let s, let values): line.operations.append(OracleOperation(kind: .scale(values[i]), selector: s))
            case .shift(let s, let values): line.operations.append(OracleOperation(kind: .shift(values[i]), selector: s))
            }
        }
        return line
    }
}

/// Condition states and operations given on the command line, in the order they apply.
struct OracleCommandLine: Sendable, Hashable {
    var conditions: [OracleStateSetting]
    var operations: [OracleOperation]
}
