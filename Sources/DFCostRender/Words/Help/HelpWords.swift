import Foundation

/// The words of `dfcost --help`, `dfcost SUB --help` and `dfcost help SUB`: each command's
/// overview, discussion, argument and option help (one table per command, in its own file), the
/// options several commands share, and the argument parser's own headings and lines.
///
/// Option names (`--trials`), their values (`delayed:1`, `payer`), value placeholders
/// (`<file>`) and file syntax are the same in both languages; the Norwegian texts quote values as
/// the English do, so that ``allStrings`` (the words the test of Norwegian output reads) leaves
/// them out.
public struct HelpWords: Sendable, Hashable {
    public var parser: ParserHelpWords
    public var root: RootHelpWords
    public var options: SharedOptionHelpWords
    public var totals: TotalsHelpWords
    public var verify: VerifyHelpWords
    public var compare: CompareHelpWords
    public var explain: ExplainHelpWords
    public var sweep: SweepHelpWords
    public var simulate: SimulateHelpWords
    public var report: ReportHelpWords
    public var `import`: ImportHelpWords
    public var serve: ServeHelpWords

    public static let norwegian = HelpWords(
        parser: .norwegian, root: .norwegian, options: .norwegian, totals: .norwegian, verify: .norwegian,
        compare: .norwegian, explain: .norwegian, sweep: .norwegian, simulate: .norwegian, report: .norwegian,
        import: .norwegian, serve: .norwegian)
    public static let english = HelpWords(
        parser: .english, root: .english, options: .english, totals: .english, verify: .english,
        compare: .english, explain: .english, sweep: .english, simulate: .english, report: .english,
        import: .english, serve: .english)
}

extension Language {
    /// The help texts in this language.
    public var help: HelpWords { self == .nb ? .norwegian : .english }
}

extension HelpWords: WordTable {
    /// The prose of every help text, without the command-line syntax it quotes: option names
    /// (`--trials`, `-o`), placeholders (`<file>`, `SELECTOR=FACTOR`), values and labels in quotes or
    /// backticks (`'payer'`, `"Sum E-resept"`), notation with `=` or `;`, and examples after "e.g."/"f.eks." up to the end of the clause.
    /// Both languages write these alike, so they are neither English nor Norwegian words.
    public var allStrings: [String] { WordTables.strings(in: self).map(Self.prose) }

    /// `text` without its command-line syntax (see ``allStrings``).
    public static func prose(_ text: String) -> String {
        var t = text
        for pattern in syntaxPatterns {
            t = t.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        return t
    }

    /// What ``prose(_:)`` removes, in this order.
    static let syntaxPatterns = [
        #"[^\s(]+\.(md|toml|csv|xlsx|json|tsv|txt)\b"#,          // Scenarios/README.md, FILE.xlsx
        #"(?<![\p{L}])'[^'\s][^']*'(?![\p{L}])"#,           // 'payer', '2,5;50;97,5'
        #"`[^`]*`"#,                                          // `dfcost totals --format csv`
        #""[^"]*""#,                                          // "Sum E-resept", a quoted label
        #"[^\s(]*=[^\s),]*"#,                                // total=AMOUNT, id=X
        #"[^\s(]*;[^\s)]+"#,                                 // Tiltak;Del;2022
        #"(e\.g\.|f\.eks\.)\s+[^()]*?(?=[.)]\s|[.)]$|$)"#,    // examples
        #"(?<![^\s(\[,])--?[A-Za-z][A-Za-z-]*"#,              // --trials, -o
        #"<[^>]*>"#,                                          // <file>
        #"\b[A-ZÆØÅ][A-ZÆØÅ_0-9]*(?![\p{L}-])(?:[=:@|.,;][A-ZÆØÅ_:.,;=|@\[\]]*)?"#, // SELECTOR=FACTOR, FILE, KS2, N
        #"\[[a-z_]+(\.[a-z_]+)*\]|\[\[[a-z_]+\]\]"#,          // [published_sums], [[uncertainty]]
    ]
}
