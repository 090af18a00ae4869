import DFCostModel
import DFCostTOML

/// Accumulates the files of an `extends` chain, base first, into a ``Scenario``.
///
/// Each file is read against what the files before it declared (solutions, conditions and
/// their marks), so a derived file can refer to them.
struct ScenarioBuilder {
    static let supportedVersion = 1
    static let topLevelKeys = [
        "version", "extends", "scenario", "table", "published_sums", "conditions", "solutions",
        "lines", "operations", "uncertainty", "drivers", "correlation", "payers", "baseline",
    ]

    var metadata: TableMetadata?
    var years: [Int] = []
    /// The base table's own years (``years`` also grows with horizon operations, for validation).
    var baseYears: [Int] = []
    var summedYears: [Int] = []
    var published: PublishedSums?
    var solutions: [Solution] = []
    var conditions: [ConditionDefinition] = []
    var lines: [CostLine] = []
    var lineOrigins: [String: SourceReference] = [:]
    /// Every `continues` read: the line, the id it continues, where the key was written.
    var continuesOrigins: [(line: String, continues: String, at: SourceReference)] = []
    var operations: [Operation] = []
    var states: [String: ConditionSetting] = [:]
    var uncertain: [String: UncertainCondition] = [:]
    var precision: ExactDecimal = ExactDecimal.thousandth
    var name = ""
    var description = ""
    var files: [String] = []
    var uncertainty = UncertaintySpec()
    var payerKeys: PayerKeys?
    var baseline: Baseline?

    /// Reads one file of the chain. `isBase` is true for the first file.
    mutating func read(_ root: TableReader, isBase: Bool) throws(ScenarioError) {
        try root.checkKeys(Self.topLevelKeys)
        guard let (version, versionAt) = try root.integer("version") else {
            throw root.invalid(SourceLocation(line: 1, column: 1), .missingVersion(supported: Self.supportedVersion))
        }
        guard version == Self.supportedVersion else {
            throw root.invalid(versionAt, .unsupportedVersion(version, supported: Self.supportedVersion))
        }
        files.append(root.file)
        if let scenario = try root.table("scenario") { try readScenario(scenario) }
        if let table = try root.table("table") {
            guard isBase else {
                throw table.invalid(table.location, .tableInDerivedFile)
            }
            try readTable(table)
        } else if isBase {
            throw root.invalid(SourceLocation(line: 1, column: 1), .baseNeedsTable)
        }
        if let sums = try root.table("published_sums") { try readPublished(sums) }
        if let conditions = try root.table("conditions") { try readConditions(conditions) }
        for s in try root.tables("solutions") { try readSolution(s) }
        for l in try root.tables("lines") { lines.append(try readLine(l)) }
        for op in try root.tables("operations") { operations.append(try readOperation(op)) }
        for u in try root.tables("uncertainty") { uncertainty.factors.append(try readFactor(u)) }
        for d in try root.tables("drivers") { uncertainty.drivers.append(try readDriver(d)) }
        if let c = try root.table("correlation") { try readCorrelation(c) }
        if let p = try root.table("payers") { try readPayers(p) }
        if let b = try root.table("baseline") { try readBaseline(b) }
        if name.isEmpty || !isBase, (try root.table("scenario"))?.table["name"] == nil {
            name = Self.fileStem(root.file)
        }
    }

    static func fileStem(_ path: String) -> String {
        let last = path.split(separator: "/").last.map(String.init) ?? path
        return last.hasSuffix(".toml") ? String(last.dropLast(5)) : last
    }

    mutating func readScenario(_ t: TableReader) throws(ScenarioError) {
        try t.checkKeys(["name", "description", "precision"])
        if let n = try t.string("name") { name = n }
        if let d = try t.string("description") { description = d }
        if let (p, at) = try t.decimal("precision") {
            guard p.significand == 1, !p.isNegative else {
                throw t.invalid(at, .precisionNotPowerOfTen(p))
            }
            precision = p
        }
    }

    mutating func readTable(_ t: TableReader) throws(ScenarioError) {
        try t.checkKeys(["title", "document", "section", "as_of", "unit", "years", "summed_years", "notes"])
        let unit = try t.string("unit") ?? "MNOK"
        guard unit == "MNOK" else {
            throw t.invalid(t.entry("unit")!.node.location, .unsupportedUnit(unit))
        }
        metadata = TableMetadata(
            title: try t.requiredString("title"), document: try t.string("document") ?? "",
            section: try t.string("section") ?? "", asOf: try t.stringOrDate("as_of") ?? "",
            unit: unit, notes: try t.strings("notes") ?? [])
        guard let (ys, ysAt) = try t.integers("years") else { throw t.missing("years") }
        years = try Self.checkYears(ys, at: ysAt, key: "years", in: t)
        baseYears = years
        guard let (ss, ssAt) = try t.integers("summed_years") else { throw t.missing("summed_years") }
        summedYears = try Self.checkYears(ss, at: ssAt, key: "summed_years", in: t)
        for y in summedYears where !years.contains(y) {
            throw t.invalid(ssAt, .summedYearOutside(y, horizon: false, span: Self.span(years)))
        }
    }

    static func span(_ years: [Int]) -> String {
        guard let f = years.first, let l = years.last else { return "(none)" }
        return f == l ? "\(f)" : "\(f)-\(l)"
    }

    static func checkYears(_ ys: [Int], at: SourceLocation, key: String, in t: TableReader) throws(ScenarioError) -> [Int] {
        guard !ys.isEmpty else { throw t.invalid(at, .noYears(key: key)) }
        guard ys.count <= ScenarioLimits.maximumYears else {
            throw t.invalid(at, .tooManyYears(key: key, count: ys.count, maximum: ScenarioLimits.maximumYears))
        }
        for y in ys where !ScenarioLimits.yearRange.contains(y) {
            throw t.invalid(at, .yearOutsideLimits(y, key: key, limits: ScenarioLimits.yearRange))
        }
        guard zip(ys, ys.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw t.invalid(at, .yearsNotIncreasing(key: key))
        }
        return ys
    }

    mutating func readPublished(_ t: TableReader) throws(ScenarioError) {
        var values: [Int: ExactDecimal] = [:]
        var places: [Int: SourceReference] = [:]
        var precision = ExactDecimal.one
        for entry in t.table.entries {
            if entry.key == "precision" {
                let p = try TableReader.decimal(entry.node, what: .key("precision", in: .named("[published_sums]")), reader: t)
                guard p.significand == 1 else {
                    throw t.invalid(entry.node.location, .precisionNotPowerOfTen(p))
                }
                precision = p
                continue
            }
            guard let year = Int(entry.key) else {
                throw t.invalid(entry.keyLocation, .publishedKeyNotAYear(entry.key))
            }
            guard summedYears.contains(year) else {
                throw t.invalid(entry.keyLocation, .publishedSumNotSummed(year, span: Self.span(summedYears)))
            }
            values[year] = try TableReader.decimal(entry.node, what: .publishedSum(year: year), reader: t)
            places[year] = t.reference(entry.node.location)
        }
        published = PublishedSums(precision: precision, values: values, origin: t.here, valueOrigins: places)
    }

    mutating func readConditions(_ t: TableReader) throws(ScenarioError) {
        for entry in t.table.entries {
            guard case .table(let sub) = entry.node.value else {
                throw t.invalid(entry.node.location, .notATable(entry.key))
            }
            let c = TableReader(table: sub, file: t.file, location: entry.node.location, place: .named("[conditions.\(entry.key)]"))
            try c.checkKeys(["description", "mark", "state", "uncertain"])
            let existing = conditions.firstIndex { $0.id == entry.key }
            let description = try c.string("description")
            let mark = try c.string("mark")
            if let mark {
                try Self.checkMark(mark, of: entry.key, among: conditions, in: c)
            }
            if let existing {
                if let description { conditions[existing].description = description }
                if let mark { conditions[existing].mark = mark }
            } else if description != nil || mark != nil {
                let newMark = mark ?? "*"
                if mark == nil { try Self.checkMark(newMark, of: entry.key, among: conditions, in: c) }
                conditions.append(ConditionDefinition(id: entry.key, description: description ?? entry.key, mark: newMark))
            } else {
                throw c.invalid(entry.keyLocation, .unknownName(.condition, entry.key, suggestion: Suggestion.closest(to: entry.key, in: conditions.map(\.id))))
            }
            if let state = try c.string("state") {
                let at = c.entry("state")!.node.location
                switch ConditionState.parse(state) {
                case .success(let s):
                    states[entry.key] = ConditionSetting(state: s, origin: c.reference(at),
                                                         precisionScale: (try? precision.precisionScale()) ?? 3)
                case .failure(let f): throw c.invalid(at, .badState(f))
                }
            }
            if let u = try c.table("uncertain") {
                uncertain[entry.key] = try readUncertainCondition(u)
            }
        }
    }

    func readUncertainCondition(_ u: TableReader) throws(ScenarioError) -> UncertainCondition {
        var outcomes: [(state: ConditionState, probability: ExactDecimal)] = []
        var sum = ExactDecimal.zero
        for entry in u.table.entries {
            let state: ConditionState
            switch ConditionState.parse(entry.key) {
            case .success(let s): state = s
            case .failure(let f): throw u.invalid(entry.keyLocation, .badState(f))
            }
            let p = try TableReader.decimal(entry.node, what: .probability(of: entry.key), reader: u)
            guard !p.isNegative, p <= .one else {
                throw u.invalid(entry.node.location, .probabilityOutside(p, state: entry.key))
            }
            do { sum = try sum.adding(p) } catch { throw u.invalid(entry.node.location, .probabilitiesOverflow(error)) }
            outcomes.append((state, p))
        }
        guard sum == .one else {
            throw u.invalid(u.location, .probabilitiesNotOne(in: u.place, sum: sum))
        }
        return UncertainCondition(outcomes: outcomes, origin: u.here)
    }

    mutating func readSolution(_ t: TableReader) throws(ScenarioError) {
        try t.checkKeys(["id", "name"])
        let id = try t.requiredString("id")
        guard !solutions.contains(where: { $0.id == id }) else {
            throw t.invalid(t.entry("id")!.node.location, .duplicateSolution(id))
        }
        solutions.append(Solution(id: id, name: try t.string("name") ?? id))
    }
}

extension ScenarioBuilder {
    /// Characters a mark may not contain: anything that can be read as part of an amount.
    static let characterNotInMarks: Set<Character> = Set("0123456789,.-\u{2212}+()% \t")

    /// A condition's mark must be unambiguous: not empty, nothing that reads as part of a number
    /// (`mark = "1"` would make `"2,51"` read as 2.5), and neither the end of another condition's
    /// mark nor ending in one (`*` and `**` could not be told apart from a doubled `*`).
    static func checkMark(_ mark: String, of id: String, among conditions: [ConditionDefinition], in c: TableReader) throws(ScenarioError) {
        let at = c.entry("mark")?.node.location ?? c.location
        guard !mark.isEmpty else { throw c.invalid(at, .emptyMark(condition: id)) }
        if let bad = mark.first(where: { characterNotInMarks.contains($0) || $0.isNumber || $0.isWhitespace }) {
            throw c.invalid(at, .markReadsAsAmount(mark, condition: id, character: String(bad)))
        }
        for other in conditions where other.id != id && (other.mark.hasSuffix(mark) || mark.hasSuffix(other.mark)) {
            throw c.invalid(at, other.mark == mark ? .markTaken(mark, by: other.id) : .markAmbiguous(mark, otherMark: other.mark, of: other.id))
        }
    }
}
