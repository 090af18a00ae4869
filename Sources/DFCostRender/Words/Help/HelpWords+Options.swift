/// The help of the options several commands share: output (format, language, CSV dialect,
/// destination), the what-ifs, the size and seed of a simulation, and the CI reports.
public struct SharedOptionHelpWords: Sendable, Hashable {
    // Output.
    public var tableFormat: String
    public var textFormat: String
    public var locale: String
    public var csv: String
    public var output: String
    // What-ifs.
    public var condition: String
    public var scale: String
    public var shift: String
    public var set: String
    public var add: String
    public var remove: String
    public var index: String
    public var strict: String
    // A simulation's run.
    public var trials: String
    public var seed: String
    public var threads: String
    public var sampling: String
    // CI reports (verify, compare --fail-on-change).
    public var ciReports: String
    public var junit: String
    public var annotations: String

    public static let norwegian = SharedOptionHelpWords(
        tableFormat: "Utdataformat: 'text', 'markdown', 'csv', 'json' eller 'xlsx' (en Excel-arbeidsbok med formler; for `totals` og `compare`, med -o).",
        textFormat: "Utdataformat: 'text', 'markdown', 'csv' eller 'json'.",
        locale: "Språk og tallformat i formatene som leses av mennesker: 'nb' (norsk, 21,5) eller 'en' (engelsk, med desimalpunktum).",
        csv: "CSV-variant: 'excel' (semikolon, desimalkomma, BOM; åpnes i norsk Excel) eller 'rfc4180'.",
        output: "Skriv til denne filen atomisk i stedet for til standard ut ('-' for standard ut).",
        condition: "Sett tilstanden til en betingelse: NAVN=full|none|delayed:N|share:S (f.eks. fm-phaseout=delayed:1). Kan gjentas.",
        scale: "Skaler de valgte cellene: VELGER=FAKTOR, f.eks. solution:e-resept=1,2, all=1,2, tag:pds@2025-2026=0,8. Kan gjentas.",
        shift: "Flytt de valgte cellene N år: VELGER=N, f.eks. tag:dokumentdeling=1. Felt i en velger: 'solution' (løsning), 'initiative' (tiltak), 'part' (del), 'line' (linje), 'tag' (merke), 'include_internal:true' (uten den lar --scale og --shift celler som er dekket internt stå som publisert); 'all' (alle linjer); eventuelt @ÅR eller @FRA-TIL. Kan gjentas. Hva om-endringene virker etter filenes operasjoner (--add, --set, --remove, --scale, --index, --shift, hver i den rekkefølgen de er gitt), og betingelsene virker etter alle sammen (Scenarios/README.md beskriver rekkefølgen).",
        set: "Sett én celle i de valgte linjene: VELGER@ÅR=CELLE skrevet som i tabellen, f.eks. line:pll-pll@2025=-12* eller line:mf-helse@2023=(5). Kan gjentas.",
        add: "Legg til en linje: id=X;solution=S;initiative=I[;part=P][;tags=a|b];ÅR=CELLE;... f.eks. 'id=nytt;solution=helsenorge;initiative=Nytt tiltak;2025=-5*;2026=3'. Kan gjentas.",
        remove: "Fjern de valgte linjene (eller, med @ÅR, cellene deres i de årene), f.eks. tag:dbep. Kan gjentas.",
        index: "Indekser til nominelle kroner: VELGER=BASISÅR:ÅR=SATS;..., satsene som andel (med desimalkomma skilt med ';', ellers med ','), én for hvert år etter basisåret fram til den siste indekserte cellen, f.eks. 'all=2023:2024=0,035;2025=0,03;2026=0,03'. Kan gjentas.",
        strict: "Gjør en operasjon som ikke treffer noen linje til en feil i stedet for en advarsel.",
        trials: "Antall trekninger (1 til 8\u{00A0}589\u{00A0}934\u{00A0}592).",
        seed: "Startverdi (seed) for tilfeldige tall; samme startverdi gir nøyaktig samme resultat.",
        threads: "Antall tråder (standard: alle kjernene). Resultatet avhenger ikke av det.",
        sampling: "Hvordan trekningene trekker hver faktor: 'plain' (uavhengige trekninger) eller 'lhs' (latinsk hyperkube: hver faktor trekkes én gang i hvert av like sannsynlige intervaller, standardfeil fra 10 uavhengige gjentak).",
        ciReports: "CI-rapporter",
        junit: "Skriv også en JUnit XML-rapport til denne filen (atomisk): én testsuite per scenariofil, ett testtilfelle per publisert år og per kontroll.",
        annotations: "Skriv også hver feil og hver mislykket kontroll som en CI-merknad på standard ut: 'github' (`::error file=F,line=L,col=C::melding`).")
    public static let english = SharedOptionHelpWords(
        tableFormat: "Output format: text, markdown, csv, json, or xlsx (an Excel workbook with formulas; totals and compare, with -o).",
        textFormat: "Output format: text, markdown, csv or json.",
        locale: "Language and number style of human formats: nb (21,5) or en (21.5).",
        csv: "CSV dialect: excel (semicolon, decimal comma, BOM; opens in Norwegian Excel) or rfc4180.",
        output: "Write to this file atomically instead of standard output ('-' for standard output).",
        condition: "Set a condition's state: NAME=full|none|delayed:N|share:S (e.g. fm-phaseout=delayed:1). Repeatable.",
        scale: "Scale selected cells: SELECTOR=FACTOR, e.g. solution:e-resept=1.2, all=1.2, tag:pds@2025-2026=0.8. Repeatable.",
        shift: "Move selected cells N years: SELECTOR=N, e.g. tag:dokumentdeling=1. Selector fields: solution, initiative, part, line, tag, include_internal:true (scale and shift leave internal cells as published without it); 'all'; optional @YEAR or @FROM-TO. Repeatable. What-ifs act after the files' operations (--add, --set, --remove, --scale, --index, --shift, each in the order given), and conditions act after all of them (Scenarios/README.md, Order of evaluation).",
        set: "Set one cell of the selected lines: SELECTOR@YEAR=CELL in the table's notation, e.g. line:pll-pll@2025=-12* or line:mf-helse@2023=(5). Repeatable.",
        add: "Add a line: id=X;solution=S;initiative=I[;part=P][;tags=a|b];YEAR=CELL;... e.g. 'id=nytt;solution=helsenorge;initiative=Nytt tiltak;2025=-5*;2026=3'. Repeatable.",
        remove: "Remove the selected lines (or, with @YEARS, their cells), e.g. tag:dbep. Repeatable.",
        index: "Index to nominal kroner: SELECTOR=BASE:YEAR=RATE,..., rates as fractions, one for every year after the base year up to the last indexed cell, e.g. all=2023:2024=0.035,2025=0.03,2026=0.03. Repeatable.",
        strict: "Treat an operation that matches no line as an error, not a warning.",
        trials: "Number of trials (1 to 8 589 934 592).",
        seed: "Random seed; the same seed reproduces the result exactly.",
        threads: "Worker threads (default: every core). The result does not depend on it.",
        sampling: "How the trials sample each factor: plain (independent draws) or lhs (Latin hypercube: each factor's draws one per stratum, standard errors from 10 independent replicates).",
        ciReports: "CI reports",
        junit: "Also write a JUnit XML report to this file (atomically): one test suite per scenario file, one test case per published year and per check.",
        annotations: "Also print each error and failed check as a CI annotation on standard output: 'github' (::error file=F,line=L,col=C::message).")
}
