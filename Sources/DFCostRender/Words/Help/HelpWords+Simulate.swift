/// `dfcost simulate --help`.
public struct SimulateHelpWords: Sendable, Hashable {
    public var abstract: String
    public var discussion: String
    public var file: String
    public var percentiles: String
    public var budget: String
    public var compare: String
    public var samplesOut: String
    public var sensitivitySample: String
    public var by: String
    public var repairCorrelation: String

    public static let norwegian = SimulateHelpWords(
        abstract: "Simuler usikkerheten i scenarioet: P10/P50/P85/P90 per summert år og for summen over tidshorisonten, KS2-oppstillingen og følsomheten.",
        discussion: """
            Usikkerheten kommer fra filens [[uncertainty]], [correlation] og usikre betingelser. \
            Samme startverdi gir de samme bytene for hvilken som helst --threads. --compare <sammenlignet> trekker begge \
            scenarioene med felles tilfeldige tall knyttet til linjenes id-er og viser tallene for hvert scenario \
            (persentiler, --budget) og den parvise differansen (det sammenlignede scenarioet minus grunnlaget); --samples-out inneholder da \
            differansene i hver trekning.
            """,
        file: "En scenariofil med [[uncertainty]].",
        percentiles: "Persentilene som skal vises, skilt med komma, f.eks. 10,50,85,90. Med desimalkomma skilt med ';' i stedet, f.eks. '2,5;50;97,5'.",
        budget: "Vis P(sum > BELØP): ÅR=BELØP eller total=BELØP. Kan gjentas.",
        compare: "Et annet scenario: vis den parvise differansen, det sammenlignede scenarioet minus grunnlaget.",
        samplesOut: "Skriv summene i hver trekning til denne CSV-filen (atomisk).",
        sensitivitySample: "Trekninger som brukes i regresjonen for følsomheten (0 for å hoppe over den).",
        by: "Del opp etter 'payer': P50 og P85 av hver betalers del per summert år (krever betalernøkler).",
        repairCorrelation: "Når korrelasjonsmatrisen ikke er positivt definitt: bruk den nærmeste gyldige (Higham) og skriv ut hver koeffisient som er endret.")
    public static let english = SimulateHelpWords(
        abstract: "Simulate the scenario's uncertainty: P10/P50/P85/P90 per summed year and for the horizon total, KS2 breakdown, sensitivity.",
        discussion: """
            Uncertainty comes from the file's [[uncertainty]], [correlation] and uncertain conditions. \
            The same seed gives the same bytes for any --threads. --compare OTHER draws both scenarios \
            on common random numbers keyed by line ids and reports each scenario's own figures \
            (percentiles, --budget) and the paired difference OTHER − BASE; --samples-out then holds \
            the per-trial differences.
            """,
        file: "A scenario file with [[uncertainty]].",
        percentiles: "Percentiles to report, comma-separated, e.g. 10,50,85,90. With a decimal comma, separated by ';' instead, e.g. '2,5;50;97,5'.",
        budget: "Report P(total > AMOUNT): YEAR=AMOUNT or total=AMOUNT. Repeatable.",
        compare: "A second scenario: report the paired difference OTHER − BASE.",
        samplesOut: "Export per-trial totals to this CSV file (written atomically).",
        sensitivitySample: "Trials kept for the sensitivity regression (0 to skip).",
        by: "Break down by 'payer': P50 and P85 of each payer's part per summed year (needs payer keys).",
        repairCorrelation: "When the correlation matrix is not positive definite, use the nearest valid one (Higham) and print every coefficient changed.")
}
