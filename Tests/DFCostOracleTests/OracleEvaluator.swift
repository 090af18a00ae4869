/// What the README says a case yields.
enum OracleOutcome: Sendable, Hashable {
    /// The case must be refused (at load or when applied); the reason is for messages only.
    case error(String)
    /// The README does not decide the case (or it leaves the numbers the generator keeps to);
    /// nothing is compared.
    case outOfScope(String)
    case applied(AppliedResult)
}

/// A deliberately plain evaluator of Scenarios/README.md ("Conditions", "Operations", "Order of
/// evaluation"), written from the text and sharing no code with the engine.
///
/// It walks the case as written: every line's cells become pieces (year, amount, internal or
/// counted, condition ids); the operations of each file run in order at that file's precision,
/// then the command-line what-ifs at the named file's; then the condition states act on every
/// counted marked piece, in declaration order; then the pieces of a year merge; then the sums.
struct OracleEvaluator {
    let spec: OracleCase

    /// A piece of a line while operations run.
    struct Piece {
        var year: Int
        var amount: OracleDecimal
        var isInternal: Bool
        var conditions: Set<String>
    }

    struct WorkLine {
        var line: OracleLine
        var pieces: [Piece]
    }

    enum Stop: Error {
        case error(String)
        case outOfScope(String)
    }

    /// Characters a mark may not contain: anything that can be read as part of a number.
    static let forbiddenInMarks: Set<Character> = Set("0123456789,.-\u{2212}+()% ")

    static let defaultDecimals = 3

    func evaluate(_ commandLine: OracleCommandLine) -> OracleOutcome {
        var run = Run(spec: spec)
        do {
            return .applied(try run.evaluate(commandLine))
        } catch {
            switch error {
            case .error(let m): return .error(m)
            case .outOfScope(let m): return .outOfScope(m)
            }
        }
    }

    /// The mutable state of one evaluation.
    struct Run {
        let spec: OracleCase
        var years: [Int]
        var summedYears: [Int]
        var lines: [WorkLine] = []
        /// Every line id ever present, for `add`.
        var everSeen: Set<String> = []
        var excluded: [AppliedResult.SetAside] = []
        var beyond: [AppliedResult.SetAside] = []

        init(spec: OracleCase) {
            self.spec = spec
            years = spec.years
            summedYears = spec.summedYears
        }

        static func pieces(of line: OracleLine) -> [Piece] {
            line.cells.map { Piece(year: $0.year, amount: $0.amount, isInternal: $0.isInternal, conditions: Set($0.conditions)) }
        }

        mutating func evaluate(_ commandLine: OracleCommandLine) throws(Stop) -> AppliedResult {
            try checkWhatIsWritten(commandLine)
            // Precision of each file: its own, else its parent chain's, else 0.001.
            var decimals: [Int] = []
            for file in spec.files {
                decimals.append(file.precision.map(\.scale) ?? decimals.last ?? OracleEvaluator.defaultDecimals)
            }
            let namedFileDecimals = decimals.last ?? OracleEvaluator.defaultDecimals
            // The state of a condition: the last file that sets it, else the command line; with
            // the precision of the file that set it.
            var states: [String: (state: OracleConditionState, decimals: Int)] = [:]
            for (k, file) in spec.files.enumerated() {
                for setting in file.states { states[setting.condition] = (setting.state, decimals[k]) }
            }
            for setting in commandLine.conditions {
                guard spec.conditions.contains(where: { $0.id == setting.condition }) else {
                    throw .error("--condition: unknown condition '\(setting.condition)'")
                }
                states[setting.condition] = (setting.state, namedFileDecimals)
            }

            // 1. Cells as written: the lines of every file, base first.
            for line in spec.baseLines + spec.files.flatMap(\.lines) {
                guard !everSeen.contains(line.id) else { throw .error("duplicate line id '\(line.id)'") }
                everSeen.insert(line.id)
                lines.append(WorkLine(line: line, pieces: Self.pieces(of: line)))
            }
            // 2. Operations: each file's in order, base first; then the command line's.
            for (k, file) in spec.files.enumerated() {
                // README: setting the same year with the same `select` twice in one file is an error.
                var setsSeen: [(Int, OracleSelector)] = []
                for operation in file.operations {
                    if case .set(let cell) = operation.kind {
                        if setsSeen.contains(where: { $0.0 == cell.year && $0.1 == operation.selector }) {
                            throw .error("\(cell.year) is set twice with one select in one file")
                        }
                        setsSeen.append((cell.year, operation.selector))
                    }
                }
                for operation in file.operations { try apply(operation, decimals: decimals[k]) }
            }
            for operation in commandLine.operations { try apply(operation, decimals: namedFileDecimals) }
            // 3. Condition states on every counted piece that carries a mark.
            for i in lines.indices {
                var kept: [Piece] = []
                for var piece in lines[i].pieces {
                    if piece.isInternal || piece.conditions.isEmpty {
                        kept.append(piece)
                        continue
                    }
                    var setAside = false
                    for condition in spec.conditions where piece.conditions.contains(condition.id) {
                        let (state, d) = states[condition.id] ?? (.full, OracleEvaluator.defaultDecimals)
                        switch state {
                        case .full:
                            continue
                        case .none:
                            excluded.append(.init(lineID: lines[i].line.id, year: piece.year, amount: piece.amount, reason: "condition"))
                            setAside = true
                        case .share(let s):
                            piece.amount = try derived(piece.amount * s, decimals: d)
                        case .delayed(let n):
                            piece.year += n
                            if !years.contains(piece.year) {
                                beyond.append(.init(lineID: lines[i].line.id, year: piece.year, amount: piece.amount, reason: "condition"))
                                setAside = true
                            }
                        }
                        if setAside { break }
                    }
                    if !setAside { kept.append(piece) }
                }
                lines[i].pieces = kept
            }
            // 4. Merge the pieces of a year.
            var merged: [String: AppliedResult.Line] = [:]
            for work in lines {
                var cells: [AppliedResult.Cell] = []
                for year in Set(work.pieces.map(\.year)).sorted() {
                    let here = work.pieces.filter { $0.year == year }
                    let internalPieces = here.filter(\.isInternal)
                    guard internalPieces.isEmpty || internalPieces.count == here.count else {
                        throw .error("line \(work.line.id) has an internal and a counted piece in \(year)")
                    }
                    var amount = OracleDecimal.zero
                    for p in here { amount = amount + p.amount }
                    try checkRange(amount)
                    cells.append(.init(year: year, amount: amount, isInternal: !internalPieces.isEmpty,
                                       conditions: Set(here.flatMap(\.conditions)).sorted()))
                }
                merged[work.line.id] = AppliedResult.Line(solution: work.line.solution, cells: cells)
            }
            // 5. Sums.
            let result = AppliedResult.summing(
                years: years, summedYears: summedYears, solutions: spec.solutions, lines: merged,
                excluded: excluded, beyondHorizon: beyond)
            for value in result.totals.values { try checkRange(value) }
            for value in result.cumulative.values { try checkRange(value) }
            return result
        }

        /// What the loader must refuse before anything is applied: marks that could be read as
        /// part of a number, and a cell carrying a mark twice.
        func checkWhatIsWritten(_ commandLine: OracleCommandLine) throws(Stop) {
            for condition in spec.conditions {
                guard !condition.mark.isEmpty, !condition.mark.contains(where: OracleEvaluator.forbiddenInMarks.contains) else {
                    throw .error("mark '\(condition.mark)' of \(condition.id) can be read as part of a number")
                }
            }
            var cells = spec.baseLines.flatMap(\.cells) + spec.files.flatMap { $0.lines.flatMap(\.cells) }
            for operations in spec.files.map(\.operations) + [commandLine.operations] {
                for operation in operations {
                    switch operation.kind {
                    case .set(let cell): cells.append(cell)
                    case .add(let line):
                        cells += line.cells
                        guard operation.selector.isEmpty else { throw .error("an add takes no select") }
                    default: break
                    }
                }
            }
            if cells.contains(where: \.doubledMark) { throw .error("a cell carries a mark twice") }
        }

        /// An exact product rounded half away from zero at `decimals`.
        func derived(_ exact: OracleDecimal, decimals: Int) throws(Stop) -> OracleDecimal {
            // The README leaves exact products past the amount range to "amount out of range";
            // the generator keeps far from it, and the oracle does not judge that edge.
            guard exact.rounded(decimals: 18).fitsEngineRange else { throw .outOfScope("exact product \(exact) past the amount range") }
            let value = exact.rounded(decimals: decimals)
            try checkRange(value)
            return value
        }

        func checkRange(_ value: OracleDecimal) throws(Stop) {
            guard value.fitsEngineRange else { throw .outOfScope("amount \(value) past the amount range") }
        }

        static func selects(_ selector: OracleSelector, _ line: OracleLine) -> Bool {
            selector.matches(solution: line.solution, id: line.id, tags: line.tags, part: line.part, initiative: line.initiative)
        }

        mutating func apply(_ operation: OracleOperation, decimals: Int) throws(Stop) {
            let sel = operation.selector
            switch operation.kind {
            case .scale(let factor):
                for i in lines.indices where Self.selects(sel, lines[i].line) {
                    for j in lines[i].pieces.indices {
                        let p = lines[i].pieces[j]
                        guard sel.matches(year: p.year), !p.isInternal || sel.includeInternal else { continue }
                        lines[i].pieces[j].amount = try derived(p.amount * factor, decimals: decimals)
                    }
                }
            case .shift(let n):
                for i in lines.indices where Self.selects(sel, lines[i].line) {
                    for j in lines[i].pieces.indices {
                        let p = lines[i].pieces[j]
                        guard sel.matches(year: p.year), !p.isInternal || sel.includeInternal else { continue }
                        guard years.contains(p.year + n) else {
                            throw .error("shift \(n) moves \(lines[i].line.id) \(p.year) outside the table's years")
                        }
                        lines[i].pieces[j].year = p.year + n
                    }
                }
            case .set(let cell):
                for i in lines.indices where Self.selects(sel, lines[i].line) && sel.matches(year: cell.year) {
                    guard years.contains(cell.year) else { throw .outOfScope("set writes \(cell.year), not one of the years") }
                    lines[i].pieces.removeAll { $0.year == cell.year }
                    lines[i].pieces.append(Piece(year: cell.year, amount: cell.amount, isInternal: cell.isInternal,
                                                 conditions: Set(cell.conditions)))
                }
            case .add(let line):
                if lines.contains(where: { $0.line.id == line.id }) { throw .error("add: duplicate line id '\(line.id)'") }
                if everSeen.contains(line.id) { throw .outOfScope("add re-uses the id of a removed line") }
                for cell in line.cells where !years.contains(cell.year) {
                    throw .outOfScope("add writes \(cell.year), not one of the years")
                }
                everSeen.insert(line.id)
                lines.append(WorkLine(line: line, pieces: Self.pieces(of: line)))
            case .remove:
                for work in lines where Self.selects(sel, work.line) {
                    for p in work.pieces where sel.matches(year: p.year) {
                        excluded.append(.init(lineID: work.line.id, year: p.year, amount: p.amount, reason: "removed"))
                    }
                }
                if sel.years == nil {
                    lines.removeAll { Self.selects(sel, $0.line) }
                } else {
                    for i in lines.indices where Self.selects(sel, lines[i].line) {
                        lines[i].pieces.removeAll { sel.matches(year: $0.year) }
                    }
                }
            case .index(let baseYear, let rates):
                for i in lines.indices where Self.selects(sel, lines[i].line) {
                    for j in lines[i].pieces.indices {
                        let p = lines[i].pieces[j]
                        guard sel.matches(year: p.year), !p.isInternal || sel.includeInternal, p.year > baseYear else { continue }
                        var factor = OracleDecimal.one
                        for y in (baseYear + 1)...p.year {
                            guard let r = rates[y] else { throw .outOfScope("index has no rate for \(y)") }
                            factor = factor * (.one + r)
                        }
                        lines[i].pieces[j].amount = try derived(p.amount * factor, decimals: decimals)
                    }
                }
            case .horizon(let newYears, let newSummed):
                years = newYears
                summedYears = newSummed
                for i in lines.indices {
                    for p in lines[i].pieces where !newYears.contains(p.year) {
                        beyond.append(.init(lineID: lines[i].line.id, year: p.year, amount: p.amount, reason: "horizon"))
                    }
                    lines[i].pieces.removeAll { !newYears.contains($0.year) }
                }
            }
        }
    }
}
