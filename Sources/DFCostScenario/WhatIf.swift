import DFCostModel

/// Quick what-ifs from the command line, without a file.
///
/// - `--condition NAME=STATE`: `fm-phaseout=delayed:1`, `fm-phaseout=none`, `fm-phaseout=share:0.5`.
/// - `--scale SELECTOR=FACTOR`: `solution:e-resept=1.2`, `all=1.2`, `tag:pds@2025-2026=0.8`.
/// - `--shift SELECTOR=YEARS`: `line:pds-deling-kjernejournal=1`, `tag:dokumentdeling=-1`.
///
/// A selector is `all` or comma-separated `field:value` terms (fields `solution`, `initiative`,
/// `part`, `line`, `tag`), optionally followed by `@YEAR` or `@FROM-TO`.
public enum WhatIf {
    /// Parses `NAME=STATE`.
    public static func condition(_ text: String) throws(ScenarioError) -> (String, ConditionState) {
        guard let eq = text.lastIndex(of: "="), eq != text.startIndex else {
            throw .badWhatIf("--condition '\(text)': write NAME=STATE, e.g. fm-phaseout=delayed:1")
        }
        let name = String(text[..<eq])
        switch ConditionState.parse(String(text[text.index(after: eq)...])) {
        case .success(let state): return (name, state)
        case .failure(let f): throw .badWhatIf("--condition \(name): \(f.message)")
        }
    }

    /// Parses `SELECTOR=FACTOR` into a scale operation.
    public static func scale(_ text: String) throws(ScenarioError) -> Operation {
        let (selector, value) = try split(text, option: "--scale", example: "solution:e-resept=1.2")
        guard let factor = ExactDecimal(value), !factor.isNegative else {
            throw .badWhatIf("--scale '\(text)': factor '\(value)' must be a decimal number >= 0")
        }
        return Operation(kind: .scale(factor), selector: selector)
    }

    /// Parses `SELECTOR=YEARS` into a shift operation.
    public static func shift(_ text: String) throws(ScenarioError) -> Operation {
        let (selector, value) = try split(text, option: "--shift", example: "tag:dokumentdeling=1")
        guard let n = Int(value), n.magnitude <= ScenarioLimits.maximumYears else {  // abs(Int.min) traps
            throw .badWhatIf("--shift '\(text)': '\(value)' is not a whole number of years from -\(ScenarioLimits.maximumYears) to \(ScenarioLimits.maximumYears)")
        }
        return Operation(kind: .shift(n), selector: selector)
    }

    static func split(_ text: String, option: String, example: String) throws(ScenarioError) -> (LineSelector, String) {
        guard let eq = text.lastIndex(of: "=") else {
            throw .badWhatIf("\(option) '\(text)': write SELECTOR=VALUE, e.g. \(example)")
        }
        switch LineSelector.parse(String(text[..<eq])) {
        case .success(let s): return (s, String(text[text.index(after: eq)...]))
        case .failure(let e): throw .badWhatIf("\(option): \(e)")
        }
    }
}
