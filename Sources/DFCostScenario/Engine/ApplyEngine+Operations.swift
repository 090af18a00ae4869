import DFCostModel

extension ApplyEngine {
    /// Step 2 of the order of evaluation: one operation on the pieces as the operations before it
    /// left them, marks kept, before any condition acts.
    mutating func apply(_ operation: Operation) throws(ScenarioError) {
        let reason = operation.asReason
        let label = operation.label
        let origin = operation.origin
        let selector = operation.selector
        let scale = operation.precisionScale ?? defaultScale
        switch operation.kind {
        case .add(let line):
            if table.lines.contains(where: { $0.id == line.id }) {
                throw fail(origin, .duplicateLine(line.id))
            }
            var added = line
            for i in added.cells.indices {
                added.cells[i].history.append(CellChange(reason: .operation(reason), origin: origin, fromYear: added.cells[i].year,
                                                         fromAmount: .zero, toYear: added.cells[i].year, toAmount: added.cells[i].amount))
            }
            table.lines.append(added)
            return
        case .horizon(let years, let summed):
            table.years = years
            table.summedYears = summed
            for index in table.lines.indices {
                let line = table.lines[index]
                for cell in line.cells where !years.contains(cell.year) {
                    beyondHorizon.append(SetAsideCell(lineID: line.id, label: line.label, solution: line.solution, cell: cell, reason: .horizon(reason)))
                }
                table.lines[index].cells.removeAll { !years.contains($0.year) }
            }
            return
        case .remove:
            let removed = table.lines.filter(selector.matches)
            guard !removed.isEmpty else { return try noMatch(operation) }
            for line in removed {
                for cell in line.cells where selector.matches(year: cell.year) {
                    excluded.append(SetAsideCell(lineID: line.id, label: line.label, solution: line.solution, cell: cell, reason: .removed(by: reason)))
                }
            }
            if selector.years == nil {
                table.lines.removeAll(where: selector.matches)
            } else {
                for index in table.lines.indices where selector.matches(table.lines[index]) {
                    table.lines[index].cells.removeAll { selector.matches(year: $0.year) }
                }
            }
            return
        case .index(_, let rates):
            for (year, rate) in rates.sorted(by: { $0.key < $1.key }) where rate > ExactDecimal.indexRateWarningThreshold {
                notices.append(EngineWarning(origin: origin, kind: .indexRate(operation: label, rate: rate, year: year),
                                             operation: operation))
            }
        case .scale, .shift, .set:
            break
        }
        var matchedAny = false
        for index in table.lines.indices where selector.matches(table.lines[index]) {
            var line = table.lines[index]
            switch operation.kind {
            case .set(let template):
                guard selector.matches(year: template.year) else { continue }
                matchedAny = true
                var cell = template
                let replaced = line.cells.filter { $0.year == cell.year }
                let before = try arithmetic(origin) { () throws(ArithmeticError) in try replaced.map(\.amount).exactSum() }
                cell.history = replaced.flatMap(\.history) + [CellChange(
                    reason: .operation(reason), origin: origin, fromYear: cell.year, fromAmount: before,
                    toYear: cell.year, toAmount: cell.amount)]
                line.cells.removeAll { $0.year == cell.year }
                line.cells.append(cell)
                Self.sortPieces(&line.cells)
            case .scale(let factor):
                for i in line.cells.indices where selector.mayChange(line.cells[i]) {
                    matchedAny = true
                    try transform(&line.cells[i], reason: .operation(reason), origin: origin, scale: scale) { a throws(ArithmeticError) in
                        try a.multiplied(by: factor)
                    }
                }
            case .index(let baseYear, let rates):
                for i in line.cells.indices where selector.mayChange(line.cells[i]) {
                    matchedAny = true
                    let year = line.cells[i].year
                    guard year > baseYear else { continue }
                    var factor = ExactDecimal.one
                    for y in (baseYear + 1)...year {
                        guard let r = rates[y] else {
                            throw fail(origin, .noRate(year: y, line: line.id, cellYear: year, baseYear: baseYear))
                        }
                        factor = try arithmetic(origin) { () throws(ArithmeticError) in try factor.multiplied(by: .one.adding(r)) }
                    }
                    try transform(&line.cells[i], reason: .indexed(reason, factor: factor), origin: origin, scale: scale) { a throws(ArithmeticError) in
                        try a.multiplied(by: factor)
                    }
                }
            case .shift(let n):
                for i in line.cells.indices where selector.mayChange(line.cells[i]) {
                    matchedAny = true
                    let from = line.cells[i].year
                    let to = from + n
                    guard table.years.contains(to) else {
                        throw fail(origin, .movesOutside(operation, line: line.id, from: from, to: to, span: ScenarioBuilder.span(table.years)))
                    }
                    line.cells[i].year = to
                    line.cells[i].history.append(CellChange(reason: .operation(reason), origin: origin, fromYear: from,
                                                            fromAmount: line.cells[i].amount, toYear: to, toAmount: line.cells[i].amount))
                }
                Self.sortPieces(&line.cells)
            case .add, .horizon, .remove:
                break
            }
            table.lines[index] = line
        }
        if !matchedAny { try noMatch(operation) }
    }

    /// Replaces a cell's amount by a derived one, rounded at `scale` decimals, and records it.
    func transform(
        _ cell: inout Cell, reason: CellReason, origin: SourceReference?, scale: Int,
        _ body: (ExactDecimal) throws(ArithmeticError) -> ExactDecimal
    ) throws(ScenarioError) {
        let before = cell.amount
        cell.amount = try arithmetic(origin) { () throws(ArithmeticError) in try body(before).rounded(toScale: scale) }
        cell.history.append(CellChange(reason: reason, origin: origin, fromYear: cell.year, fromAmount: before,
                                       toYear: cell.year, toAmount: cell.amount))
    }
}

extension ExactDecimal {
    /// An index rate above this (50 % a year) is almost surely a percent written as a number
    /// (`3.1` for 3.1 %), so it is warned about.
    static let indexRateWarningThreshold = ExactDecimal("0.5")!
}
