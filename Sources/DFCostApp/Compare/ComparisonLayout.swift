import DFCostScenario
import Foundation

/// How two or more scenarios are shown side by side: the one decision `compare` and
/// `report --compare` share, so that the same files get the same layout from both.
public enum ComparisonLayout: Sendable, Hashable {
    /// Every difference of two scenarios of one table, each with the operation that made it
    /// (``ScenarioComparison``).
    case detailed
    /// A column per scenario with its change against the first or the previous column
    /// (``Comparison``): three or more scenarios, or two rounds of the table.
    case sideBySide

    /// What the caller asks for besides the files themselves.
    public struct Preference: Sendable, Hashable {
        /// Side by side even for two scenarios of one table (`--side-by-side`, `--against`,
        /// a breakdown by initiative).
        public var sideBySide: Bool
        /// The detailed view whatever the files (a payer breakdown, a workbook of the changes).
        public var detailed: Bool

        public init(sideBySide: Bool = false, detailed: Bool = false) {
            self.sideBySide = sideBySide
            self.detailed = detailed
        }
    }

    /// The layout for a base and `others`: detailed when asked for; else side by side when asked
    /// for, when there are two or more others, or when an other is a scenario of another table
    /// (its `extends` chain starts at another file than the base's); else detailed.
    public static func choose(base: Scenario, others: [Scenario], preference: Preference = Preference()) -> ComparisonLayout {
        if preference.detailed { return .detailed }
        if preference.sideBySide || others.count > 1 || !sameTable(base, others) { return .sideBySide }
        return .detailed
    }

    /// True when every other's chain starts at the base's first file: scenarios of one table.
    public static func sameTable(_ base: Scenario, _ others: [Scenario]) -> Bool {
        func canonical(_ path: String?) -> String? {
            path.map { URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path }
        }
        return others.allSatisfy { canonical($0.files.first) == canonical(base.files.first) }
    }
}
