import DFCostModel

extension Scenario {
    /// Every condition whose state can change a line's amounts: the marks of the line's counted
    /// cells as written, and of every counted cell a `set` of the files or of the what-ifs can
    /// put on it.
    ///
    /// Engines that evaluate lines independently (``Sweep``, the simulation's risk events) use
    /// this to know which lines a condition touches; it is the one place that lists where a
    /// marked cell can come from, so a new source of cells is added here once.
    public func conditionIDs(reaching line: CostLine, options: ApplyOptions = ApplyOptions()) -> Set<String> {
        var ids = Set(line.cells.filter(\.isCounted).flatMap(\.conditions))
        // What-ifs that do not fit the scenario fail when applied; here they reach nothing.
        let options = (try? options.resolved(for: self)) ?? options
        for operation in operations + options.operations {
            if case .set(let cell) = operation.kind, cell.isCounted, operation.selector.matches(line) {
                ids.formUnion(cell.conditions)
            }
        }
        return ids
    }
}

extension Scenario {
    /// ``knownYears`` as messages show them: `2022-2026`.
    public var knownYearSpan: String { ScenarioBuilder.span(knownYears) }

    /// Every year a cell can be written in: the base table's years and those a `horizon` adds.
    public var knownYears: [Int] {
        var years = Set(base.years)
        for operation in operations {
            if case .horizon(let ys, _) = operation.kind { years.formUnion(ys) }
        }
        return years.sorted()
    }
}

extension Scenario {
    /// The scenario with the command-line what-ifs' operations appended to its own, and the
    /// options left with only condition states and strictness.
    ///
    /// Engines that evaluate lines separately (``Sweep``, the simulation's risk events) fold
    /// first, so a line added on the command line is one of ``allLines`` like a line added by a
    /// file, and is counted once.
    public func folding(_ options: ApplyOptions) throws(ScenarioError) -> (Scenario, ApplyOptions) {
        let resolved = try options.resolved(for: self)
        var scenario = self
        scenario.operations += resolved.operations
        var rest = resolved
        rest.operations = []
        return (scenario, rest)
    }
}
