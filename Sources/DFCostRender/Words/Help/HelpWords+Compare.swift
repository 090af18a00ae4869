/// `dfcost compare --help`: what is compared, and what counts as a change.
public struct CompareHelpWords: Sendable, Hashable {
    public var abstract: String
    public var discussion: String
    public var base: String
    public var others: String
    /// The title of the what-if options' group.
    public var whatIfsTitle: String
    public var by: String
    public var sideBySide: String
    public var against: String
    public var failOnChange: String
    /// The title of the CI options' group.
    public var ciTitle: String

    public static let norwegian = CompareHelpWords(
        abstract: "Sammenlign scenarioer: årssummene side om side, endringene, endringene per løsning og hver annen forskjell med operasjonen som ga den.",
        discussion: """
            Et scenario av samme tabell som <grunnlag> (<sammenlignet> utvider den samme grunnfilen) får hver \
            forskjell med operasjonen som ga den. Tre eller flere filer, ulike runder av tabellen \
            (filer med ulike grunnfiler), --side-by-side, --against eller `--by initiative` gir \
            i stedet én tabell side om side: en kolonne per scenario i den rekkefølgen de er gitt, \
            hver med endringen mot den første kolonnen (eller den forrige, `--against previous`), \
            for årssummene, per løsning og per linje, med hvordan hver linje flyttet seg (beløp \
            endret, flyttet i tid, ny, falt bort, betingelse lagt til eller fjernet, ble dekket \
            internt, løsning endret). Linjene pares på tvers av kolonnene etter id i samme løsning, \
            så etter `continues = "old-id"`, så etter løsning, tiltak og del (tekstene sammenlignet \
            uten hensyn til store og små bokstaver og mellomrom), så etter id i en annen løsning; \
            linjer i ulike løsninger pares aldri etter tekstene sine. Utdataene sier hvilken måte \
            som ble brukt når id-en er endret.

            Hvert scenario i <sammenlignet> sammenlignes med <grunnlag>. Hver av disse er en endring: den står i \
            utdataene og gjør at --fail-on-change avslutter med 1:
              - en årssum, summen over tidshorisonten eller en sum per løsning
                som er ulik;
              - tabellens år eller summerte år (en tidshorisont-operasjon);
              - tilstanden til en betingelse ('full', 'none', 'delayed:N', 'share:S');
              - en linje som bare finnes i det ene scenarioet (lagt til eller
                fjernet), eller som har fått nytt navn eller er flyttet til en
                annen løsning (én endring hver);
              - en celle, summert eller dekket internt, med ulikt beløp, som bare
                finnes i det ene scenarioet, som blir dekket internt eller summert,
                eller som har et annet sett med betingelser;
              - en celle som er holdt utenfor på en annen måte: holdt utenfor
                summene (betingelse 'none', --remove) eller flyttet utenfor
                tidshorisonten i det ene scenarioet og ikke i det andre, eller med
                et annet beløp eller en annen grunn.
            Sammenlignes ikke: merker, store og små bokstaver og mellomrom i en tekst, navn på \
            løsninger, merknader, betalernøkler (bruk `--by payer`), \
            og historikken til en celle når beløp, status og betingelser er de samme.
            """,
        base: "Grunnscenarioet (en scenariofil).",
        others: "Én eller flere scenariofiler som sammenlignes med grunnscenarioet.",
        whatIfsTitle: "Hva om-endringer som brukes på de sammenlignede scenarioene",
        by: "Del opp etter 'payer': hver betalers del i begge scenarioene og endringen (krever betalernøkler i begge); etter 'initiative': summen for hvert tiltak i hver kolonne (side om side).",
        sideBySide: "Én tabell side om side, også når bare ett scenario av samme tabell sammenlignes.",
        against: "Side om side: sammenlign hver kolonne med den første ('first', standard) eller den forrige ('previous').",
        failOnChange: "Avslutt med 1 når noe er ulikt (for CI); hva som regnes som en endring, står nedenfor.",
        ciTitle: "CI-rapporter (med --fail-on-change)")
    public static let english = CompareHelpWords(
        abstract: "Compare scenarios: yearly totals side by side, deltas, per-solution deltas and every other difference with the operation that made it.",
        discussion: """
            Two scenarios of one table (OTHER extends the same base file as BASE) get every \
            difference with the operation that made it. Three or more files, two rounds of the \
            table (files with different base files), --side-by-side, --against or --by initiative \
            get one side-by-side table instead: a column per scenario in the order given, each \
            with its change against the first column (or the previous one, --against previous), \
            for the yearly totals, per solution and per line, with how each line moved (amount \
            changed, moved in time, new, dropped, condition added or removed, became internal, \
            solution changed). Lines are matched across the columns by id in the same solution, \
            then by `continues = "old-id"`, then by solution, initiative and part (labels compared \
            ignoring case and whitespace), then by id in another solution; lines of different \
            solutions are never paired by their labels. The output says which when the id changed.

            Each OTHER scenario is compared with BASE. Any of these is a change: it is listed in the \
            output and makes --fail-on-change exit 1:
              - a yearly total, the horizon total or a per-solution subtotal that differs;
              - the table's years or summed years (a horizon operation);
              - a condition's state ('full', 'none', 'delayed:N', 'share:S');
              - a line in one scenario only (added or removed), or renamed or moved to
                another solution (one change each);
              - a cell, counted or internal, whose amount differs, that exists in one
                scenario only, that becomes internal or counted, or whose set of
                conditions differs;
              - a cell set aside differently: excluded (condition 'none', remove) or
                moved beyond the horizon in one scenario and not the other, or with
                another amount or reason.
            Not compared: tags, a label's case and whitespace, solution names, notes, payer keys \
            (use --by payer), \
            and a cell's history when its amount, status and conditions are the same.
            """,
        base: "The base scenario file.",
        others: "One or more scenario files to compare with the base.",
        whatIfsTitle: "What-ifs applied to the OTHER scenarios",
        by: "Break down by 'payer': each payer's part in both scenarios and the delta (needs payer keys in both); by 'initiative': each initiative's subtotal in every column (side by side).",
        sideBySide: "One side-by-side table, also for two scenarios of one table.",
        against: "Side by side: compare each column with the 'first' (default) or the 'previous' column.",
        failOnChange: "Exit 1 when anything differs (for CI); what counts as a change is listed below.",
        ciTitle: "CI reports (with --fail-on-change)")
}
