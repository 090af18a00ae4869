import Testing

/// A command line dfcost refuses with one line on standard error, worded in the language its
/// `--locale` chooses: the shared shape of the message-language suites' cases.
struct OneLineRefusal: Sendable, CustomTestStringConvertible {
    /// What is refused, as the case's name in the test report.
    let what: String
    let arguments: [String]
    let status: Int32
    /// Standard error's one line, after the prefix every error line has ("Feil: ", "Error: ").
    let line: String

    var testDescription: String { "\(what): dfcost \(arguments.joined(separator: " "))" }

    /// The same refusal in Norwegian (the default) and with `--locale en`.
    static func inNbAndEn(_ what: String, _ arguments: [String], status: Int32, nb: String, en: String) -> [OneLineRefusal] {
        [OneLineRefusal(what: what + " (nb)", arguments: arguments, status: status, line: nb),
         OneLineRefusal(what: what + " (en)", arguments: arguments + ["--locale", "en"], status: status, line: en)]
    }

    /// The prefix of an error line in the language `arguments` choose (the last `--locale`).
    static func errorPrefix(_ arguments: [String]) -> String {
        let chosen = Array(zip(arguments, arguments.dropFirst())).last { $0.0 == "--locale" }?.1
        return chosen == "en" ? "Error: " : "Feil: "
    }

    /// Runs the command line: its exit status and its one line on standard error.
    func check() throws {
        let result = try CLI.run(arguments)
        #expect(result.status == status, "\(result.stderr)")
        #expect(result.stderrLines == [Substring(Self.errorPrefix(arguments) + line)])
    }
}
