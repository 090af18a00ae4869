/// `dfcost serve --help`.
public struct ServeHelpWords: Sendable, Hashable {
    public var abstract: String
    public var discussion: String
    public var folder: String
    public var host: String
    public var port: String
    public var token: String
    public var tokenFile: String
    public var maxTrials: String
    public var maxSimulations: String
    public var timeLimit: String
    public var locale: String

    public static let norwegian = ServeHelpWords(
        abstract: "Vis en mappe med scenariofiler som nettsider (tabellen, hva om-endringer, runder, simulering, nedlastinger) og et JSON-API.",
        discussion: """
            Bare lesing: <mappe> skrives aldri til, og hver forespørsel leser filene sine på nytt. Bare .toml-filer \
            i <mappe> leses (symbolske lenker og extends-kjeder som går ut av den, avvises). Lytter \
            bare på maskinens egen adresse med mindre --host gir en annen adresse, og da kreves --token eller --token-file. \
            Skriver én linje på standard feil når den lytter; SIGINT eller SIGTERM stopper den på en ryddig måte \
            (forespørsler som er i gang, fullføres, simuleringer avbrytes). En adresse den ikke kan lytte på (en port \
            som er i bruk, en port under 1024 uten rettigheter, en adresse som ikke er maskinens) gir avslutningskode 69. \
            API-ets beskrivelse (OpenAPI) ligger på /api/openapi.json.
            """,
        folder: "Mappen med scenariofiler.",
        host: "Adressen det lyttes på; alt annet enn maskinens egen adresse (127.0.0.1, ::1, 'localhost') krever en tilgangsnøkkel (--token).",
        port: "Porten det lyttes på (0: en hvilken som helst ledig port).",
        token: "En tilgangsnøkkel som hver forespørsel må ha med ('Authorization: Bearer <tilgangsnøkkel>', eller '?token=<tilgangsnøkkel>' én gang).",
        tokenFile: "Les tilgangsnøkkelen fra denne filen (den første linjen).",
        maxTrials: "Det høyeste antallet trekninger én simulering kan kreve.",
        maxSimulations: "Det høyeste antallet simuleringer som kjører samtidig; én til får svaret 429.",
        timeLimit: "Sekunder en simulering kan kjøre før den stoppes (svaret 503).",
        locale: "Språket i sidene og meldingene når en forespørsel ikke ber om et (?locale=): 'nb' (norsk, 21,5) eller 'en' (engelsk, med desimalpunktum).")
    public static let english = ServeHelpWords(
        abstract: "Serve a folder of scenario files as web pages (the table, what-ifs, rounds, simulation, downloads) and a JSON API.",
        discussion: """
            Read-only: FOLDER is never written, and each request reads its files anew. Only .toml files \
            inside FOLDER are read (symbolic links and extends chains that leave it are refused). Binds \
            loopback only unless --host names another address, which requires --token or --token-file. \
            Prints one line on standard error when it listens; SIGINT or SIGTERM stop it gracefully \
            (requests under way finish, simulations are cancelled). An address it cannot listen on (a port \
            in use, a port below 1024 without privileges, a host that is not this machine's) exits 69. \
            The API's OpenAPI document is at /api/openapi.json.
            """,
        folder: "The folder of scenario files.",
        host: "The address to listen on; any but loopback (127.0.0.1, ::1, localhost) requires a token.",
        port: "The port to listen on (0: any free port).",
        token: "A token every request must carry (Authorization: Bearer TOKEN, or ?token=TOKEN once).",
        tokenFile: "Read the token from this file (its first line).",
        maxTrials: "The most trials one simulation may ask for.",
        maxSimulations: "The most simulations running at once; one more is answered 429.",
        timeLimit: "Seconds a simulation may run before it is stopped (answered 503).",
        locale: "Language of the pages and messages unless a request asks (?locale=): nb (21,5) or en (21.5).")
}
