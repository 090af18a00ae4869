import DFCostScenario

/// The command-line flag each request input comes from: library errors name no flags, the
/// CLI names them when it prints the error.
enum CLIFlags {
    /// How a user gives `input` on the command line: `--scale`, `--by payer`, or the word itself
    /// when no single flag gives it (a selector inside another what-if, the sweep as a whole).
    static func name(_ input: WhatIfInput) -> String {
        switch input {
        case .condition, .operation, .vary, .year, .solution, .strict: "--\(input.rawValue)"
        case .payers: "--by payer"
        case .selector, .sweep: input.rawValue
        }
    }
}
