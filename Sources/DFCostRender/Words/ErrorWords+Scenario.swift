import DFCostApp
import DFCostModel
import DFCostScenario
import DFCostTOML

/// The words of the scenario's errors (``ScenarioError``, ``TotalsRequestError``,
/// ``VerifyError``), Norwegian and English. See ``Language/say(nb:en:)``.
///
/// `syntax` is worded in `ErrorWords+TOML.swift`, the themed reasons of `file` in
/// `ErrorWords+ScenarioFile.swift`; `badWhatIf`, `operation` and `payerKeys` in
/// `ErrorWords+WhatIf.swift`; `noMatchWhenStrict` is the
/// engine's warning, worded as warnings are (`WarningLabels`).
extension Language {
    /// A scenario that could not be read or applied, as one line with its place first; each
    /// request input named as `name` says (the CLI passes its flags).
    public func words(_ error: ScenarioError, naming name: (WhatIfInput) -> String) -> String {
        switch error {
        case .fileNotFound(let path): say(nb: "\(path): filen finnes ikke", en: "\(path): no such file")
        case .notAFile(let path): say(nb: "\(path): er en mappe, ikke en scenariofil", en: "\(path): is a directory, not a scenario file")
        case .unreadable(let path, let reason): say(nb: "\(path): kan ikke leses: \(words(reason))", en: "\(path): cannot read: \(reason)")
        case .fileTooLarge(let path, let bytes):
            say(nb: "\(path): filen er \(figure(bytes)) byte; scenariofiler er begrenset til \(figure(ScenarioLimits.maximumFileBytes)) byte",
                en: "\(path): file is \(bytes) bytes; scenario files are limited to \(ScenarioLimits.maximumFileBytes) bytes")
        case .syntax(let at, let reason): "\(at): \(words(reason))"
        case .file(let at, let reason): "\(at): \(words(reason))"
        case .extendsCycle(let chain):
            say(nb: "extends går i ring: \(chain.joined(separator: " -> "))", en: "extends cycle: \(chain.joined(separator: " -> "))")
        case .extendsTooDeep(let chain):
            say(nb: "\(chain.last ?? ""): extends-kjeden er lengre enn \(ScenarioLimits.maximumExtendsDepth) filer (\(chain.first ?? "") -> ... -> \(chain.last ?? ""))",
                en: "\(chain.last ?? ""): extends chain deeper than \(ScenarioLimits.maximumExtendsDepth) files (\(chain.first ?? "") -> ... -> \(chain.last ?? ""))")
        case .badWhatIf(let input, let subject, let reason): "\(name(input))\(subject.map { " \($0)" } ?? ""): \(words(reason))"
        case .operation(let at, let reason): at.map { "\($0): \(words(reason))" } ?? words(reason)
        case .noMatchWhenStrict(let w): (w.origin.map { "\($0): " } ?? "") + "\(warningMessage(w)) (\(name(.strict)))"
        case .payerKeys(let reason): "\(name(.payers)): \(words(reason))"
        case .outsideFolder(let at, let path):
            say(nb: "\(at): extends: '\(path)' er ikke en fil i mappen som vises", en: "\(at): extends: '\(path)' is not a file in the folder served")
        }
    }

    /// A totals request that cannot give what was asked, as one line.
    public func words(_ error: TotalsRequestError) -> String {
        switch error {
        case .noPayerKeys(let s): noPayerKeys(s)
        }
    }

    /// A file that cannot be verified at all, as one line.
    /// Why a file or folder cannot be read; the system's own words for a failure of no known kind.
    public func words(_ reason: UnreadableReason) -> String {
        switch reason {
        case .permissionDenied: say(nb: "mangler lesetilgang", en: reason.description)
        case .danglingLink(let target): say(nb: "symbolsk lenke til '\(target)', som ikke finnes", en: reason.description)
        case .folderNotListed: say(nb: "kan ikke liste mappen", en: reason.description)
        case .noScenarioFiles: say(nb: "mappen har ingen scenariofiler (*.toml)", en: reason.description)
        case .inputOutput: say(nb: "inn-/utdatafeil", en: reason.description)
        case .system(let text): text
        }
    }

    public func words(_ error: VerifyError) -> String {
        switch error {
        case .noPublishedSums(let file):
            say(nb: "\(file): har ingen [published_sums] å kontrollere mot", en: "\(file): has no [published_sums] to verify against")
        }
    }

    /// A key missing, unknown or of the wrong type, or a number that is no amount, in a
    /// scenario file: the part of the line after its place.
    public func words(_ reason: ScenarioFileReason) -> String {
        let en = reason.description
        return switch reason {
        case .missingKey(let key, let place): say(nb: "\(words(place)) mangler den påkrevde nøkkelen '\(key)'", en: en)
        case .unknownKey(let key, let place, let suggestion):
            say(nb: "ukjent nøkkel '\(key)' i \(words(place))\(didYouMean(suggestion))", en: en)
        case .wrongType(let subject, let expected, let found):
            say(nb: "\(words(subject)) må \(words(expected)), fant \(words(found))", en: en)
        case .notFinite(let subject, let text): say(nb: "\(words(subject)) er '\(text)', ikke et endelig beløp", en: en)
        case .integerOutOfRange(let subject, let text): say(nb: "\(words(subject)) '\(text)' er utenfor gyldig område", en: en)
        case .notADecimal(let subject, let failure): say(nb: "\(words(subject)): \(words(failure))", en: en)
        case .notArrayOfTables(let key, let found):
            say(nb: "'\(key)' må være en tabellrekke ([[\(key)]]), fant \(words(found))", en: en)
        case .entryNotTable(let key, let found): say(nb: "hver oppføring i '\(key)' må være en tabell, fant \(words(found))", en: en)
        case .yearOutsideTable(let year, let span): say(nb: "året \(year) er utenfor tabellens år \(yearSpan(span))", en: en)
        case .summedYearOutside(let year, let horizon, let span):
            say(nb: "det summerte året \(year) er ikke blant \(horizon ? "horisontens" : "tabellens") år \(yearSpan(span))", en: en)
        case .keyNotAYear(let key, let rate): say(nb: "\(rate ? "satsnøkkelen" : "cellenøkkelen") '\(key)' er ikke et år", en: en)
        case .unknownName(let kind, let name, let suggestion):
            say(nb: "ukjent \(kind == .solution ? "løsning" : "betingelse") '\(name)'\(didYouMean(suggestion))", en: en)
        case .precisionNotPowerOfTen(let p):
            say(nb: "presisjonen \(figure(p)) er ikke en tierpotens som 1, 0,1 eller 0,001", en: en)
        case .notAYearRange(let text, let example): say(nb: "'\(text)' er ikke et årsintervall som \"\(example)\"", en: en)
        case .setup(let r): words(r)
        case .line(let r): words(r)
        case .condition(let r): words(r)
        case .operationEntry(let r): words(r)
        case .uncertainty(let r): words(r)
        case .payers(let r): words(r)
        }
    }

    /// A table of a scenario file, as messages name it.
    public func words(_ place: ScenarioFileReason.TablePlace) -> String {
        switch place {
        case .file: say(nb: "filen", en: place.description)
        case .named(let name): name
        case .addedLine: say(nb: "den tilføyde linjen", en: place.description)
        case .cell(let year): say(nb: "cellen for \(year)", en: place.description)
        case .selector: say(nb: "utvalget", en: place.description)
        }
    }

    /// The value a scenario file reason is about.
    public func words(_ subject: ScenarioFileReason.ValueSubject) -> String {
        let en = subject.description
        return switch subject {
        case .key(let key, let place): say(nb: "'\(key)' i \(words(place))", en: en)
        case .item(let key, let place): say(nb: "et element i '\(key)' i \(words(place))", en: en)
        case .bareKey: en
        case .scaleFactor: say(nb: "skaleringsfaktoren", en: en)
        case .shift: say(nb: "forskyvningen", en: en)
        case .rate(let year): say(nb: "satsen for \(year)", en: en)
        case .share(let of): say(nb: "andelen til \(of)", en: en)
        case .baseline(let of, let year): say(nb: "driftsgrunnlaget for '\(of)' i \(year)", en: en)
        case .publishedSum(let year): say(nb: "den publiserte summen for \(year)", en: en)
        case .probability(let of): say(nb: "sannsynligheten for \(of)", en: en)
        case .amount(let year): say(nb: "beløpet for \(year)", en: en)
        }
    }

    /// What a value of a scenario file should have been, after "must" / "må".
    public func words(_ expected: ScenarioFileReason.ExpectedValue) -> String {
        let en = expected.description
        return switch expected {
        case .string: say(nb: "være tekst", en: en)
        case .number: say(nb: "være et tall", en: en)
        case .wholeNumber: say(nb: "være et heltall", en: en)
        case .boolean: say(nb: "være true eller false", en: en)
        case .stringOrStrings: say(nb: "være tekst eller en liste med tekster", en: en)
        case .strings: say(nb: "bare inneholde tekster", en: en)
        case .years: say(nb: "være en liste med år", en: en)
        case .table: say(nb: "være en tabell", en: en)
        }
    }

    /// The type of a value found in a scenario file.
    public func words(_ kind: ScenarioFileReason.ValueKind) -> String {
        let en = kind.description
        return switch kind {
        case .string: say(nb: "tekst", en: en)
        case .number: say(nb: "et tall", en: en)
        case .boolean: say(nb: "en sannhetsverdi", en: en)
        case .date: say(nb: "en dato", en: en)
        case .list: say(nb: "en liste", en: en)
        case .table: say(nb: "en tabell", en: en)
        }
    }

    /// Why a number is no exact decimal.
    public func words(_ failure: ExactDecimal.ParseFailure) -> String {
        let en = failure.description
        return switch failure {
        case .notANumber(let t): say(nb: "'\(t)' er ikke et desimaltall", en: en)
        case .nonFinite(let t): say(nb: "'\(t)' er ikke et endelig beløp", en: en)
        case .outOfRange(let t): say(nb: "'\(t)' er utenfor gyldig område (høyst 18 gjeldende sifre og 18 desimaler)", en: en)
        }
    }
}
