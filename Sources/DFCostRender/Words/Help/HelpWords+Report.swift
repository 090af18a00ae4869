/// `dfcost report --help`.
public struct ReportHelpWords: Sendable, Hashable {
    public var abstract: String
    public var discussion: String
    public var file: String
    public var compare: String
    public var against: String
    public var simulate: String
    /// The title of the simulation options' group.
    public var simulationTitle: String
    public var format: String
    public var locale: String
    public var csv: String
    public var by: String

    public static let norwegian = ReportHelpWords(
        abstract: "Én rapport med tabellen, diagrammene, sammenligninger med andre scenarioer (side om side, slik `dfcost compare` viser dem, med mer enn én --compare eller en annen runde av tabellen) og (med --simulate) usikkerheten.",
        discussion: """
            --format html skriver én selvstendig side (uten nettverk og skript): tabellen og innebygde SVG-\
            diagrammer, hvert med en beskrivelse og datatabellen sin, som kan skrives ut på A4. --format csv skriver den \
            samme rapporten som ett ark for et regneark: tabellen slik den er publisert, dataene til hvert diagram, \
            sammenligningene og simuleringens statistikk, KS2-oppstillingen og følsomheten, hver del \
            under en overskrift. --format xlsx -o FIL.xlsx skriver en arbeidsbok: tabellen med summene som \
            formler, ett ark per sammenlignet scenario og ett med endringene, og med --simulate et ark \
            med persentiler, KS2-oppstillingen og følsomheten. Ord og tall er norske ("21,5", "1 250", "−4") med mindre `--locale en` er gitt.
            """,
        file: "En scenariofil (TOML).",
        compare: "Et annet scenario å sammenligne <fil> med (kan gjentas).",
        against: "Med mer enn én --compare-fil (vist side om side, en kolonne hver): sammenlign hver kolonne med den første ('first', standard) eller den forrige ('previous').",
        simulate: "Simuler scenarioets [[uncertainty]]: kumulativt nivå med usikkerhet, S-kurve, tornadodiagram.",
        simulationTitle: "Simulering (med --simulate)",
        format: "Utdataformat: 'html', 'markdown', 'text', 'csv', 'json' eller 'xlsx' (en Excel-arbeidsbok med formler, med -o).",
        locale: "Språk og tallformat: 'nb' (norsk, 21,5) eller 'en' (engelsk, med desimalpunktum).",
        csv: "CSV-variant: 'excel' (semikolon, desimalkomma, BOM) eller 'rfc4180'.",
        by: "Del opp etter 'payer': hver betalers del per år, etter scenarioets betalernøkler; etter 'initiative': summen for hvert tiltak (delene lagt sammen).")
    public static let english = ReportHelpWords(
        abstract: "One report of the table, its charts, comparisons with other scenarios (side by side, as compare shows them, with two or more --compare or another round of the table) and (with --simulate) its uncertainty.",
        discussion: """
            --format html writes one self-contained page (no network, no scripts): the table, inline SVG \
            charts each with a description and its data table, printable on A4. --format csv writes the \
            same report as one sheet for a spreadsheet: the table as published, every chart's data, \
            comparisons and the simulation's statistics, KS2 breakdown and sensitivities, each section \
            under a heading. --format xlsx -o FILE.xlsx writes a workbook: the table with its sums as \
            formulas, a sheet per compared scenario and one of the changes, and with --simulate a sheet \
            of percentiles, the KS2 breakdown and sensitivities. Words and numbers are Norwegian ("21,5", "1 250", "−4") unless --locale en.
            """,
        file: "A scenario file (TOML).",
        compare: "Another scenario to compare with FILE (repeatable).",
        against: "With two or more --compare files (shown side by side, a column each): compare each column with the 'first' (default) or the 'previous' column.",
        simulate: "Simulate the scenario's [[uncertainty]]: fan chart, S-curve, tornado.",
        simulationTitle: "Simulation (with --simulate)",
        format: "Output format: html, markdown, text, csv, json, or xlsx (an Excel workbook with formulas, with -o).",
        locale: "Language and number style: nb (21,5) or en (21.5).",
        csv: "CSV dialect: excel (semicolon, decimal comma, BOM) or rfc4180.",
        by: "Break down by 'payer': each payer's part per year, by the scenario's payer keys; by 'initiative': each initiative's subtotal (tiltak, its parts summed).")
}
