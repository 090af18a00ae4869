/// `dfcost import --help`.
public struct ImportHelpWords: Sendable, Hashable {
    public var abstract: String
    public var discussion: String
    public var file: String
    public var sheet: String
    public var like: String
    public var strict: String
    public var locale: String
    public var output: String

    public static let norwegian = ImportHelpWords(
        abstract: "Les en D&F-tabell som er ført i en Excel-arbeidsbok (.xlsx), CSV eller tabulatordelt tekst, og skriv den som en scenariofil (TOML).",
        discussion: """
            Leser oppsettet til `dfcost totals --format csv` (begge variantene) og oppsettet til \
            rapporten og regneark: løsningsoverskrifter som rader uten tall, en overskriftsrad med \
            årene (Tiltak;Del;2022;...), celler som 9,5  (14)  -12 *  −4 (og - eller – for en tom celle), en Sum-rad som tas som de \
            publiserte summene og kontrolleres mot linjene (det samme gjør delsumrader som «Sum E-resept»; \
            en advarsel når det ikke er noen Sum-rad), og fotnoter som «* Er avhengig av full utfasing av FM.» som blir \
            betingelser. Skilletegn: tabulator, ';' eller ','. Avslutter med 65 og fil:linje:kolonne for et felt som \
            ikke kan leses.

            En .xlsx-arbeidsbok leses på samme måte fra ett ark (--sheet, ellers det eneste arket, \
            ellers det som har en overskriftsrad med år): delte og innebygde tekster, tall, formler \
            etter de lagrede verdiene, flettede løsningsoverskrifter, tall lagret som tekst. Et tall som vises \
            i parentes er dekket internt, unntatt et negativt tall som tallformatets negative \
            del viser i parentes (regnskapsformat): det er et negativt tall. Feil navngir \
            cellen (tabell.xlsx:Ark1!D7). Hver zip-oppføring kan pakkes ut til høyst 64 MB.
            """,
        file: "Tabellen: .xlsx, .csv eller tabulatordelt tekst.",
        sheet: "Arket i en .xlsx-arbeidsbok som skal leses (standard: det eneste arket, eller det som har en overskriftsrad med år).",
        like: "Scenariofilen fra forrige runde: bruk linje-id-ene, merkene, betingelsenes id-er og løsningenes id-er derfra for linjene som stemmer overens (løsning + tiltak + del, uten hensyn til store og små bokstaver og mellomrom); kvitteringen lister linjene som ikke gjør det.",
        strict: "Gjør hver advarsel i kvitteringen til en feil (avslutter med 65): ingen Sum-rad, et år Sum-raden lar stå tomt, en fotnote ingen celle har merket til, tekst lest som Windows-1252, en linje --like ikke finner igjen eller en linje fra forrige runde som mangler. (Et merke uten fotnote er alltid en feil.)",
        locale: "Språket i kvitteringen på standard feil: 'nb' eller 'en'.",
        output: "Skriv scenariofilen hit, atomisk (standard: standard ut).")
    public static let english = ImportHelpWords(
        abstract: "Read a D&F table kept as an Excel workbook (.xlsx), CSV or tab-separated text and write it as a scenario file (TOML).",
        discussion: """
            Reads the layout of `dfcost totals --format csv` (either dialect) and the layout of the \
            report and spreadsheets: solution headings as rows without numbers, a header row with the \
            years (Tiltak;Del;2022;...), cells such as 9,5  (14)  -12 *  −4 (and - or – for an empty cell), a Sum row taken as the \
            published sums and checked against the lines (as are subtotal rows such as "Sum E-resept"; \
            a warning when there is no Sum row), and footnotes such as "* Er avhengig av full utfasing av FM." that become \
            conditions. Separators: tab, ';' or ','. Exit 65 with file:line:column on a field that \
            cannot be read.

            An .xlsx workbook is read the same way from one sheet (--sheet, else the only sheet, \
            else the one whose header row has years): shared and inline strings, numbers, formulas \
            by their saved values, merged solution headings, numbers stored as text. A number shown \
            in parentheses is internal, except a negative number that the number format's negative \
            section shows in parentheses (accounting style): that is a negative number. Errors name \
            the cell (tabell.xlsx:Ark1!D7). Each zip entry may inflate to at most 64 MB.
            """,
        file: "The table: .xlsx, .csv or tab-separated text.",
        sheet: "The sheet of an .xlsx workbook to read (default: the only sheet, or the one whose header row has years).",
        like: "The previous round's scenario file: reuse its line ids, tags, condition ids and solution ids for the lines that match (solution + tiltak + del, case and spaces ignored); the receipt lists the lines that do not.",
        strict: "Make every warning of the receipt an error (exit 65): no Sum row, a year the Sum row leaves blank, a footnote whose mark no cell carries, text read as Windows-1252, a line --like does not match, or a line of the previous round the table lacks. (A mark no footnote explains is an error without --strict too.)",
        locale: "Language of the receipt on standard error: nb or en.",
        output: "Write the scenario file here, atomically (default: standard output).")
}
