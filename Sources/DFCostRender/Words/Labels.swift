/// Every word the renderers print, in Norwegian (the table's own language, the default) or English.
///
/// This is the one place for output words: a renderer takes its words from here and adds only
/// numbers, ids, names from the scenario files and symbols. Templates hold their numbers as
/// `{name}` placeholders, filled in by ``fill(_:_:)``. Ids, condition states (`full`, `none`,
/// `delayed:N`, `share:S`) and operation labels (`remove [tag:dbep]`) are file syntax and are
/// printed as written in either language.
public struct Labels: Sendable, Hashable {
    // The TBU table.
    public var line: String
    public var sum: String
    public var sumRounded: String
    public var cumulative: String
    public var subtotal: String
    public var internalNote: String
    public var source: String
    /// "per 2023-10" after the source.
    public var asOf: String
    public var scenario: String
    public var excluded: String
    public var beyondHorizon: String
    public var conditions: String
    public var year: String
    public var computed: String
    public var published: String

    /// Who pays (`--by payer`).
    public var payers: PayerLabels
    /// `dfcost compare` and the report's comparisons.
    public var comparison: ComparisonLabels
    /// `dfcost compare` side by side (several scenarios or rounds).
    public var rounds: RoundLabels
    /// Why a cell was set aside or changed (the engine's reasons, worded here).
    public var reasons: ReasonLabels
    /// `dfcost simulate` and the report's uncertainty section.
    public var simulation: SimulationLabels
    /// `dfcost verify`.
    public var verification: VerificationLabels
    /// The report's headings, chart titles and descriptions.
    public var report: ReportLabels
    /// The engine's warnings (an operation that matched nothing, an index rate like a percent).
    public var warnings: WarningLabels = .norwegian

    public static let norwegian = Labels(
        line: "Løsning / tiltak / del", sum: "Sum", sumRounded: "Sum, avrundet", cumulative: "Kumulativt nivå",
        subtotal: "Sum", internalNote: "Tall i parentes ble dekket internt av tiltakseier og er ikke summert.",
        source: "Kilde", asOf: "per", scenario: "Scenario",
        excluded: "Holdt utenfor summene", beyondHorizon: "Flyttet utenfor tidshorisonten",
        conditions: "Betingelser", year: "År", computed: "Beregnet", published: "Publisert",
        payers: .norwegian, comparison: .norwegian, rounds: .norwegian, reasons: .norwegian, simulation: .norwegian,
        verification: .norwegian, report: .norwegian)
    public static let english = Labels(
        line: "Solution / initiative / part", sum: "Sum", sumRounded: "Sum, rounded", cumulative: "Cumulative level",
        subtotal: "Sum", internalNote: "Figures in parentheses were covered internally by the initiative's owner and are not summed.",
        source: "Source", asOf: "as of", scenario: "Scenario",
        excluded: "Set aside from the sums", beyondHorizon: "Moved beyond the horizon",
        conditions: "Conditions", year: "Year", computed: "Computed", published: "Published",
        payers: .english, comparison: .english, rounds: .english, reasons: .english, simulation: .english,
        verification: .english, report: .english, warnings: .english)

    /// A template with its `{name}` placeholders replaced. `{name|one|other}` is the noun after a
    /// count: `one` when the value of `name` is 1 ("1 trekning"), `other` for any other count
    /// ("2 trekninger", "1 000 trekninger"), so each table holds both forms of its nouns.
    public static func fill(_ template: String, _ values: [String: String]) -> String {
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else {
                out += rest[open...]
                return out
            }
            let name = String(rest[rest.index(after: open)..<close])
            out += value(of: name, in: values) ?? String(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// A placeholder's text: the value, or for `count|one|other` the noun that agrees with it.
    static func value(of placeholder: String, in values: [String: String]) -> String? {
        let parts = placeholder.split(separator: "|", omittingEmptySubsequences: false)
        guard parts.count == 3 else { return values[placeholder] }
        guard let count = values[String(parts[0])] else { return nil }
        return isOne(count) ? String(parts[1]) : String(parts[2])
    }

    /// True for a count written as one ("1", "+1", "-1", "−1").
    static func isOne(_ count: String) -> Bool {
        count.drop(while: { "+-\u{2212}".contains($0) }) == "1"
    }
}

/// The words of each payer's part.
public struct PayerLabels: Sendable, Hashable {
    public var heading: String
    public var payer: String
    public var exact: String
    public var rounded: String
    public var cumulative: String
    public var roundingNote: String
    public var assumption: String
    /// Heading of `simulate --by payer`.
    public var simulationHeading: String
    /// Under `simulate --by payer`'s table: what its Sum row is.
    public var simulationSumNote: String

    public static let norwegian = PayerLabels(
        heading: "Fordeling på betalere (MNOK)", payer: "Betaler", exact: "eksakt", rounded: "avrundet", cumulative: "kumulativt",
        roundingNote: "Avrundede andeler summerer til avrundet sum (største brøkdels metode, Hamiltons metode).", assumption: "Antakelse",
        simulationHeading: "Fordeling på betalere, P50 og P85 per år (MNOK)",
        simulationSumNote: "Sum-raden er persentilene til betalernes sum i hver trekning; persentiler kan ikke legges sammen, så den er ikke summen av radene over.")
    public static let english = PayerLabels(
        heading: "Allocation to payers (MNOK)", payer: "Payer", exact: "exact", rounded: "rounded", cumulative: "cumulative",
        roundingNote: "Rounded parts add up to the rounded total (largest-remainder method).", assumption: "Assumption",
        simulationHeading: "Allocation to payers, P50 and P85 per year (MNOK)",
        simulationSumNote: "The Sum row is the percentiles of the payers' sum in each trial; percentiles do not add, so it is not the sum of the rows above.")
}

/// The words of a comparison of two scenarios.
public struct ComparisonLabels: Sendable, Hashable {
    public var delta: String
    public var total: String
    public var solution: String
    public var payer: String
    /// Header of the table of shown and summed years.
    public var tableYears: String
    public var shown: String
    public var summed: String
    public var condition: String
    public var line: String
    public var change: String
    public var why: String
    public var setAside: String
    public var nothingDiffers: String
    // How a line or cell differs.
    public var added: String
    public var removed: String
    /// "renamed from {was}": the same line under another id or label.
    public var renamed: String
    /// "solution changed from {solution}": the same line in another solution.
    public var solutionChanged: String
    public var amount: String
    public var internalAmount: String
    public var becameInternal: String
    public var becameCounted: String
    public var conditionsChanged: String
    public var internalFlag: String
    public var cell: String
    // The lists a set-aside cell is in.
    public var excluded: String
    public var beyondHorizon: String
    // The sides, for CSV headers and "base: ..." reasons.
    public var base: String
    public var other: String
    /// When two scenarios keep the same name after their what-ifs and paths.
    public var sameScenario: String
    // CSV headers.
    public var kind: String
    public var key: String
    public var baseAmount: String
    public var otherAmount: String
    public var percent: String

    public static let norwegian = ComparisonLabels(
        delta: "endring", total: "totalt", solution: "løsning", payer: "betaler", tableYears: "tabellår", shown: "vist",
        summed: "summert", condition: "betingelse", line: "linje", change: "endringstype", why: "hvorfor",
        setAside: "holdt utenfor", nothingDiffers: "ingen forskjeller",
        added: "lagt til", removed: "fjernet", renamed: "omdøpt fra {was}", solutionChanged: "løsning endret fra {solution}", amount: "beløp", internalAmount: "internt beløp", becameInternal: "ble dekket internt",
        becameCounted: "ble summert", conditionsChanged: "betingelser", internalFlag: "internt", cell: "celle",
        excluded: "utelatt", beyondHorizon: "utenfor tidshorisonten", base: "grunnlag", other: "sammenlignet",
        sameScenario: "samme scenario", kind: "type", key: "nøkkel", baseAmount: "beløp grunnlag",
        otherAmount: "beløp sammenlignet", percent: "prosent")
    public static let english = ComparisonLabels(
        delta: "delta", total: "total", solution: "solution", payer: "payer", tableYears: "years", shown: "shown",
        summed: "summed", condition: "condition", line: "line", change: "change", why: "why",
        setAside: "set aside", nothingDiffers: "nothing differs",
        added: "added", removed: "removed", renamed: "renamed from {was}", solutionChanged: "solution changed from {solution}", amount: "amount", internalAmount: "internal amount", becameInternal: "became internal",
        becameCounted: "became counted", conditionsChanged: "conditions", internalFlag: "internal", cell: "cell",
        excluded: "excluded", beyondHorizon: "beyond horizon", base: "base", other: "other",
        sameScenario: "same scenario", kind: "kind", key: "key", baseAmount: "base_amount",
        otherAmount: "other_amount", percent: "percent")
}

/// The words of the engine's reasons: why a cell was set aside, moved or changed.
public struct ReasonLabels: Sendable, Hashable {
    /// "condition fm-phaseout=none".
    public var condition: String
    /// "removed by remove [tag:dbep]".
    public var removedBy: String
    /// "merged with the {year} piece".
    public var mergedWith: String
    public var writtenAt: String
    public var added: String
    public var commandLine: String
    public var internalCell: String
    /// "base: ..." (what made the cell in the base scenario).
    public var base: String
    /// How operations and condition states are worded; nil keeps the file notation
    /// (`scale ×1.2 [all]`, `delayed:1`), as machine formats do.
    public var operations: OperationLabels?

    public static let norwegian = ReasonLabels(
        condition: "betingelse", removedBy: "fjernet av",
        mergedWith: "slått sammen med delen fra {year}", writtenAt: "skrevet i", added: "lagt til",
        commandLine: "kommandolinjen", internalCell: "internt: dekket av tiltakseier", base: "grunnlag",
        operations: .norwegian)
    public static let english = ReasonLabels(
        condition: "condition", removedBy: "removed by",
        mergedWith: "merged with the {year} piece", writtenAt: "written at", added: "added",
        commandLine: "command line", internalCell: "internal: covered by the initiative's owner", base: "base",
        operations: .english)
}

/// The words of a Monte Carlo result.
public struct SimulationLabels: Sendable, Hashable {
    /// "Monte Carlo: {trials} {trials|trial|trials}, seed {seed} (MNOK; ...)".
    public var heading: String
    /// "Paired difference OTHER − BASE ...: {trials} trials, seed {seed} (MNOK)".
    public var pairedHeading: String
    public var trials: String
    public var seed: String
    public var column: String
    public var mean: String
    public var sd: String
    /// Suffix of a percentile's standard-error column in CSV: "P50_se".
    public var standardError: String
    public var cumulative: String
    public var total: String
    public var sensitivityHeading: String
    public var factor: String
    /// Factors left out of the tornado because nothing they multiply is summed.
    public var noEffect: String
    /// "no sensitivity: ... {factors} factors ... {needed} ... {trials}".
    public var sensitivityOmitted: String
    /// The first column of `--samples-out`: the trial's number.
    public var trial: String
    /// The prefix of a column of `--samples-out` holding differences: "endring 2025".
    public var difference: String

    public static let norwegian = SimulationLabels(
        heading: "Monte Carlo: {trials} {trials|trekning|trekninger}, startverdi (seed) {seed} (MNOK; persentilene er verdier som ikke overskrides, ± Monte Carlo-standardfeil)",
        pairedHeading: "Parvis differanse, sammenlignet scenario minus grunnlaget, på felles tilfeldige tall: {trials} {trials|trekning|trekninger}, startverdi {seed} (MNOK)",
        trials: "trekninger", seed: "startverdi", column: "resultat", mean: "forventningsverdi", sd: "standardavvik", standardError: " standardfeil",
        cumulative: "kumulativt", total: "totalt",
        sensitivityHeading: "Følsomhet for summen over perioden (største først): SRC = standardisert regresjonskoeffisient, ρ = Spearmans rangkorrelasjon",
        factor: "faktor", noEffect: "Uten virkning (linjene deres gir ikke noe til de summerte årene)",
        sensitivityOmitted: "Ingen følsomhet: regresjonen på {factors} {factors|faktor|faktorer} trenger flere enn {needed} {needed|trekning|trekninger}; {trials} ble kjørt",
        trial: "trekning", difference: "endring")
    public static let english = SimulationLabels(
        heading: "Monte Carlo: {trials} {trials|trial|trials}, seed {seed} (MNOK; percentiles are non-exceedance, ± Monte Carlo standard error)",
        pairedHeading: "Paired difference, the compared scenario minus the base, on common random numbers: {trials} {trials|trial|trials}, seed {seed} (MNOK)",
        trials: "trials", seed: "seed", column: "result", mean: "mean", sd: "sd", standardError: " standard error",
        cumulative: "cumulative", total: "total",
        sensitivityHeading: "Sensitivity of the horizon total (largest first): SRC = standardized regression coefficient, ρ = Spearman rank correlation",
        factor: "factor", noEffect: "No effect (their lines add nothing to the summed years)",
        sensitivityOmitted: "No sensitivity: the regression on {factors} {factors|factor|factors} needs more than {needed} {needed|trial|trials}; {trials} {trials|was|were} run",
        trial: "trial", difference: "delta")
}

/// The words of `dfcost verify`.
public struct VerificationLabels: Sendable, Hashable {
    public var year: String
    public var computed: String
    public var rounded: String
    public var published: String
    public var ok: String
    public var mismatch: String
    public var outsideHorizon: String
    public var passed: String
    public var failed: String
    /// "sums rounded to {precision} MNOK, half away from zero", for a precision other than 1.
    public var method: String
    /// "sums rounded to whole MNOK, half away from zero", for precision 1.
    public var methodWhole: String
    /// "{year}: computed {computed} rounds to {rounded}, published {published}".
    public var difference: String
    public var nothing: String
    /// "published years outside the horizon: {years} ({summed}; not compared)".
    public var publishedOutside: String
    /// "the table sums {years}".
    public var tableSums: String
    public var tableSumsNoYear: String
    /// "no published year is summed ({summed}): nothing to verify".
    public var nothingToVerify: String
    /// The summary after several files: "{command}: {count} files: " and its parts.
    public var summaryFiles: String
    public var summaryOneFile: String
    /// "{count} OK".
    public var summaryOK: String
    /// "{count} not verified ({files})".
    public var summaryNotVerified: String
    /// Every file given was read but none was compared: verify fails (exit 1) rather than pass
    /// a CI job that checked nothing.
    public var nothingVerified: String
    /// "{count} FAILED ({files})".
    public var summaryFailed: String
    /// "{count} could not be checked ({files})".
    public var summaryErred: String

    public static let norwegian = VerificationLabels(
        year: "år", computed: "beregnet", rounded: "avrundet", published: "publisert", ok: "ok", mismatch: "AVVIK",
        outsideHorizon: "utenfor tidshorisonten", passed: "OK", failed: "AVVIK",
        method: "summer avrundet til {precision} MNOK, halvt bort fra null",
        methodWhole: "summer avrundet til hele MNOK, halvt bort fra null",
        difference: "{year}: beregnet {computed} avrundes til {rounded}, publisert {published}", nothing: "ingenting",
        publishedOutside: "publiserte år utenfor tidshorisonten: {years} ({summed}; ikke sammenlignet)",
        tableSums: "tabellen summerer {years}", tableSumsNoYear: "tabellen summerer ingen år",
        nothingToVerify: "ingen publiserte år summeres ({summed}): ingenting å kontrollere",
        summaryFiles: "{command}: {count} {count|fil|filer}: ", summaryOneFile: "{command}: 1 fil: ", summaryOK: "{count} OK",
        summaryNotVerified: "{count} ikke kontrollert ({files})", nothingVerified: "verify: ingen publiserte summer ble kontrollert; gi en fil med egne [published_sums], for eksempel den publiserte tabellen", summaryFailed: "{count} AVVIK ({files})",
        summaryErred: "{count} kunne ikke kontrolleres ({files})")
    public static let english = VerificationLabels(
        year: "year", computed: "computed", rounded: "rounded", published: "published", ok: "ok", mismatch: "MISMATCH",
        outsideHorizon: "outside the horizon", passed: "OK", failed: "FAILED",
        method: "sums rounded to {precision} MNOK, half away from zero",
        methodWhole: "sums rounded to whole MNOK, half away from zero",
        difference: "{year}: computed {computed} rounds to {rounded}, published {published}", nothing: "nothing",
        publishedOutside: "published years outside the horizon: {years} ({summed}; not compared)",
        tableSums: "the table sums {years}", tableSumsNoYear: "the table sums no year",
        nothingToVerify: "no published year is summed ({summed}): nothing to verify",
        summaryFiles: "{command}: {count} {count|file|files}: ", summaryOneFile: "{command}: 1 file: ", summaryOK: "{count} OK",
        summaryNotVerified: "{count} not verified ({files})", nothingVerified: "verify: no published sums were verified; give a file with [published_sums] of its own, such as the published table", summaryFailed: "{count} FAILED ({files})",
        summaryErred: "{count} could not be checked ({files})")
}

/// The language and number style of human output.
public enum Language: String, Sendable, Hashable, CaseIterable {
    case nb
    case en

    public var numbers: NumberStyle { self == .nb ? .norwegian : .english }
    public var labels: Labels { self == .nb ? .norwegian : .english }
    /// A count in this language's number style ("20 000" / "20,000"); see ``NumberStyle/count(_:)``.
    public func count(_ n: some BinaryInteger) -> String { numbers.count(n) }
}

extension String {
    /// The text with its first letter in upper case ("deterministic base" -> "Deterministic base").
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
