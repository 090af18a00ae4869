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
        for operation in operations + options.operations {
            if case .set(let cell) = operation.kind, cell.isCounted, operation.selector.matches(line) {
                ids.formUnion(cell.conditions)
            }
        }
        return ids
    }
}
