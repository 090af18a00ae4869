/// The placeholders of the help texts and usage errors: the value names after each option
/// (`--trials <antall>`), the arguments' names (`<fil>`) and the parser's own `<subcommand>` and
/// `[<options>]`. English names are the options' own (the property names the argument parser
/// would use); Norwegian names are the nouns of the help texts. A value that is typed literally
/// (`plain|lhs`) has no entry and stays as it is.
public struct ValueNames: Sendable, Hashable {
    /// Norwegian name by English name; empty in English.
    public var names: [String: String]

    /// The placeholder `english` in this language (itself when it has no entry).
    public func callAsFunction(_ english: String) -> String { names[english] ?? english }

    public static let english = ValueNames(names: [:])
    public static let norwegian = ValueNames(names: [
        // The parser's own.
        "subcommand": "underkommando", "options": "valg",
        // Files and folders.
        "file": "fil", "file-or-folder": "fil-eller-mappe", "folder": "mappe", "output": "fil", "samples-out": "fil",
        "token-file": "fil", "like": "scenariofil", "base": "grunnlag", "others": "sammenlignet", "other": "sammenlignet",
        "compare": "sammenlignet",
        // Counts and numbers.
        "trials": "antall", "threads": "antall", "sensitivity-sample": "antall", "max-trials": "antall",
        "max-simulations": "antall", "seed": "startverdi", "time-limit": "sekunder", "percentiles": "persentiler",
        "port": "portnummer", "year": "år", "year=amount": "år=beløp",
        // Choices.
        "format": "utdataformat", "locale": "språk", "csv": "csv-variant", "by": "inndeling", "against": "kolonne",
        "annotations": "merknadsformat", "sheet": "ark", "solution": "løsning", "host": "vert", "token": "tilgangsnøkkel",
        // What-ifs and sweeps.
        "name=state": "navn=tilstand", "selector=factor": "velger=faktor", "selector=years": "velger=år",
        "selector@year=cell": "velger@år=celle", "line": "linje", "selector": "velger",
        "selector=base:rates": "velger=basisår:satser", "kind:target=values": "type:mål=verdier",
    ])
}
