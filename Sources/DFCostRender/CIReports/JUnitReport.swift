import DFCostEscaping

/// Writes ``CheckSuite``s as a JUnit XML report, the test report CI systems read (GitLab
/// `artifacts:reports:junit`, Jenkins `junit`, GitHub Actions test-report actions, Azure DevOps
/// `PublishTestResults`).
///
/// The document follows the JUnit schema Jenkins validates against (the xunit plugin's
/// junit-10.xsd; Tests/DFCostCLITests/Fixtures/junit/junit-10.xsd): a `testsuites` root with
/// `tests`, `failures` and `errors`; one `testsuite` per scenario file with its counts, `skipped`,
/// the `file` attribute and `properties`; one `testcase` per published year and per check,
/// holding a `failure`, `error` or `skipped` element with a one-line `message`, a `type` and the
/// details as text. No times: a report depends only on its inputs.
public enum JUnitReport {
    /// The whole document, UTF-8, ending in a newline.
    /// - Parameters:
    ///   - suites: one per scenario file, in the order checked.
    ///   - name: the report's name, e.g. "dfcost verify".
    public static func render(_ suites: [CheckSuite], name: String) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        let tests = suites.reduce(0) { $0 + $1.cases.count }
        let failures = suites.reduce(0) { $0 + $1.failures }
        let errors = suites.reduce(0) { $0 + $1.errors }
        out += "<testsuites name=\"\(attribute(name))\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(errors)\">\n"
        for suite in suites {
            out += "  <testsuite name=\"\(attribute(suite.name))\" tests=\"\(suite.cases.count)\" failures=\"\(suite.failures)\""
                + " errors=\"\(suite.errors)\" skipped=\"\(suite.skipped)\" file=\"\(attribute(suite.file))\">\n"
            if !suite.properties.isEmpty {
                out += "    <properties>\n"
                for p in suite.properties {
                    out += "      <property name=\"\(attribute(p.name))\" value=\"\(attribute(p.value))\"/>\n"
                }
                out += "    </properties>\n"
            }
            for c in suite.cases {
                let open = "    <testcase name=\"\(attribute(c.name))\" classname=\"\(attribute(c.classname))\""
                switch c.outcome {
                case .passed:
                    out += open + "/>\n"
                case .skipped(let why):
                    out += open + ">\n      <skipped message=\"\(attribute(why))\"/>\n    </testcase>\n"
                case .failed(let p), .error(let p):
                    let element = if case .failed = c.outcome { "failure" } else { "error" }
                    out += open + ">\n"
                    out += "      <\(element) message=\"\(attribute(p.message))\" type=\"\(attribute(p.kind))\">"
                        + text(p.details) + "</\(element)>\n"
                    out += "    </testcase>\n"
                }
            }
            out += "  </testsuite>\n"
        }
        out += "</testsuites>\n"
        return out
    }

    /// Text content (``Escaper/xmlText``).
    static func text(_ s: String) -> String { Escaper.xmlText.escape(s) }

    /// An attribute value in double quotes (``Escaper/xmlAttribute``).
    static func attribute(_ s: String) -> String { Escaper.xmlAttribute.escape(s) }
}
