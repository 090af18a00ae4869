import DFCostApp
import DFCostImport
import DFCostScenario

/// The words of the import's errors (``ImportError``), Norwegian and English. See
/// ``Language/say(nb:en:)``. The table's and workbook's reasons are worded in
/// `ErrorWords+TableImport.swift` and `ErrorWords+Workbook.swift`, after their place.
extension Language {
    /// A table that could not be imported, as one line with its place first; `sheet` and `like`
    /// are how the front end names the choice of a sheet and the previous round (the CLI:
    /// `--sheet`, `--like`).
    public func words(_ error: ImportError, sheet: String, like: String, scenario: (ScenarioError) -> String) -> String {
        switch error {
        case .workbook(let e):
            words(e, scenario: scenario) + (e.sheets.map {
                say(nb: "; velg ett med \(sheet) (ark: \($0))", en: "; choose one with \(sheet) (sheets: \($0))")
            } ?? "")
        case .table(let e): "\(e.origin): \(words(e.reason, scenario: scenario))"
        case .sheetOfText(let file):
            say(nb: "\(sheet): \(file) er tekst, ikke en .xlsx-arbeidsbok; \(sheet) gjelder bare arbeidsbøker",
                en: "\(sheet): \(file) is text, not an .xlsx workbook; \(sheet) applies to workbooks only")
        case .unfinished(let place, let reason): "\(place): \(words(reason, scenario: scenario))"
        case .previousRound(let e):
            say(nb: "\(like): \(scenario(e)) (\(like) tar forrige rundes scenariofil, .toml)",
                en: "\(like): \(scenario(e)) (\(like) takes the previous round's scenario file, .toml)")
        }
    }
}
