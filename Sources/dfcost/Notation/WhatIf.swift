import DFCostModel
import DFCostScenario

/// The command line's notation of what-ifs: flag text -> typed values for the engine.
///
/// - `--condition NAME=STATE`: `fm-phaseout=delayed:1`, `fm-phaseout=none`, `fm-phaseout=share:0.5`.
/// - `--scale SELECTOR=FACTOR`: `solution:e-resept=1.2`, `all=1.2`, `tag:pds@2025-2026=0.8`.
/// - `--shift SELECTOR=YEARS`: `line:pds-deling-kjernejournal=1`, `tag:dokumentdeling=-1`.
/// - `--set SELECTOR@YEAR=CELL`: `line:pll-pll@2025=-12*`.
/// - `--remove SELECTOR`: `tag:dbep`.
/// - `--add id=X;solution=S;initiative=I;YEAR=CELL;...`.
/// - `--index SELECTOR=BASE:YEAR=RATE,...`: `all=2023:2024=0.035,2025=0.03`.
///
/// A selector is `all` or comma-separated `field:value` terms (fields `solution`, `initiative`,
/// `part`, `line`, `tag`), optionally followed by `@YEAR` or `@FROM-TO`.
public enum WhatIf {
    /// The order the command line applies its operations in, after the files' (Scenarios/README.md,
    /// Order of evaluation): added lines, set cells, then removals, scales, indexes, shifts.
    public static let commandLineOrder: [Operation.Kind.Name] = [.add, .set, .remove, .scale, .index, .shift]

    /// A what-if read: an operation now, or one whose cells need the scenario it applies to.
    public enum Parsed: Sendable {
        case now(Operation)
        case pending(PendingOperation)
    }

    /// Reads the text of the what-if named `name`. Every operation has its notation here, the
    /// switch exhaustive over ``Operation/Kind/Name``.
    public static func operation(_ name: Operation.Kind.Name, _ text: String) throws(ScenarioError) -> Parsed {
        switch name {
        case .scale: .now(try scale(text))
        case .shift: .now(try shift(text))
        case .remove: .now(try remove(text))
        case .index: .now(try index(text))
        case .set: .pending(PendingOperation(text) { scenario throws(ScenarioError) in try set(text, in: scenario) })
        case .add: .pending(PendingOperation(text) { scenario throws(ScenarioError) in try add(text, in: scenario) })
        case .horizon: throw .badWhatIf(.operation(.horizon), subject: nil, .horizonOnlyInFiles)
        }
    }
    /// Parses `NAME=STATE`.
    public static func condition(_ text: String) throws(ScenarioError) -> (String, ConditionState) {
        guard let eq = text.lastIndex(of: "="), eq != text.startIndex else {
            throw .badWhatIf(.condition, subject: "'\(text)'", .notation(.condition))
        }
        let name = String(text[..<eq]), typed = String(text[text.index(after: eq)...])
        switch ConditionState.parse(try typedNumbers(inState: typed, input: .condition, subject: name)) {
        case .success(let state): return (name, state)
        case .failure(let f): throw .badWhatIf(.condition, subject: name, .conditionState(f.writtenAs(typed)))
        }
    }

    /// Parses `SELECTOR=FACTOR` into a scale operation.
    public static func scale(_ text: String) throws(ScenarioError) -> Operation {
        let (selector, value) = try split(text, option: .operation(.scale), notation: .scale)
        let read = TypedNumber.decimal(value)
        if case .failure(let p) = read, p != .notANumber {
            throw .badWhatIf(.operation(.scale), subject: "'\(text)'", .factorNumber(value, p))
        }
        guard case .success(let factor) = read, !factor.isNegative else {
            throw .badWhatIf(.operation(.scale), subject: "'\(text)'", .factorNotDecimal(value))
        }
        return Operation(kind: .scale(factor), selector: selector)
    }

    /// Parses `SELECTOR=YEARS` into a shift operation.
    public static func shift(_ text: String) throws(ScenarioError) -> Operation {
        let (selector, value) = try split(text, option: .operation(.shift), notation: .shift)
        guard case .success(let n) = TypedNumber.integer(value), n.magnitude <= ScenarioLimits.maximumYears else {  // abs(Int.min) traps
            throw .badWhatIf(.operation(.shift), subject: "'\(text)'", .shiftNotYears(value, limit: ScenarioLimits.maximumYears))
        }
        return Operation(kind: .shift(n), selector: selector)
    }

    /// Parses `SELECTOR@YEAR=CELL` into a set operation: the cell in the table's notation
    /// (`-12*`, `(3)`, `2,5`), its marks those the scenario declares.
    /// - Parameter scenario: the scenario it will apply to (its years and condition marks).
    public static func set(_ text: String, in scenario: Scenario) throws(ScenarioError) -> Operation {
        let (selector, value) = try split(text, option: .operation(.set), notation: .set)
        guard let years = selector.years, years.lowerBound == years.upperBound else {
            throw .badWhatIf(.operation(.set), subject: "'\(text)'", .setNeedsOneYear)
        }
        let year = years.lowerBound
        guard scenario.knownYears.contains(year) else {
            throw .badWhatIf(.operation(.set), subject: "'\(text)'", .yearNotInTable(year, span: scenario.knownYearSpan))
        }
        let cell = try cell(value, year: year, in: scenario, option: .operation(.set), subject: "'\(text)'")
        return Operation(kind: .set(cell), selector: selector)
    }

    /// Parses `SELECTOR` into a remove operation (`tag:dbep`, `line:mf-helse@2023`).
    public static func remove(_ text: String) throws(ScenarioError) -> Operation {
        switch LineSelector.read(text) {
        case .success(let s): return Operation(kind: .remove, selector: s)
        case .failure(let r): throw .badWhatIf(.operation(.remove), subject: nil, .selector(text, r))
        }
    }

    /// Parses `SELECTOR=BASE:YEAR=RATE,YEAR=RATE` into an index operation, e.g.
    /// `all=2023:2024=0.035,2025=0.03` (rates are fractions: 0.035 is 3.5 %).
    public static func index(_ text: String) throws(ScenarioError) -> Operation {
        guard let eq = text.firstIndex(of: "=") else {
            throw .badWhatIf(.operation(.index), subject: "'\(text)'", .notation(.index))
        }
        let selector: LineSelector
        switch LineSelector.read(String(text[..<eq])) {
        case .success(let s): selector = s
        case .failure(let r): throw .badWhatIf(.operation(.index), subject: nil, .selector(String(text[..<eq]), r))
        }
        let rest = text[text.index(after: eq)...]
        let parts = rest.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, let base = Int(parts[0]), ScenarioLimits.yearRange.contains(base) else {
            throw .badWhatIf(.operation(.index), subject: "'\(text)'", .notation(.index))
        }
        var rates: [Int: ExactDecimal] = [:]
        // Pairs are separated by ',', or by ';' when the text has one, so that a rate may have
        // a decimal comma: 2024=0,035;2025=0,03.
        let separator: Character = parts[1].contains(";") ? ";" : ","
        for pair in parts[1].split(separator: separator) {
            let kv = pair.split(separator: "=", maxSplits: 1).map(String.init)
            if kv.count == 1, separator == ",", kv[0].allSatisfy(\.isASCIIDigit) {
                throw .badWhatIf(.operation(.index), subject: "'\(text)'", .ratePairNeedsSemicolons(String(pair)))
            }
            guard kv.count == 2, let year = Int(kv[0]), case .success(let rate) = TypedNumber.decimal(kv[1]), rate > ExactDecimal(-1) else {
                throw .badWhatIf(.operation(.index), subject: "'\(text)'", .notYearRate(String(pair)))
            }
            rates[year] = rate
        }
        guard !rates.isEmpty else { throw .badWhatIf(.operation(.index), subject: "'\(text)'", .noRates) }
        return Operation(kind: .index(baseYear: base, rates: rates), selector: selector)
    }

    /// Parses `id=X;solution=S;initiative=I[;part=P][;tags=a|b];YEAR=CELL;...` into an add
    /// operation. Fields are separated by `;` so that a cell may use a decimal comma.
    public static func add(_ text: String, in scenario: Scenario) throws(ScenarioError) -> Operation {
        var fields: [String: String] = [:]
        var cells: [Cell] = []
        for item in text.split(separator: ";") {
            let kv = item.split(separator: "=", maxSplits: 1).map { String($0).trimmingSpaces }
            guard kv.count == 2 else { throw .badWhatIf(.operation(.add), subject: "'\(text)'", .notKeyValue(String(item))) }
            if let year = Int(kv[0]) {
                guard scenario.knownYears.contains(year) else {
                    throw .badWhatIf(.operation(.add), subject: "'\(text)'", .yearNotInTable(year, span: scenario.knownYearSpan))
                }
                guard !cells.contains(where: { $0.year == year }) else { throw .badWhatIf(.operation(.add), subject: "'\(text)'", .yearGivenTwice(year)) }
                cells.append(try cell(kv[1], year: year, in: scenario, option: .operation(.add), subject: "'\(text)'"))
            } else {
                let keys = ["id", "solution", "initiative", "part", "tags"]
                guard keys.contains(kv[0]) else {
                    throw .badWhatIf(.operation(.add), subject: "'\(text)'", .unknownLineKey(kv[0], suggestion: Suggestion.closest(to: kv[0], in: keys), keys: keys))
                }
                fields[kv[0]] = kv[1]
            }
        }
        guard let id = fields["id"], !id.isEmpty, let solution = fields["solution"], let initiative = fields["initiative"] else {
            throw .badWhatIf(.operation(.add), subject: "'\(text)'", .lineNeedsFields)
        }
        guard scenario.base.solution(solution) != nil else {
            throw .badWhatIf(.operation(.add), subject: "'\(text)'", .unknownSolution(solution, suggestion: Suggestion.closest(to: solution, in: scenario.base.solutions.map(\.id))))
        }
        let tags = fields["tags"].map { $0.split(separator: "|").map(String.init) } ?? []
        let line = CostLine(id: id, solution: solution, initiative: initiative, part: fields["part"] ?? "", tags: tags, cells: cells)
        return Operation(kind: .add(line), selector: LineSelector())
    }

    /// A cell in the table's notation, with the scenario's marks.
    static func cell(_ text: String, year: Int, in scenario: Scenario, option: WhatIfInput, subject: String) throws(ScenarioError) -> Cell {
        // The amount inside the cell's marks and parentheses is a typed number: the same
        // ambiguity rule as every other option (`1,500` refused, ``TypedNumber``).
        let amount = String(text.filter { $0.isASCIIDigit || ",.-+ \u{2212}\u{00A0}\u{202F}".contains($0) })
        if case .failure(let p) = TypedNumber.normalized(amount), p == .ambiguousComma || p == .pointAndComma {
            throw .badWhatIf(option, subject: subject, .number(text, p))
        }
        switch CellNotation.parse(text, marks: scenario.base.conditions.map(\.mark)) {
        case .failure(let f): throw .badWhatIf(option, subject: subject, .cell(f))
        case .success(let parsed):
            let ids = parsed.marks.compactMap { mark in scenario.base.conditions.first { $0.mark == mark }?.id }
            return Cell(year: year, amount: parsed.amount, isInternal: parsed.isInternal, conditions: ids)
        }
    }

    /// A condition state with its number typed back in the files' notation: `share:0,5` ->
    /// `share:0.5`, `delayed:−1` -> `delayed:-1` (``TypedNumber``); any other state as given.
    static func typedNumbers(inState state: String, input: WhatIfInput, subject: String) throws(ScenarioError) -> String {
        let t = state.trimmingSpaces
        for (prefix, whole) in [("share:", false), ("delayed:", true)] where t.hasPrefix(prefix) {
            let number = String(t.dropFirst(prefix.count))
            let read: Result<String, TypedNumber.Problem> = whole
                ? TypedNumber.integer(number).map { "\($0)" } : TypedNumber.decimal(number).map { "\($0)" }
            switch read {
            case .success(let n): return prefix + n
            case .failure(let p) where p == .ambiguousComma || p == .pointAndComma:
                throw .badWhatIf(input, subject: subject, .number(number, p))
            case .failure: return t  // ConditionState says what a state needs
            }
        }
        return t
    }

    static func split(_ text: String, option: WhatIfInput, notation: WhatIfNotation) throws(ScenarioError) -> (LineSelector, String) {
        guard let eq = text.lastIndex(of: "=") else {
            throw .badWhatIf(option, subject: "'\(text)'", .notation(notation))
        }
        switch LineSelector.read(String(text[..<eq])) {
        case .success(let s): return (s, String(text[text.index(after: eq)...]))
        case .failure(let r): throw .badWhatIf(option, subject: nil, .selector(String(text[..<eq]), r))
        }
    }
}

extension String {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}
