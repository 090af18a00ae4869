/// `dfcost sweep --help`, with its table of `--vary` examples (help-test.py runs each row).
public struct SweepHelpWords: Sendable, Hashable {
    public var abstract: String
    public var discussion: String
    public var base: String
    public var vary: String
    public var csv: String
    public var output: String
    public var locale: String

    public static let norwegian = SweepHelpWords(
        abstract: "Kjør hver kombinasjon av noen få parametere som varieres; én CSV-rad per kombinasjon med årssummene.",
        discussion: """
            --vary tar TYPE:MÅL=VERDIER:
              condition:fm-phaseout=delayed:0..3          hver utsettelse fra 0 til 3 år
              condition:fm-phaseout=full|none|share:0,5   tilstandene som er listet
              scale:solution:e-resept=0,8..1,5:0,1        faktorer fra 0,8 til 1,5 i steg på 0,1
              shift:tag:dokumentdeling=0..1               utsettelser i år (en celle flyttet forbi tabellens siste år er en feil)
            Den første --vary varieres langsomst. Summene er eksakte.
            """,
        base: "Grunnscenarioet (en scenariofil).",
        vary: "En parameter som varieres (kan gjentas); se over.",
        csv: "CSV-variant: 'rfc4180' (standard her: komma, desimalpunktum) eller 'excel'.",
        output: "Skriv til denne filen atomisk i stedet for til standard ut.",
        locale: "Språket i advarslene: 'nb' eller 'en'. (Tallene i CSV-en følger --csv.)")
    public static let english = SweepHelpWords(
        abstract: "Run every combination of a few varied parameters; one CSV row per combination with its yearly totals.",
        discussion: """
            --vary takes KIND:TARGET=VALUES:
              condition:fm-phaseout=delayed:0..3          every delay from 0 to 3 years
              condition:fm-phaseout=full|none|share:0.5   listed states
              scale:solution:e-resept=0.8..1.5:0.1        factors from 0.8 to 1.5 in steps of 0.1
              shift:tag:dokumentdeling=0..1               delays in years (a cell moved past the table's last year is an error)
            The first --vary varies slowest. Totals are exact.
            """,
        base: "The base scenario file.",
        vary: "A varied parameter (repeatable); see below.",
        csv: "CSV dialect: rfc4180 (default here: comma, decimal point) or excel.",
        output: "Write to this file atomically instead of standard output.",
        locale: "Language of warnings: nb or en. (The CSV's numbers follow --csv.)")
}
