import PropertyBased

/// Random scenarios for the differential oracle, as a swift-property-based `Generator` with a
/// shrinker (``ScenarioShrinker``).
///
/// A case is a base table (2-4 solutions, 1-8 lines, a run of years in 2022-2028, sometimes with a
/// gap, summed years a subset; counted, internal and marked cells over 1-3 conditions with the
/// marks `*`, `†`, `#`; amounts with 0-2 decimals, negatives included), 0-3 derived files (each
/// sometimes with its own precision), condition states in any file, operations of all seven kinds
/// with random selectors, command-line what-ifs and, for some cases, a sweep. Most cases are
/// valid: a case the oracle calls an error is drawn again, up to a few times, unless it is one of
/// the deliberate error cases.
struct ScenarioGenerator {
    var rng: SplitMix

    static let solutionPool = ["e-resept", "kjernejournal", "helsenorge", "helsenettet"]
    static let conditionPool: [(id: String, mark: String)] = [("fm", "*"), ("dbep", "\u{2020}"), ("tillit", "#")]
    static let initiatives = ["PLL", "DBEP", "PDS"]
    static let parts = ["", "SFM", "FM"]
    static let tags = ["pll", "pds", "dbep"]
    static let invalidMarks = ["+", "%", "1", ",", "(", ".", "-", "\u{2212}", " "]

    /// The property-based generator of cases.
    static var cases: Generator<OracleCase, [OracleCase]> {
        Generator(
            run: { rng in
                var g = ScenarioGenerator(rng: SplitMix(seed: rng.next()))
                return g.makeCase()
            },
            shrink: { ScenarioShrinker.candidates($0) })
    }

    // MARK: - Random helpers

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < p }
    mutating func pick<T>(_ values: [T]) -> T { values[int(0...(values.count - 1))] }

    mutating func subset<T>(_ values: [T], probability: Double) -> [T] {
        var out: [T] = []
        for v in values where chance(probability) { out.append(v) }
        return out
    }

    /// An amount with 0-2 decimals, up to 60 in magnitude, a quarter of them negative.
    mutating func amount() -> OracleDecimal {
        let decimals = int(0...2)
        let magnitude = int(0...(60 * Int(OracleDecimal.power(decimals))))
        return OracleDecimal(Int128(chance(0.25) ? -magnitude : magnitude), scale: decimals)
    }

    /// A factor >= 0 with 0-2 decimals, mostly near 1.
    mutating func factor() -> OracleDecimal {
        if chance(0.1) { return .zero }
        let decimals = int(0...2)
        let p = Int(OracleDecimal.power(decimals))
        return OracleDecimal(Int128(int((p / 2)...(2 * p))), scale: decimals)
    }

    mutating func state() -> OracleConditionState {
        switch int(0...3) {
        case 0: .full
        case 1: .none
        case 2: .delayed(int(-2...3))
        default: .share(OracleDecimal(Int128(int(0...100)), scale: 2))
        }
    }

    // MARK: - The case

    mutating func makeCase() -> OracleCase {
        let deliberateError = chance(0.06)
        var last = makeCandidate(flaw: deliberateError)
        guard !deliberateError else { return last }
        // Draw again while the oracle calls the case an error or cannot judge it (a few times),
        // so that errors stay a minority; some natural errors remain.
        for _ in 0..<6 {
            switch OracleEvaluator(spec: last).evaluate(last.commandLine()) {
            case .applied: return last
            case .error where chance(0.15): return last
            case .error, .outOfScope: last = makeCandidate(flaw: false)
            }
        }
        return last
    }

    mutating func makeCandidate(flaw: Bool) -> OracleCase {
        // Years: a run of 3-6 years within 2022-2028, sometimes without one inner year.
        let first = int(2022...2025)
        let count = int(3...min(6, 2028 - first + 1))
        var years = Array(first..<(first + count))
        if years.count > 3, chance(0.15) { years.remove(at: int(1...(years.count - 2))) }
        var summed = subset(years, probability: 0.6)
        if summed.isEmpty { summed = [pick(years)] }

        let solutions = Array(Self.solutionPool.prefix(int(2...4)))
        var conditionPool = Self.conditionPool.shuffled(using: &rng)  // declaration order is random
        conditionPool = Array(conditionPool.prefix(int(1...3)))
        let conditions = conditionPool.map { OracleCondition(id: $0.id, mark: $0.mark, writesMark: $0.mark != "*" || chance(0.7)) }

        var spec = OracleCase(years: years, summedYears: summed, solutions: solutions, conditions: conditions, baseLines: [], files: [])
        spec.baseLines = (1...int(1...8)).map { makeLine(id: "l\($0)", years: years, spec: spec) }

        // Files: the base file's own part, then 0-3 derived files.
        let derived = pick([0, 1, 1, 2, 2, 3])
        var currentYears = years
        var addCount = 0
        for k in 0...derived {
            var file = OracleFile()
            if chance(0.3) { file.precision = pick([OracleDecimal(1), OracleDecimal(1, scale: 1), OracleDecimal(1, scale: 2), OracleDecimal(1, scale: 3)]) }
            for c in conditions where chance(0.3) { file.states.append(OracleStateSetting(condition: c.id, state: state())) }
            if k > 0, chance(0.1) { file.lines.append(makeLine(id: "d\(k)", years: years, spec: spec)) }
            for _ in 0..<int(0...3) {
                file.operations.append(makeOperation(years: &currentYears, spec: spec, addCount: &addCount))
            }
            spec.files.append(file)
        }

        // Command-line what-ifs.
        for c in conditions where chance(0.15) { spec.whatIfs.conditions.append(OracleStateSetting(condition: c.id, state: state())) }
        for _ in 0..<pick([0, 0, 0, 1, 1, 2]) { spec.whatIfs.scales.append(.init(selector: selector(spec: spec, years: currentYears), factor: factor())) }
        for _ in 0..<pick([0, 0, 0, 0, 1]) { spec.whatIfs.shifts.append(.init(selector: selector(spec: spec, years: currentYears), years: pick([-1, 1, 1, 2]))) }
        if chance(0.1) {
            var line = makeLine(id: "cli-added", years: currentYears, spec: spec, commandLine: true)
            if line.cells.isEmpty { line.cells = [makeCell(year: pick(currentYears), spec: spec, commandLine: true)] }
            spec.whatIfs.adds.append(line)
        }
        if chance(0.12) {
            var s = selector(spec: spec, years: currentYears)
            s.years = nil
            spec.whatIfs.sets.append(.init(selector: s, cell: makeCell(year: pick(currentYears), spec: spec, commandLine: true)))
        }
        if chance(0.08) { spec.whatIfs.removes.append(selector(spec: spec, years: currentYears)) }
        if chance(0.1) {
            let (base, rates) = makeIndex(years: currentYears)
            spec.whatIfs.indexes.append(.init(selector: selector(spec: spec, years: currentYears), baseYear: base, rates: rates))
        }

        // A sweep for about one case in eight.
        if chance(0.125) {
            for _ in 0..<int(1...2) {
                switch int(0...2) {
                case 0:
                    let free = conditions.map(\.id).filter { id in !spec.whatIfs.conditions.contains { $0.condition == id } && !spec.sweep.contains { if case .condition(id, _) = $0 { true } else { false } } }
                    guard let id = free.first else { continue }
                    var states: [OracleConditionState] = []
                    for _ in 0..<int(2...4) {
                        let s = state()
                        if !states.contains(s) { states.append(s) }
                    }
                    spec.sweep.append(.condition(id, states))
                case 1:
                    spec.sweep.append(.scale(selector(spec: spec, years: currentYears), [factor(), factor()]))
                default:
                    spec.sweep.append(.shift(selector(spec: spec, years: currentYears), pick([[0, 1], [-1, 0], [0, 1, 2]])))
                }
            }
        }

        if flaw { makeFlaw(&spec) }
        return spec
    }

    /// One deliberate mistake the README makes an error: a mark that can be read as part of a
    /// number, a cell carrying a mark (a condition) twice, an `add` of an existing id or with a
    /// `select`, or an unknown condition on the command line.
    mutating func makeFlaw(_ spec: inout OracleCase) {
        switch int(0...4) {
        case 0:
            let i = int(0...(spec.conditions.count - 1))
            spec.conditions[i].mark = pick(Self.invalidMarks)
            spec.conditions[i].writesMark = true
        case 1:
            let year = pick(spec.years)
            let form: OracleCellForm = chance(0.7) ? .notation(comma: false, unicodeMinus: false, spaceBeforeMarks: chance(0.3)) : .table
            let cell = OracleCell(year: year, amount: amount(), isInternal: chance(0.3), conditions: [spec.conditions[0].id],
                                  form: form, doubledMark: true)
            spec.baseLines[0].cells.removeAll { $0.year == year }
            spec.baseLines[0].cells.append(cell)
        case 2:
            var line = spec.baseLines[0]
            line.cells = []
            spec.files[spec.files.count - 1].operations.insert(OracleOperation(kind: .add(line)), at: 0)
        case 3:
            let line = makeLine(id: "with-select", years: spec.years, spec: spec)
            var selector = OracleSelector()
            selector.solutions = [spec.solutions[0]]
            spec.files[spec.files.count - 1].operations.insert(OracleOperation(kind: .add(line), selector: selector), at: 0)
        default:
            spec.whatIfs.conditions.append(OracleStateSetting(condition: "unknown-condition", state: .none))
        }
    }

    mutating func makeLine(id: String, years: [Int], spec: OracleCase, commandLine: Bool = false) -> OracleLine {
        var cells: [OracleCell] = []
        for y in years where chance(0.6) { cells.append(makeCell(year: y, spec: spec, commandLine: commandLine)) }
        return OracleLine(
            id: id, solution: pick(spec.solutions), initiative: pick(Self.initiatives), part: pick(Self.parts),
            tags: subset(Self.tags, probability: 0.3), cells: cells)
    }

    /// A cell; `commandLine` cells are written in the notation (or as a plain number).
    mutating func makeCell(year: Int, spec: OracleCase, commandLine: Bool = false) -> OracleCell {
        let isInternal = chance(0.25)
        var marks: [String] = []
        let r = Double.random(in: 0..<1, using: &rng)
        if r < 0.35 {
            marks = [pick(spec.conditions).id]
        } else if r < 0.45, spec.conditions.count >= 2 {
            marks = Array(spec.conditions.shuffled(using: &rng).prefix(2).map(\.id))
        }
        let form: OracleCellForm
        if !isInternal, marks.isEmpty, chance(0.5) {
            form = .number
        } else if !commandLine, chance(0.2) {
            form = .table
        } else {
            form = .notation(comma: chance(0.3), unicodeMinus: chance(0.3), spaceBeforeMarks: chance(0.2))
        }
        return OracleCell(year: year, amount: amount(), isInternal: isInternal, conditions: marks, form: form)
    }

    mutating func selector(spec: OracleCase, years: [Int]) -> OracleSelector {
        var s = OracleSelector()
        let lineIDs = spec.baseLines.map(\.id)
        if chance(0.25) { s.solutions = chance(0.8) ? [pick(spec.solutions)] : Array(spec.solutions.shuffled(using: &rng).prefix(2)) }
        if chance(0.2), !lineIDs.isEmpty { s.lines = chance(0.8) ? [pick(lineIDs)] : Array(lineIDs.shuffled(using: &rng).prefix(2)) }
        if chance(0.2) { s.tags = chance(0.8) ? [pick(Self.tags)] : Array(Self.tags.shuffled(using: &rng).prefix(2)) }
        if chance(0.1) { s.parts = [pick(Self.parts.filter { !$0.isEmpty })] }
        if chance(0.1) { s.initiatives = [pick(Self.initiatives)] }
        if chance(0.25) {
            let a = pick(years)
            let b = chance(0.5) ? a : pick(years)
            s.years = min(a, b)...max(a, b)
        }
        if chance(0.2) { s.includeInternal = true }
        return s
    }

    /// A base year within the years (or the one before) and a rate from -0.05 to 0.1 for every
    /// year after it up to 2030, so no year a horizon can reach lacks one.
    mutating func makeIndex(years: [Int]) -> (Int, [Int: OracleDecimal]) {
        let base = int((years[0] - 1)...(years[years.count - 1] - 1))
        var rates: [Int: OracleDecimal] = [:]
        for y in (base + 1)...2030 {
            let decimals = int(2...3)
            let p = Int(OracleDecimal.power(decimals))
            rates[y] = OracleDecimal(Int128(int((-p / 20)...(p / 10))), scale: decimals)
        }
        return (base, rates)
    }

    mutating func makeOperation(years: inout [Int], spec: OracleCase, addCount: inout Int) -> OracleOperation {
        switch int(0...99) {
        case 0..<22:
            return OracleOperation(kind: .scale(factor()), selector: selector(spec: spec, years: years))
        case 22..<37:
            return OracleOperation(kind: .shift(pick([-2, -1, -1, 1, 1, 2])), selector: selector(spec: spec, years: years))
        case 37..<55:
            let cell = makeCell(year: pick(years), spec: spec)
            return OracleOperation(kind: .set(cell), selector: selector(spec: spec, years: years))
        case 55..<65:
            addCount += 1
            var line = makeLine(id: "added\(addCount)", years: years, spec: spec)
            if line.cells.isEmpty { line.cells = [makeCell(year: pick(years), spec: spec)] }
            return OracleOperation(kind: .add(line))
        case 65..<75:
            return OracleOperation(kind: .remove, selector: selector(spec: spec, years: years))
        case 75..<90:
            let (base, rates) = makeIndex(years: years)
            return OracleOperation(kind: .index(baseYear: base, rates: rates), selector: selector(spec: spec, years: years))
        default:
            let first = int(2021...2026)
            let newYears = Array(first...min(2029, first + int(1...5)))
            var summed = subset(newYears, probability: 0.6)
            if summed.isEmpty { summed = [pick(newYears)] }
            years = newYears
            return OracleOperation(kind: .horizon(years: newYears, summedYears: summed))
        }
    }
}
