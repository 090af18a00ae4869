import DFCostModel

/// The verdicts of a CI check (`dfcost verify`, `dfcost compare --fail-on-change`), ready to be
/// written as a JUnit report (``JUnitReport``) or as workflow annotations (``GitHubAnnotations``).
///
/// One suite per scenario file, one case per published year and per check. The cases are built
/// from results the libraries computed (``Verification``, `ScenarioComparison`); nothing is
/// recomputed here.
public struct CheckSuite: Sendable, Hashable {
    /// A name and value recorded with the suite (a JUnit `property`).
    public struct Property: Sendable, Hashable {
        public var name: String
        public var value: String

        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    /// The suite's name: the scenario file as the user named it.
    public var name: String
    /// The scenario file the suite is about.
    public var file: String
    public var properties: [Property]
    public var cases: [CheckCase]

    public init(name: String, file: String, properties: [Property] = [], cases: [CheckCase]) {
        self.name = name
        self.file = file
        self.properties = properties
        self.cases = cases
    }

    /// Cases that failed a check.
    public var failures: Int { cases.count { if case .failed = $0.outcome { true } else { false } } }
    /// Cases that could not be checked because of an error (a file that does not load).
    public var errors: Int { cases.count { if case .error = $0.outcome { true } else { false } } }
    /// Cases not compared (a published year outside the horizon).
    public var skipped: Int { cases.count { if case .skipped = $0.outcome { true } else { false } } }
    /// True when no case failed or erred.
    public var passed: Bool { failures == 0 && errors == 0 }
    /// A file read but not compared at all: every case after "load" skipped.
    public var verifiedNothing: Bool { errors == 0 && failures == 0 && cases.count > 1 && skipped == cases.count - 1 }
}

/// One test case: a published year, or one check, of one scenario file.
public struct CheckCase: Sendable, Hashable {
    /// What went wrong, for a failed check or an error.
    public struct Problem: Sendable, Hashable {
        /// A short machine-readable kind (the JUnit `type`), such as "mismatch" or "load".
        public var kind: String
        /// One line, with the values and the place (the JUnit `message`).
        public var message: String
        /// The message for an annotation, which carries the place itself.
        public var annotation: String
        /// The detail, one "name: value" per line (the JUnit element's text).
        public var details: String

        public init(kind: String, message: String, annotation: String? = nil, details: String) {
            self.kind = kind
            self.message = message
            self.annotation = annotation ?? message
            self.details = details
        }
    }

    public enum Outcome: Sendable, Hashable {
        case passed
        case failed(Problem)
        case error(Problem)
        /// Not compared, and why.
        case skipped(String)
    }

    /// The case's name, such as "published sum 2025".
    public var name: String
    /// The JUnit `classname`: "verify.FILE-STEM" or "compare.FILE-STEM".
    public var classname: String
    /// Where an annotation points: the published sum, the error's place, or the file.
    public var location: CheckLocation
    public var outcome: Outcome

    public init(name: String, classname: String, location: CheckLocation, outcome: Outcome) {
        self.name = name
        self.classname = classname
        self.location = location
        self.outcome = outcome
    }
}

/// A file, with a line and column when the place is known.
public struct CheckLocation: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?

    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = line == nil ? nil : column
    }

    public init(_ reference: SourceReference) {
        self.init(file: reference.file, line: reference.line, column: reference.column)
    }

    /// `file:line:column`, `file:line` or `file`.
    public var description: String {
        [file, line.map(String.init), column.map(String.init)].compactMap { $0 }.joined(separator: ":")
    }
}

extension CheckSuite {
    /// The JUnit class name of a file's cases: the command and the file's name without folder
    /// and `.toml`, dots made underscores (Jenkins reads dots as package separators).
    static func classname(_ command: String, file: String) -> String {
        var stem = Substring(file.split(separator: "/").last ?? Substring(file))
        if stem.hasSuffix(".toml") { stem = stem.dropLast(5) }
        return command + "." + String(stem.map { $0 == "." ? "_" : $0 })
    }

    /// The one-line summary of several suites, e.g. "verify: 3 files: 2 OK, 1 FAILED (b.toml)".
    ///
    /// Files that erred are named as "could not be checked" (their error is printed on its own).
    public static func summary(_ command: String, _ suites: [CheckSuite], locale: Language = .nb) -> String {
        let words = locale.labels.verification
        let erred = suites.filter { $0.errors > 0 }
        let failed = suites.filter { $0.errors == 0 && $0.failures > 0 }
        // A file read but not compared at all (every case after "load" skipped) is not called OK.
        let notVerified = suites.filter(\.verifiedNothing)
        let ok = suites.count - erred.count - failed.count - notVerified.count
        func part(_ template: String, _ group: [CheckSuite]) -> String {
            Labels.fill(template, ["count": "\(group.count)", "files": group.map(\.file).joined(separator: ", ")])
        }
        var parts = [Labels.fill(words.summaryOK, ["count": "\(ok)"])]
        if !notVerified.isEmpty { parts.append(part(words.summaryNotVerified, notVerified)) }
        if !failed.isEmpty { parts.append(part(words.summaryFailed, failed)) }
        if !erred.isEmpty { parts.append(part(words.summaryErred, erred)) }
        let lead = Labels.fill(suites.count == 1 ? words.summaryOneFile : words.summaryFiles, ["command": command, "count": "\(suites.count)"])
        return lead + parts.joined(separator: ", ")
    }

    /// A suite for a file that could not be checked: one case, "load", with the error.
    /// - Parameters:
    ///   - command: "verify" or "compare".
    ///   - file: the file the command was checking.
    ///   - message: the error as printed on standard error (it may start with `file:line:column: `).
    ///   - location: the error's place, when it has one; else the file.
    public static func error(_ command: String, file: String, message: String, at location: SourceReference?,
                             properties: [Property] = []) -> CheckSuite {
        let place = location.map(CheckLocation.init) ?? CheckLocation(file: file)
        var annotation = message
        if let location, annotation.hasPrefix("\(location): ") { annotation.removeFirst("\(location): ".count) }
        let problem = CheckCase.Problem(kind: "load", message: message, annotation: annotation,
                                        details: "file: \(file)\nerror: \(message)\nat: \(place)\n")
        return CheckSuite(name: file, file: file, properties: properties, cases: [
            CheckCase(name: "load", classname: classname(command, file: file), location: place, outcome: .error(problem)),
        ])
    }
}
