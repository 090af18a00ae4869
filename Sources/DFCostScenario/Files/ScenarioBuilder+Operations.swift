import DFCostModel
import DFCostTOML

extension ScenarioBuilder {
    /// The keys of an `[[operations]]` entry, one per operation (``Operation/Kind/Name``): the
    /// parser switches over them exhaustively, so a key without its own case does not compile.
    static let operationKeys = Operation.Kind.Name.allCases.map(\.rawValue)

    /// Reads one `[[operations]]` entry: exactly one operation key, an optional `select`, an optional `note`.
    mutating func readOperation(_ t: TableReader) throws(ScenarioError) -> Operation {
        try t.checkKeys(Self.operationKeys + ["select", "note"])
        let present = t.table.entries.filter { Self.operationKeys.contains($0.key) }
        guard let entry = present.first else {
            throw t.invalid(t.location, .noOperation(t.place, keys: Self.operationKeys))
        }
        if present.count > 1 {
            throw t.invalid(present[1].keyLocation, .twoOperations(entry.key, present[1].key))
        }
        if let key = Operation.Kind.Name(rawValue: entry.key), key == .add || key == .horizon, let select = t.entry("select") {
            throw t.invalid(select.keyLocation, .selectNotTaken(key))
        }
        let selector = try readSelector(t)
        let origin = t.reference(entry.keyLocation)
        let precisionScale = (try? precision.precisionScale()) ?? 3
        var operation = try readOperationKind(entry, selector: selector, origin: origin, in: t)
        operation.precisionScale = precisionScale
        return operation
    }

    /// The operation an entry's operation key names.
    mutating func readOperationKind(
        _ entry: TOMLTable.Entry, selector: LineSelector, origin: SourceReference, in t: TableReader
    ) throws(ScenarioError) -> Operation {
        let node = entry.node
        guard let key = Operation.Kind.Name(rawValue: entry.key) else {
            // readOperation passes only keys of `operationKeys`.
            throw t.invalid(entry.keyLocation, .notAnOperation(entry.key, keys: Self.operationKeys))
        }
        switch key {
        case .scale:
            let f = try TableReader.decimal(node, what: .scaleFactor, reader: t)
            guard !f.isNegative else { throw t.invalid(node.location, .negativeScale(f)) }
            return Operation(kind: .scale(f), selector: selector, origin: origin)
        case .shift:
            let n = try TableReader.integer(node, what: .shift, reader: t)
            guard n.magnitude <= ScenarioLimits.maximumYears else { throw t.invalid(node.location, .shiftTooFar(n)) }
            return Operation(kind: .shift(n), selector: selector, origin: origin)
        case .set:
            guard case .table(let sub) = node.value, sub.entries.count == 1, let e = sub.entries.first,
                  let year = Int(e.key) else {
                throw t.invalid(node.location, .setShape)
            }
            guard years.contains(year) else {
                throw t.invalid(e.keyLocation, .yearOutsideTable(year, span: Self.span(years)))
            }
            let cell = try readCell(e.node, year: year, in: TableReader(table: sub, file: t.file, location: node.location, place: .named("set")))
            if let clash = operations.first(where: {
                if case .set(let c) = $0.kind { return c.year == cell.year && $0.selector == selector && $0.origin?.file == t.file }
                return false
            }) {
                throw t.invalid(entry.keyLocation, .setTwice(year: cell.year, selector: selector, first: clash.origin))
            }
            return Operation(kind: .set(cell), selector: selector, origin: origin)
        case .add:
            guard case .table(let sub) = node.value else {
                throw t.invalid(node.location, .addShape)
            }
            let line = try readLine(TableReader(table: sub, file: t.file, location: node.location, place: .addedLine))
            return Operation(kind: .add(line), origin: origin)
        case .remove:
            guard case .boolean(true) = node.value else { throw t.invalid(node.location, .removeNotTrue) }
            return Operation(kind: .remove, selector: selector, origin: origin)
        case .index:
            return Operation(kind: try readIndex(node, in: t), selector: selector, origin: origin)
        case .horizon:
            guard case .table(let sub) = node.value else {
                throw t.invalid(node.location, .horizonShape)
            }
            let h = TableReader(table: sub, file: t.file, location: node.location, place: .named("horizon"))
            try h.checkKeys(["years", "summed_years"])
            guard let (ys, ysAt) = try h.integers("years") else { throw h.missing("years") }
            let newYears = try Self.checkYears(ys, at: ysAt, key: "years", in: h)
            guard let (ss, ssAt) = try h.integers("summed_years") else { throw h.missing("summed_years") }
            let newSummed = try Self.checkYears(ss, at: ssAt, key: "summed_years", in: h)
            for y in newSummed where !newYears.contains(y) {
                throw h.invalid(ssAt, .summedYearOutside(y, horizon: true, span: Self.span(newYears)))
            }
            years = Array(Set(years).union(newYears)).sorted()
            return Operation(kind: .horizon(years: newYears, summedYears: newSummed), origin: origin)
        }
    }

    func readIndex(_ node: TOMLNode, in t: TableReader) throws(ScenarioError) -> Operation.Kind {
        guard case .table(let sub) = node.value else {
            throw t.invalid(node.location, .indexShape)
        }
        let i = TableReader(table: sub, file: t.file, location: node.location, place: .named("index"))
        try i.checkKeys(["base_year", "rates", "source"])
        guard let (base, _) = try i.integer("base_year") else { throw i.missing("base_year") }
        guard let r = try i.table("rates") else { throw i.missing("rates") }
        var rates: [Int: ExactDecimal] = [:]
        for e in r.table.entries {
            guard let y = Int(e.key) else { throw r.invalid(e.keyLocation, .keyNotAYear(e.key, rate: true)) }
            let rate = try TableReader.decimal(e.node, what: .rate(year: y), reader: r)
            guard rate > ExactDecimal(-1) else { throw r.invalid(e.node.location, .rateNotAboveMinusOne(rate, year: y)) }
            rates[y] = rate
        }
        return .index(baseYear: base, rates: rates)
    }

    /// The keys of every distribution's parameters, each once.
    static var distributionParameterKeys: [String] {
        var keys: [String] = []
        for k in FactorLaw.Kind.allCases { for p in k.parameterNames where !keys.contains(p) { keys.append(p) } }
        return keys
    }

    /// `[[uncertainty]]`: select, distribution and its parameters, scope, name.
    mutating func readFactor(_ t: TableReader) throws(ScenarioError) -> UncertainFactor {
        try t.checkKeys(["name", "select", "distribution"] + Self.distributionParameterKeys + ["scope"])
        let law = try readLaw(t)
        let scopeText = try t.string("scope") ?? "line"
        guard let scope = UncertainFactor.Scope(rawValue: scopeText) else {
            throw t.invalid(t.entry("scope")!.node.location, .badScope(scopeText))
        }
        let name = try t.string("name") ?? "\(t.name)"
        return UncertainFactor(name: name, selector: try readSelector(t), law: law, scope: scope, origin: t.here)
    }

    /// `[[drivers]]`: a name, select, a distribution and its parameters (or a triple estimate).
    mutating func readDriver(_ t: TableReader) throws(ScenarioError) -> UncertaintyDriver {
        try t.checkKeys(["name", "select", "distribution"] + Self.distributionParameterKeys + ["note"])
        let name = try t.requiredString("name")
        let nameAt = t.entry("name")!.node.location
        guard !name.isEmpty, !name.contains("/") else {
            throw t.invalid(nameAt, .badDriverName)
        }
        if let first = uncertainty.drivers.first(where: { $0.name == name }) {
            throw t.invalid(nameAt, .duplicateDriver(name, first: first.origin))
        }
        guard t.entry("select") != nil else {
            throw t.invalid(nameAt, .driverNeedsSelect(name))
        }
        let law = try readLaw(t)
        return UncertaintyDriver(name: name, selector: try readSelector(t), law: law,
                                 note: try t.string("note"), origin: t.reference(nameAt))
    }

    /// A distribution and its parameters: `distribution = "..."` and its keys, or a triple
    /// estimate (`p10`, `likely`, `p90`) without `distribution`. Checked by the one rule for
    /// parameters (``FactorDistribution/validate()``), located at the entry.
    func readLaw(_ t: TableReader) throws(ScenarioError) -> FactorLaw {
        let kinds = FactorLaw.Kind.allCases.map(\.rawValue)
        let kind: String
        let kindAt: SourceLocation
        if t.entry("distribution") == nil, let likely = t.entry("likely") {
            kind = FactorLaw.Kind.trigen.rawValue
            kindAt = likely.keyLocation
        } else {
            kind = try t.requiredString("distribution")
            kindAt = t.entry("distribution")!.node.location
        }
        guard let known = FactorLaw.Kind(rawValue: kind) else {
            throw t.invalid(kindAt, .unknownDistribution(kind, suggestion: Suggestion.closest(to: kind, in: kinds), kinds: kinds))
        }
        var parameters: [ExactDecimal] = []
        for key in known.parameterNames {
            guard let (v, _) = try t.decimal(key) else { throw t.invalid(kindAt, .missingParameter(key, distribution: kind)) }
            parameters.append(v)
        }
        let law = FactorLaw(known, parameters: parameters)!
        // The one rule for distribution parameters (FactorDistribution.validate), located here.
        do { try law.distribution.validate() } catch { throw t.invalid(kindAt, .distribution(error, kind: kind)) }
        return law
    }

    /// `[correlation]` with `[[correlation.groups]]` and `[[correlation.pairs]]`.
    mutating func readCorrelation(_ c: TableReader) throws(ScenarioError) {
        try c.checkKeys(["groups", "pairs"])
        for g in try c.tables("groups") {
            try g.checkKeys(["name", "select", "coefficient"])
            guard let (r, at) = try g.decimal("coefficient") else { throw g.missing("coefficient") }
            try Self.checkCoefficient(r, at: at, in: g)
            uncertainty.groups.append(CorrelationGroup(name: try g.string("name") ?? g.name, selector: try readSelector(g),
                                                       coefficient: r, origin: g.here))
        }
        for p in try c.tables("pairs") {
            try p.checkKeys(["a", "b", "coefficient"])
            guard let (r, at) = try p.decimal("coefficient") else { throw p.missing("coefficient") }
            try Self.checkCoefficient(r, at: at, in: p)
            let a = try p.requiredString("a"), b = try p.requiredString("b")
            guard a != b else { throw p.invalid(p.location, .samePairFactor) }
            uncertainty.pairs.append(CorrelationPair(first: a, second: b, coefficient: r, origin: p.here))
        }
    }

    static func checkCoefficient(_ r: ExactDecimal, at: SourceLocation, in t: TableReader) throws(ScenarioError) {
        guard r >= ExactDecimal(-1), r <= .one else {
            throw t.invalid(at, .coefficientOutside(r))
        }
    }
}
