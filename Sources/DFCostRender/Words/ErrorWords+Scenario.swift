import DFCostApp
import DFCostScenario

/// The words of the scenario's errors (``ScenarioError``, ``TotalsRequestError``,
/// ``VerifyError``), Norwegian and English. See ``Language/say(nb:en:)``.
///
/// The cases that carry the library's own message (`syntax`, `invalid`, `badWhatIf`, `operation`,
/// `payerKeys`) keep it as the library gives it, after the place; `noMatchWhenStrict` is the
/// engine's warning, worded as warnings are (`WarningLabels`).
extension Language {
    /// A scenario that could not be read or applied, as one line with its place first; each
    /// request input named as `name` says (the CLI passes its flags).
    public func words(_ error: ScenarioError, naming name: (WhatIfInput) -> String) -> String {
        switch error {
        case .fileNotFound(let path): say(nb: "\(path): filen finnes ikke", en: "\(path): no such file")
        case .notAFile(let path): say(nb: "\(path): er en mappe, ikke en scenariofil", en: "\(path): is a directory, not a scenario file")
        case .unreadable(let path, let reason): say(nb: "\(path): kan ikke leses: \(reason)", en: "\(path): cannot read: \(reason)")
        case .fileTooLarge(let path, let bytes):
            say(nb: "\(path): filen er \(bytes) byte; scenariofiler er begrenset til \(ScenarioLimits.maximumFileBytes) byte",
                en: "\(path): file is \(bytes) bytes; scenario files are limited to \(ScenarioLimits.maximumFileBytes) bytes")
        case .syntax(let at, let message), .invalid(let at, let message): "\(at): \(message)"
        case .extendsCycle(let chain):
            say(nb: "extends går i ring: \(chain.joined(separator: " -> "))", en: "extends cycle: \(chain.joined(separator: " -> "))")
        case .extendsTooDeep(let chain):
            say(nb: "\(chain.last ?? ""): extends-kjeden er lengre enn \(ScenarioLimits.maximumExtendsDepth) filer (\(chain.first ?? "") -> ... -> \(chain.last ?? ""))",
                en: "\(chain.last ?? ""): extends chain deeper than \(ScenarioLimits.maximumExtendsDepth) files (\(chain.first ?? "") -> ... -> \(chain.last ?? ""))")
        case .badWhatIf(let input, let subject, let message): "\(name(input))\(subject.map { " \($0)" } ?? ""): \(message)"
        case .operation(let at, let message): at.map { "\($0): \(message)" } ?? message
        case .noMatchWhenStrict(let w): (w.origin.map { "\($0): " } ?? "") + "\(warningMessage(w)) (\(name(.strict)))"
        case .payerKeys(let message): "\(name(.payers)): \(message)"
        }
    }

    /// A totals request that cannot give what was asked, as one line.
    public func words(_ error: TotalsRequestError) -> String {
        switch error {
        case .noPayerKeys(let s): noPayerKeys(s)
        }
    }

    /// A file that cannot be verified at all, as one line.
    public func words(_ error: VerifyError) -> String {
        switch error {
        case .noPublishedSums(let file):
            say(nb: "\(file): har ingen [published_sums] å kontrollere mot", en: "\(file): has no [published_sums] to verify against")
        }
    }
}
