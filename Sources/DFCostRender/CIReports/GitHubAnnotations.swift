import DFCostEscaping

/// Formats failed checks and errors as GitHub Actions workflow commands, which the runner turns
/// into annotations on the offending line of a file:
///
///     ::error file=Scenarios/published/x.toml,line=43,col=8,title=dfcost verify::2025: computed 21.5 rounds to 22, published 23
///
/// Values are escaped as the runner's toolkit does: in the message `%`, CR and LF become `%25`,
/// `%0D` and `%0A`; in a property also `:` and `,` become `%3A` and `%2C`.
public enum GitHubAnnotations {
    /// One line per failed or erred case, in suite and case order; "" when everything passed.
    /// - Parameter title: the annotation's title, e.g. "dfcost verify".
    public static func render(_ suites: [CheckSuite], title: String) -> String {
        var out = ""
        for suite in suites {
            for c in suite.cases {
                switch c.outcome {
                case .failed(let p), .error(let p):
                    out += error(at: c.location, title: "\(title): \(c.name)", message: p.annotation) + "\n"
                case .passed, .skipped:
                    break
                }
            }
        }
        return out
    }

    /// One `::error` command, without the line end.
    public static func error(at location: CheckLocation, title: String, message: String) -> String {
        var properties = ["file=" + property(location.file)]
        if let line = location.line { properties.append("line=\(line)") }
        if let column = location.column { properties.append("col=\(column)") }
        properties.append("title=" + property(title))
        return "::error " + properties.joined(separator: ",") + "::" + data(message)
    }

    static func data(_ s: String) -> String { Escaper.annotationData.escape(s) }

    static func property(_ s: String) -> String { Escaper.annotationProperty.escape(s) }
}
