import DFCostModel
import DFCostScenario
import DFCostTestSupport
import Testing

/// Where the test inputs are.
enum Paths {
    /// The published October 2023 table, read where it lives in the repository.
    static var published: String { PackageRoot.path(PackageRoot.published) }
}

/// Shorthand for a decimal written as text.
func dec(_ text: String) -> ExactDecimal {
    guard let value = ExactDecimal(text) else {
        Issue.record("'\(text)' did not parse")
        return .zero
    }
    return value
}

/// Year -> amount, from text, for comparing totals.
func years(_ pairs: KeyValuePairs<Int, String>) -> [Int: ExactDecimal] {
    var out: [Int: ExactDecimal] = [:]
    for (y, v) in pairs { out[y] = dec(v) }
    return out
}

/// The applied published table with command-line what-ifs.
func published(_ options: ApplyOptions = ApplyOptions()) throws -> AppliedScenario {
    try ScenarioLoader.load(path: Paths.published).apply(options)
}

extension AppliedScenario {
    /// The line with an id.
    func line(_ id: String) -> CostLine? {
        table.lines.first { $0.id == id }
    }

    /// The amount of a line's cell.
    func amount(_ id: String, _ year: Int) -> ExactDecimal? {
        line(id)?.cell(in: year)?.amount
    }
}
