import DFCostFailure
import DFCostModel
import DFCostTOML

/// Why a scenario could not be read or applied. Every case prints as one line, starting with
/// `file:line:column:` where there is a place to point at.
public enum ScenarioError: ExitStatusProviding, Sendable, Hashable, CustomStringConvertible {
    /// The file does not exist.
    case fileNotFound(String)
    /// The path is a directory.
    case notAFile(String)
    /// The file exists but cannot be read.
    case unreadable(String, reason: UnreadableReason)
    /// The file is larger than ``ScenarioLimits/maximumFileBytes``.
    case fileTooLarge(String, bytes: Int)
    /// The TOML itself is malformed: where, and why (``TOMLParseError/Reason``).
    case syntax(SourceReference, TOMLParseError.Reason)
    /// The TOML is well formed but says something dfcost cannot accept: a key missing, unknown
    /// or of the wrong type, a number that is no amount, a duplicate line id, ...
    /// (``ScenarioFileReason``).
    case file(SourceReference, ScenarioFileReason)
    /// An `extends` chain returns to a file already in it.
    case extendsCycle([String])
    /// An `extends` chain is longer than ``ScenarioLimits/maximumExtendsDepth``.
    case extendsTooDeep([String])
    /// A what-if or other request input is malformed: which input (``WhatIfInput``), the text
    /// or value it was given (already quoted where quoting helps, nil for none), and what is
    /// wrong (``WhatIfReason``).
    /// The message names no command-line flag; a front end names the input its own way
    /// (``description(naming:)``).
    case badWhatIf(WhatIfInput, subject: String?, WhatIfReason)
    /// An operation is unusable as applied: where it is written (nil for the command line's),
    /// and why (``OperationReason``).
    case operation(SourceReference?, OperationReason)
    /// An operation matched nothing and the request asked for strict application: the warning
    /// it would otherwise give (its place is the warning's origin).
    case noMatchWhenStrict(EngineWarning)
    /// A payer breakdown that cannot be made: a solution lacks a payer key, say
    /// (``PayerAllocation/Failure``).
    case payerKeys(PayerAllocation.Failure)
    /// A file named through `extends` that the read policy does not allow: outside the folder
    /// being served (``ReadPolicy``). Missing input, so that whether it exists is not told.
    case outsideFolder(SourceReference, String)

    /// True when the input was missing or unreadable (sysexits 66) rather than wrong (65).
    public var isMissingInput: Bool {
        switch self {
        case .fileNotFound, .notAFile, .unreadable, .outsideFolder: true
        default: false
        }
    }

    /// True when the problem is in how the command was used (sysexits 64).
    public var isUsage: Bool {
        if case .badWhatIf = self { return true }
        return false
    }

    /// Missing input (66), a malformed request input (64), else bad data (65).
    public var exitStatus: ExitStatus { isMissingInput ? .noInput : isUsage ? .usage : .data }

    /// One line, naming each request input by its word in ``WhatIfInput`` ("scale", "strict").
    public var description: String { description(naming: \.rawValue) }

    /// One line, naming each request input as `name` says: the CLI passes its flags.
    public func description(naming name: (WhatIfInput) -> String) -> String {
        switch self {
        case .fileNotFound(let path): "\(path): no such file"
        case .notAFile(let path): "\(path): is a directory, not a scenario file"
        case .unreadable(let path, let reason): "\(path): cannot read: \(reason)"
        case .fileTooLarge(let path, let bytes):
            "\(path): file is \(bytes) bytes; scenario files are limited to \(ScenarioLimits.maximumFileBytes) bytes"
        case .syntax(let at, let reason): "\(at): \(reason)"
        case .file(let at, let reason): "\(at): \(reason)"
        case .extendsCycle(let chain): "extends cycle: \(chain.joined(separator: " -> "))"
        case .extendsTooDeep(let chain):
            "\(chain.last ?? ""): extends chain deeper than \(ScenarioLimits.maximumExtendsDepth) files (\(chain.first ?? "") -> ... -> \(chain.last ?? ""))"
        case .badWhatIf(let input, let subject, let reason): "\(name(input))\(subject.map { " \($0)" } ?? ""): \(reason)"
        case .operation(let at, let reason): at.map { "\($0): \(reason)" } ?? reason.description
        case .noMatchWhenStrict(let w): (w.origin.map { "\($0): " } ?? "") + "\(w.message) (\(name(.strict)))"
        case .payerKeys(let reason): "\(name(.payers)): \(reason)"
        case .outsideFolder(let at, let path): "\(at): extends: '\(path)' is not a file in the folder served"
        }
    }
}

/// The request input a ``ScenarioError/badWhatIf(_:subject:_:)`` is about, in words. The
/// library's messages name the input by its raw value; the CLI names it by the flag it came
/// from (`--scale`, `--by payer`).
public enum WhatIfInput: Sendable, Hashable, CaseIterable {
    /// A condition's state.
    case condition
    /// An operation, by its name (``Operation/Kind/Name``).
    case operation(Operation.Kind.Name)
    /// A line selector inside another input.
    case selector
    /// One sweep parameter.
    case vary
    /// The sweep as a whole.
    case sweep
    /// The year an explanation is asked for.
    case year
    /// The solution an explanation is limited to.
    case solution
    /// A payer breakdown.
    case payers
    /// Strict application (an operation that matches nothing is an error).
    case strict

    public static let allCases: [WhatIfInput] = [.condition] + Operation.Kind.Name.allCases.map { .operation($0) }
        + [.selector, .vary, .sweep, .year, .solution, .payers, .strict]

    /// The input's word in messages: "condition", "scale", "vary".
    public var rawValue: String {
        switch self {
        case .condition: "condition"
        case .operation(let name): name.rawValue
        case .selector: "selector"
        case .vary: "vary"
        case .sweep: "sweep"
        case .year: "year"
        case .solution: "solution"
        case .payers: "payers"
        case .strict: "strict"
        }
    }
}

/// The documented limits of scenario files; past any of them dfcost answers with an error.
public enum ScenarioLimits {
    /// Largest scenario file read: 16 MiB.
    public static let maximumFileBytes = 16 * 1024 * 1024
    /// Longest `extends` chain, counting the file itself.
    public static let maximumExtendsDepth = 16
    /// Most lines in a table.
    public static let maximumLines = 100_000
    /// Most years in a table.
    public static let maximumYears = 200
    /// Earliest and latest year accepted.
    public static let yearRange = 1900...2200
}
