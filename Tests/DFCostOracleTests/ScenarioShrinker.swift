/// Smaller variants of a failing case, for swift-property-based's shrinker.
///
/// Every candidate is strictly smaller than its input (something removed, or a cell, a factor or
/// a selector made simpler), so shrinking ends. Candidates the oracle cannot judge are simply
/// not failures and are passed over by the property.
enum ScenarioShrinker {
    static func candidates(_ c: OracleCase) -> [OracleCase] {
        var out: [OracleCase] = []
        func variant(_ change: (inout OracleCase) -> Void) {
            var copy = c
            change(&copy)
            if copy != c { out.append(copy) }
        }
        // Whole parts first: the sweep, the what-ifs, derived files, operations, lines.
        if !c.sweep.isEmpty {
            variant { $0.sweep = [] }
            for i in c.sweep.indices where c.sweep.count > 1 { variant { $0.sweep.remove(at: i) } }
        }
        if !c.whatIfs.isEmpty { variant { $0.whatIfs = OracleWhatIfs() } }
        for i in c.whatIfs.conditions.indices { variant { $0.whatIfs.conditions.remove(at: i) } }
        for i in c.whatIfs.adds.indices { variant { $0.whatIfs.adds.remove(at: i) } }
        for i in c.whatIfs.sets.indices { variant { $0.whatIfs.sets.remove(at: i) } }
        for i in c.whatIfs.removes.indices { variant { $0.whatIfs.removes.remove(at: i) } }
        for i in c.whatIfs.scales.indices { variant { $0.whatIfs.scales.remove(at: i) } }
        for i in c.whatIfs.indexes.indices { variant { $0.whatIfs.indexes.remove(at: i) } }
        for i in c.whatIfs.shifts.indices { variant { $0.whatIfs.shifts.remove(at: i) } }
        for k in c.files.indices.dropFirst() { variant { $0.files.remove(at: k) } }
        for k in c.files.indices {
            for o in c.files[k].operations.indices { variant { $0.files[k].operations.remove(at: o) } }
        }
        for i in c.baseLines.indices where c.baseLines.count > 1 { variant { $0.baseLines.remove(at: i) } }
        for k in c.files.indices {
            for i in c.files[k].lines.indices { variant { $0.files[k].lines.remove(at: i) } }
            for i in c.files[k].states.indices { variant { $0.files[k].states.remove(at: i) } }
            if c.files[k].precision != nil { variant { $0.files[k].precision = nil } }
        }
        // Cells: removed, then simpler.
        for i in c.baseLines.indices {
            for l in lineVariants(c.baseLines[i]) { variant { $0.baseLines[i] = l } }
        }
        for k in c.files.indices {
            for i in c.files[k].lines.indices {
                for l in lineVariants(c.files[k].lines[i]) { variant { $0.files[k].lines[i] = l } }
            }
            for o in c.files[k].operations.indices {
                let op = c.files[k].operations[o]
                func put(_ copy: inout OracleCase, _ kind: OracleOperation.Kind) { copy.files[k].operations[o].kind = kind }
                switch op.kind {
                case .set(let cell):
                    for s in simpler(cell) { variant { put(&$0, .set(s)) } }
                case .add(let line):
                    for l in lineVariants(line) { variant { put(&$0, .add(l)) } }
                case .scale(let f):
                    if f.scale > 0 { variant { put(&$0, .scale(f.rounded(decimals: 0))) } }
                default:
                    break
                }
                for s in simpler(op.selector) { variant { $0.files[k].operations[o].selector = s } }
            }
        }
        for i in c.whatIfs.scales.indices {
            for s in simpler(c.whatIfs.scales[i].selector) { variant { $0.whatIfs.scales[i].selector = s } }
        }
        for i in c.whatIfs.shifts.indices {
            for s in simpler(c.whatIfs.shifts[i].selector) { variant { $0.whatIfs.shifts[i].selector = s } }
        }
        for i in c.whatIfs.sets.indices {
            for s in simpler(c.whatIfs.sets[i].cell) { variant { $0.whatIfs.sets[i].cell = s } }
        }
        for i in c.whatIfs.adds.indices {
            for l in lineVariants(c.whatIfs.adds[i]) where !l.cells.isEmpty { variant { $0.whatIfs.adds[i] = l } }
        }
        // Conditions no cell, state or what-if refers to.
        for (i, condition) in c.conditions.enumerated() where c.conditions.count > 1 && !mentions(c, condition.id) {
            variant { $0.conditions.remove(at: i) }
        }
        // Solutions no line or selector names.
        for (i, solution) in c.solutions.enumerated() where c.solutions.count > 1 && !names(c, solution: solution) {
            variant { $0.solutions.remove(at: i) }
        }
        return out
    }

    static func names(_ c: OracleCase, solution: String) -> Bool {
        var lines = c.baseLines + c.files.flatMap(\.lines)
        lines += c.whatIfs.adds
        var selectors = c.whatIfs.scales.map(\.selector) + c.whatIfs.shifts.map(\.selector) + c.whatIfs.sets.map(\.selector)
            + c.whatIfs.removes + c.whatIfs.indexes.map(\.selector)
        for f in c.files {
            for op in f.operations {
                selectors.append(op.selector)
                if case .add(let line) = op.kind { lines.append(line) }
            }
        }
        for p in c.sweep {
            switch p {
            case .scale(let s, _), .shift(let s, _): selectors.append(s)
            case .condition: break
            }
        }
        return lines.contains { $0.solution == solution } || selectors.contains { $0.solutions.contains(solution) }
    }

    /// The line with one cell fewer, one cell simpler, or without tags or part.
    static func lineVariants(_ line: OracleLine) -> [OracleLine] {
        var variants: [OracleLine] = []
        for j in line.cells.indices {
            var l = line
            l.cells.remove(at: j)
            variants.append(l)
        }
        for j in line.cells.indices {
            for s in simpler(line.cells[j]) {
                var l = line
                l.cells[j] = s
                variants.append(l)
            }
        }
        if !line.tags.isEmpty { var l = line; l.tags = []; variants.append(l) }
        if !line.part.isEmpty { var l = line; l.part = ""; variants.append(l) }
        return variants
    }

    /// Simpler spellings and values of a cell.
    static func simpler(_ cell: OracleCell) -> [OracleCell] {
        var out: [OracleCell] = []
        if cell.doubledMark { var c = cell; c.doubledMark = false; out.append(c) }
        if !cell.conditions.isEmpty, !cell.doubledMark {
            var c = cell
            c.conditions.removeLast()
            if c.conditions.isEmpty, case .notation = c.form, !c.isInternal { c.form = .number }
            out.append(c)
        }
        if cell.isInternal { var c = cell; c.isInternal = false; out.append(c) }
        if case .notation(let a, let b, let d) = cell.form, a || b || d {
            var c = cell
            c.form = .notation(comma: false, unicodeMinus: false, spaceBeforeMarks: false)
            out.append(c)
        }
        if cell.amount.scale > 0 {
            var c = cell
            c.amount = OracleDecimal(cell.amount.significand / OracleDecimal.power(cell.amount.scale), scale: 0)
            out.append(c)
        } else if cell.amount.significand.magnitude > 1 {
            var c = cell
            c.amount = OracleDecimal(cell.amount.significand / 2, scale: 0)
            out.append(c)
        }
        return out
    }

    /// The selector with one field fewer.
    static func simpler(_ s: OracleSelector) -> [OracleSelector] {
        var out: [OracleSelector] = []
        if !s.solutions.isEmpty { var t = s; t.solutions = []; out.append(t) }
        if !s.lines.isEmpty { var t = s; t.lines = []; out.append(t) }
        if !s.tags.isEmpty { var t = s; t.tags = []; out.append(t) }
        if !s.parts.isEmpty { var t = s; t.parts = []; out.append(t) }
        if !s.initiatives.isEmpty { var t = s; t.initiatives = []; out.append(t) }
        if s.years != nil { var t = s; t.years = nil; out.append(t) }
        if s.includeInternal { var t = s; t.includeInternal = false; out.append(t) }
        return out
    }

    static func mentions(_ c: OracleCase, _ id: String) -> Bool {
        var cells = c.baseLines.flatMap(\.cells) + c.files.flatMap { $0.lines.flatMap(\.cells) }
            + c.whatIfs.adds.flatMap(\.cells) + c.whatIfs.sets.map(\.cell)
        for f in c.files {
            if f.states.contains(where: { $0.condition == id }) { return true }
            for op in f.operations {
                if case .set(let cell) = op.kind { cells.append(cell) }
                if case .add(let line) = op.kind { cells += line.cells }
            }
        }
        if c.whatIfs.conditions.contains(where: { $0.condition == id }) { return true }
        if c.sweep.contains(where: { if case .condition(id, _) = $0 { true } else { false } }) { return true }
        return cells.contains { $0.conditions.contains(id) }
    }
}
