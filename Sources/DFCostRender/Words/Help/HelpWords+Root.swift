/// `dfcost --help`: what dfcost is, and its exit codes.
public struct RootHelpWords: Sendable, Hashable {
    public var abstract: String
    public var discussion: String

    public static let norwegian = RootHelpWords(
        abstract: "Prognose og scenarioer for den årlige økningen i drift- og forvaltningskostnadene (D&F) til de nasjonale e-helseløsningene.",
        discussion: """
            Beløp er MNOK, eksakte desimaltall. Avslutningskoder: 0 i orden, 1 verify/compare fant et \
            avvik, 64 feil bruk, 65 feil i dataene, 66 inndata mangler, 69 `dfcost serve` kan ikke lytte på \
            adressen (porten er i bruk, eller adressen er ikke maskinens), 70 en intern feil (en \
            programfeil: meld den gjerne), 73 kan ikke lage utdata, 130 avbrutt.
            """)
    public static let english = RootHelpWords(
        abstract: "Forecast and scenarios for the yearly increase in D&F costs of Norway's national e-health solutions.",
        discussion: """
            Amounts are MNOK, exact decimals. Exit codes: 0 ok, 1 verify/compare found a \
            difference, 64 usage, 65 bad data, 66 missing input, 69 serve cannot listen on its \
            address (the port is in use, or the address is not this machine's), 70 an internal \
            error (a bug: please report it), 73 cannot create output, 130 interrupted.
            """)
}
