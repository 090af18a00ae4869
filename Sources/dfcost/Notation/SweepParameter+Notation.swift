import DFCostModel
import DFCostScenario

/// The command line's notation of a sweep parameter (`dfcost sweep --vary`):
/// - `condition:NAME=STATE|STATE|...`, or `condition:NAME=delayed:FROM..TO` for every delay in the range,
///   or `condition:NAME=share:FROM..TO[:STEP]` for shares (step 0.1 by default);
/// - `scale:SELECTOR=FROM..TO[:STEP]` (step 0.1 by default), or `scale:SELECTOR=V|V|...`;
/// - `shift:SELECTOR=FROM..TO`, or `shift:SELECTOR=N|N|...`.
extension SweepParameter {
    /// Parses one `--vary` argument.
    public static func parse(_ text: String) throws(ScenarioError) -> SweepParameter {
        guard let colon = text.firstIndex(of: ":"), let eq = text.lastIndex(of: "="), colon < eq else {
            throw .badWhatIf(.vary, subject: "'\(text)'", .notation(.vary))
        }
        let kind = String(text[..<colon])
        let target = String(text[text.index(after: colon)..<eq])
        let values = String(text[text.index(after: eq)...])
        switch kind {
        case "condition":
            return SweepParameter(kind: .condition(target, try conditionValues(values, text: text)), name: "condition:\(target)")
        case "scale":
            let selector = try selectorOf(target, text: text)
            return SweepParameter(kind: .operation(selector, try decimalValues(values, text: text).map { .scale($0) }), name: "scale:\(target)")
        case "shift":
            let selector = try selectorOf(target, text: text)
            return SweepParameter(kind: .operation(selector, try integerValues(values, text: text).map { .shift($0) }), name: "shift:\(target)")
        default:
            throw .badWhatIf(.vary, subject: "'\(text)'", .unknownVaryKind(kind, suggestion: Suggestion.closest(to: kind, in: ["condition", "scale", "shift"])))
        }
    }

    static func selectorOf(_ target: String, text: String) throws(ScenarioError) -> LineSelector {
        switch LineSelector.read(target) {
        case .success(let s): return s
        case .failure(let r): throw .badWhatIf(.vary, subject: "'\(text)'", .selector(target, r))
        }
    }

    static func conditionValues(_ values: String, text: String) throws(ScenarioError) -> [ConditionState] {
        if values.hasPrefix("delayed:"), values.contains("..") {
            let ints = try integerValues(String(values.dropFirst("delayed:".count)), text: text)
            return ints.map { .delayed($0) }
        }
        if values.hasPrefix("share:"), values.contains("..") {
            let shares = try decimalValues(String(values.dropFirst("share:".count)), text: text)
            guard shares.allSatisfy({ $0 <= .one }) else {
                throw .badWhatIf(.vary, subject: "'\(text)'", .shareOutOfRange)
            }
            return shares.map { .share($0) }
        }
        var out: [ConditionState] = []
        for part in values.split(separator: "|") {
            switch ConditionState.parse(try WhatIf.typedNumbers(inState: String(part), input: .vary, subject: "'\(text)'")) {
            case .success(let s): out.append(s)
            case .failure(let f): throw .badWhatIf(.vary, subject: "'\(text)'", .conditionState(f.writtenAs(String(part))))
            }
        }
        guard !out.isEmpty else { throw .badWhatIf(.vary, subject: "'\(text)'", .noValues) }
        return out
    }

    static func integerValues(_ values: String, text: String) throws(ScenarioError) -> [Int] {
        if let range = values.range(of: "..") {
            // Bounds first: `b - a` and abs(Int.min) trap on overflow.
            guard case .success(let a) = TypedNumber.integer(String(values[..<range.lowerBound])),
                  case .success(let b) = TypedNumber.integer(String(values[range.upperBound...])), a <= b,
                  a.magnitude <= ScenarioLimits.maximumYears, b.magnitude <= ScenarioLimits.maximumYears, b - a < SweepParameter.maximumValues else {
                throw .badWhatIf(.vary, subject: "'\(text)'", .notWholeRange(values, limit: ScenarioLimits.maximumYears))
            }
            return Array(a...b)
        }
        var out: [Int] = []
        for part in values.split(separator: "|") {
            guard case .success(let n) = TypedNumber.integer(String(part)) else { throw .badWhatIf(.vary, subject: "'\(text)'", .notWhole(String(part))) }
            out.append(n)
        }
        guard !out.isEmpty else { throw .badWhatIf(.vary, subject: "'\(text)'", .noValues) }
        return out
    }

    static func decimalValues(_ values: String, text: String) throws(ScenarioError) -> [ExactDecimal] {
        if let range = values.range(of: "..") {
            let rest = values[range.upperBound...]
            let parts = rest.split(separator: ":", maxSplits: 1).map(String.init)
            guard case .success(let from) = TypedNumber.decimal(String(values[..<range.lowerBound])), parts.count >= 1,
                  case .success(let to) = TypedNumber.decimal(parts[0]),
                  case .success(let step) = parts.count == 2 ? TypedNumber.decimal(parts[1]) : TypedNumber.decimal("0.1"),
                  from <= to, !step.isNegative, !step.isZero, !from.isNegative else {
                throw .badWhatIf(.vary, subject: "'\(text)'", .notDecimalRange(values))
            }
            var out: [ExactDecimal] = []
            var v = from
            while v <= to {
                out.append(v)
                guard out.count <= SweepParameter.maximumValues, let next = try? v.adding(step) else {
                    throw .badWhatIf(.vary, subject: "'\(text)'", .tooManyValues(SweepParameter.maximumValues))
                }
                v = next
            }
            return out
        }
        var out: [ExactDecimal] = []
        for part in values.split(separator: "|") {
            guard case .success(let d) = TypedNumber.decimal(String(part)), !d.isNegative else {
                throw .badWhatIf(.vary, subject: "'\(text)'", .notAFactor(String(part)))
            }
            out.append(d)
        }
        guard !out.isEmpty else { throw .badWhatIf(.vary, subject: "'\(text)'", .noValues) }
        return out
    }
}
