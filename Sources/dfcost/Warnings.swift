import DFCostRender
import DFCostScenario

/// How the engine's warnings reach the user: once. A warning is printed on standard error, in the
/// chosen language, unless the document the command writes to standard output shows it already
/// (the totals table's notes in text and markdown, every human format of a report): then the
/// document's note is the one place it is printed. A document written to a file keeps its notes
/// (the file records what matched nothing) and the warning is printed on standard error as well,
/// once; JSON keeps them in its `warnings` member, for machines, and they go to standard error.
enum Warnings {
    /// Prints each of `notices` on standard error unless `shownInOutput`.
    static func print(_ notices: [EngineWarning], in language: Language, shownInOutput: Bool) {
        guard !shownInOutput else { return }
        for warning in notices { printError(language.warning(warning)) }
    }

    /// True when `path` (from `-o`) means standard output.
    static func isStandardOutput(_ path: String?) -> Bool { path == nil || path == "-" }
}
