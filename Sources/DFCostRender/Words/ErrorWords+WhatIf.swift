import DFCostModel
import DFCostNotation
import DFCostScenario

/// The words of a malformed request input (``WhatIfReason``, ``SelectorReason``, a condition
/// state's ``ConditionState/ParseFailure``), of an operation that cannot be applied
/// (``OperationReason``, ``ArithmeticError``) and of payer keys that do not cover a solution
/// (``PayerAllocation/Failure``), Norwegian and English. See ``Language/say(nb:en:)``.
///
/// Flags and file keys stay as typed (`--scale`, `delayed:N`, `solution:`); operations are named
/// as the outputs name them (``OperationLabels``: "skalert", "flyttet"); examples use the decimal
/// comma in Norwegian, which the command line reads as well (``TypedNumber``).
extension Language {
    /// Why a request input is malformed: the part of the line after the input and its text.
    public func words(_ reason: WhatIfReason) -> String {
        let en = reason.description
        return switch reason {
        case .notation(let n): say(nb: "skriv \(pattern(n)), f.eks. \(examples(n).joined(separator: " eller "))", en: en)
        case .horizonOnlyInFiles: say(nb: "en tidshorisont skrives i en scenariofils [[operations]]", en: en)
        case .conditionState(let f): words(f)
        case .cell(let f): words(f)
        case .number(let text, let p): say(nb: "'\(text)': \(words(p))", en: en)
        case .factorNumber(let value, let p): say(nb: "faktoren '\(value)': \(words(p))", en: en)
        case .factorNotDecimal(let value): say(nb: "faktoren '\(value)' må være et desimaltall ≥ 0", en: en)
        case .shiftNotYears(let value, let limit): say(nb: "'\(value)' er ikke et helt antall år fra \(figure(-limit)) til \(figure(limit))", en: en)
        case .setNeedsOneYear: say(nb: "angi ett år med @ÅR, f.eks. line:pll-pll@2025=-12*", en: en)
        case .yearNotInTable(let year, let span): say(nb: "\(year) er ikke blant tabellens år \(yearSpan(span))", en: en)
        case .notATableYear(let span): say(nb: "ikke blant tabellens år \(yearSpan(span))", en: en)
        case .selector(let text, let r): say(nb: "velgeren '\(text)': \(words(r))", en: en)
        case .selectorTerm(let r): words(r)
        case .ratePairNeedsSemicolons(let pair):
            say(nb: "'\(pair)' er ikke ÅR=SATS; en sats med desimalkomma krever at parene skilles med ';', f.eks. 2024=0,035;2025=0,03", en: en)
        case .notYearRate(let pair): say(nb: "'\(pair)' er ikke ÅR=SATS med en sats over -1, f.eks. 2024=0,035;2025=0,03", en: en)
        case .noRates: say(nb: "ingen satser", en: en)
        case .notKeyValue(let item): say(nb: "'\(item)' er ikke NØKKEL=VERDI; f.eks. \(WhatIfReason.lineExample)", en: en)
        case .yearGivenTwice(let year): say(nb: "\(year) er gitt to ganger", en: en)
        case .unknownLineKey(let key, let suggestion, let keys):
            say(nb: "ukjent nøkkel '\(key)'\(didYouMean(suggestion)) (nøkler: \(keys.joined(separator: ", ")), eller et år)", en: en)
        case .lineNeedsFields: say(nb: "id, solution og initiative må være med; f.eks. \(WhatIfReason.lineExample)", en: en)
        case .unknownSolution(let s, let suggestion): say(nb: "ukjent løsning '\(s)'\(didYouMean(suggestion))", en: en)
        case .unknownCondition(let c, let suggestion): say(nb: "ukjent betingelse '\(c)'\(didYouMean(suggestion))", en: en)
        case .unknownVaryKind(let k, let suggestion):
            say(nb: "ukjent type '\(k)'\(didYouMean(suggestion)) (condition, scale eller shift)", en: en)
        case .shareOutOfRange: say(nb: "en andel er mellom 0 og 1", en: en)
        case .noValues: say(nb: "ingen verdier", en: en)
        case .notWholeRange(let values, let limit):
            say(nb: "'\(values)' er ikke et intervall av hele tall fra \(figure(-limit)) til \(figure(limit)) som 0..3", en: en)
        case .notWhole(let part): say(nb: "'\(part)' er ikke et helt tall", en: en)
        case .notDecimalRange(let values):
            say(nb: "'\(values)' er ikke FRA..TIL[:STEG] med 0 ≤ FRA ≤ TIL og STEG > 0, f.eks. 0,8..1,5:0,1", en: en)
        case .tooManyValues(let n): say(nb: "mer enn \(figure(n)) verdier", en: en)
        case .notAFactor(let part): say(nb: "'\(part)' er ikke en faktor ≥ 0", en: en)
        case .noParameters: say(nb: "en variasjon trenger minst én", en: en)
        case .tooManyCombinations(let n): say(nb: "mer enn \(figure(n)) kombinasjoner", en: en)
        case .tooManyRuns(let runs):
            say(nb: "parameterne som varieres, treffer de samme linjene i for mange kombinasjoner (\(figure(runs))+ beregninger); varier færre parametere samtidig",
                en: en)
        case .noPayers(let scenario):
            say(nb: "scenarioet '\(scenario)' har ingen [payers]; utvid en fil med betalernøkler, f.eks. \(WhatIfReason.payersExample)", en: en)
        }
    }

    /// The pattern of a notation in this language's placeholders: `VELGER=VERDI`.
    func pattern(_ notation: WhatIfNotation) -> String {
        switch notation {
        case .condition: say(nb: "NAVN=TILSTAND", en: notation.pattern)
        case .scale, .shift, .set: say(nb: "VELGER=VERDI", en: notation.pattern)
        case .index: say(nb: "VELGER=BASISÅR:ÅR=SATS;...", en: notation.pattern)
        case .vary: say(nb: "TYPE:MÅL=VERDIER", en: notation.pattern)
        }
    }

    /// The examples of a notation, with decimal commas in Norwegian (the command line reads both).
    func examples(_ notation: WhatIfNotation) -> [String] {
        switch notation {
        case .condition, .shift, .set: notation.examples
        case .scale: [say(nb: "solution:e-resept=1,2", en: notation.examples[0])]
        case .index: [say(nb: "all=2023:2024=0,035;2025=0,03", en: notation.examples[0])]
        case .vary: self == .nb ? ["condition:fm-phaseout=delayed:0..3", "scale:solution:e-resept=0,8..1,5:0,1"] : notation.examples
        }
    }

    /// Why a text is not a line selector.
    public func words(_ reason: SelectorReason) -> String {
        let en = reason.description
        return switch reason {
        case .notYears(let range): say(nb: "'@\(range)' er ikke et år eller et intervall som @2025-2026", en: en)
        case .notFieldValue(let term): say(nb: "'\(term)' er ikke felt:verdi (felter: solution, initiative, part, line, tag)", en: en)
        case .includeInternalNotBoolean: say(nb: "include_internal tar true eller false", en: en)
        case .unknownField(let field, let suggestion): say(nb: "ukjent felt '\(field)'\(didYouMean(suggestion))", en: en)
        }
    }

    /// Why an operation cannot be applied: the part of the line after its place. Operations are
    /// named as the outputs name them ("flyttet +2 år [merke x]").
    public func words(_ reason: OperationReason) -> String {
        let en = reason.description
        let o = operations
        return switch reason {
        case .duplicateLine(let id): say(nb: "\(Labels.fill(o.added, ["id": id])): linje-id-en finnes allerede", en: en)
        case .noRate(let year, let line, let cellYear, let baseYear):
            say(nb: "\(Labels.fill(o.indexed, ["year": "\(baseYear)"])): ingen sats for \(year), som trengs for \(line) \(cellYear)", en: en)
        case .movesOutside(let operation, let line, let from, let to, let span):
            say(nb: "\(o.text(operation)): \(line) \(from) havner i \(to), utenfor tabellens år \(yearSpan(span))", en: en)
        case .conflicting(let line, let year):
            say(nb: "operasjonene strider mot hverandre: linje \(line) ville hatt både et internt og et tellende beløp i \(year)", en: en)
        case .arithmetic(let e): words(e)
        case .sweepArithmetic(let e): say(nb: "variasjonen: \(words(e))", en: en)
        case .sweepAmountOutOfRange(let d): say(nb: "variasjonen: beløpet \(figure(d)) er utenfor gyldig område", en: en)
        }
    }

    /// Why an exact amount cannot be computed.
    public func words(_ error: ArithmeticError) -> String {
        let en = error.description
        return switch error {
        case .overflow: say(nb: "beløpet er utenfor gyldig område (eksakte desimaltall rommer omtrent 18 gjeldende sifre)", en: en)
        case .scaleOutOfRange: say(nb: "for mange desimaler (høyst \(ExactDecimal.maximumScale))", en: en)
        case .divisionByZero: say(nb: "divisjon med null", en: en)
        case .invalidPrecision(let p): say(nb: "presisjonen \(ExactDecimal(p).map { figure($0) } ?? p) er ikke en tierpotens som 1, 0,1 eller 0,001", en: en)
        }
    }

    /// Why the payers' parts cannot be computed.
    public func words(_ failure: PayerAllocation.Failure) -> String {
        let en = failure.description
        return switch failure {
        case .missingKey(let solution, let year):
            say(nb: "ingen betalernøkkel for løsningen '\(solution)' i \(year); legg til en [[payers.keys]]-oppføring som dekker den", en: en)
        case .arithmetic(let e): words(e)
        }
    }
}
