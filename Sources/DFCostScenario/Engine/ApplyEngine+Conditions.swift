import DFCostModel

extension ApplyEngine {
    /// Step 3 of the order of evaluation: every counted piece that carries a mark obeys its
    /// condition's state, whichever file, operation or what-if put it there.
    ///
    /// A piece with several marks takes its conditions in declaration order and stops at the
    /// first that sets it aside. Internal pieces are never touched.
    mutating func applyConditions(_ states: [String: ConditionSetting]) throws(ScenarioError) {
        for index in table.lines.indices {
            var line = table.lines[index]
            var kept: [Cell] = []
            for var piece in line.cells {
                guard piece.isCounted, !piece.conditions.isEmpty else {
                    kept.append(piece)
                    continue
                }
                var setAside = false
                for id in orderedConditions(piece.conditions) {
                    let setting = states[id]
                    let state = setting?.state ?? .full
                    let reason = SetAsideReason.condition(id: id, state: state)
                    let step = CellReason.condition(id: id, state: state)
                    switch state {
                    case .full:
                        continue
                    case .none:
                        excluded.append(SetAsideCell(lineID: line.id, label: line.label, solution: line.solution, cell: piece, reason: reason))
                        setAside = true
                    case .share(let s):
                        let before = piece.amount
                        let scale = setting?.precisionScale ?? defaultScale
                        piece.amount = try arithmetic(setting?.origin) { () throws(ArithmeticError) in
                            try before.multiplied(by: s).rounded(toScale: scale)
                        }
                        piece.history.append(CellChange(reason: step, origin: setting?.origin, fromYear: piece.year,
                                                        fromAmount: before, toYear: piece.year, toAmount: piece.amount))
                    case .delayed(let n):
                        let from = piece.year
                        piece.year += n
                        piece.history.append(CellChange(reason: step, origin: setting?.origin, fromYear: from,
                                                        fromAmount: piece.amount, toYear: piece.year, toAmount: piece.amount))
                        if !table.years.contains(piece.year) {
                            beyondHorizon.append(SetAsideCell(lineID: line.id, label: line.label, solution: line.solution, cell: piece, reason: reason))
                            setAside = true
                        }
                    }
                    if setAside { break }
                }
                if !setAside { kept.append(piece) }
            }
            Self.sortPieces(&kept)
            line.cells = kept
            table.lines[index] = line
        }
    }
}
