import DFCostFailure
import DFCostScenario

/// Failures of the command line itself (a flag, a combination of flags, an output), each with
/// its data and its sysexits class. Worded in both languages by `Language.words(_:)`
/// (`Sources/DFCostRender/Words/ErrorWords+CLI.swift`).
public enum CommandLineFailure: ExitStatusProviding, Sendable, Hashable {
    /// `-o` names a file that is also an input.
    case outputOverInput(path: String)
    /// `-o` names a folder.
    case outputIsDirectory(path: String)
    /// The output cannot be created.
    case cannotCreate(path: String, reason: UnwritableReason)
    /// The output cannot be written (nil path: standard output).
    case cannotWrite(path: String?, reason: UnwritableReason)
    /// `--format xlsx` for a command that writes no workbook.
    case workbookNotOffered(command: String)
    /// `--format xlsx` without `-o FILE`.
    case workbookNeedsFile
    /// A `--percentiles` item that is not a percentile strictly between 0 and 100.
    case badPercentile(String, TypedNumber.Problem?)
    /// `--percentiles` with no item.
    case noPercentiles
    /// A `--budget` that is not YEAR=AMOUNT or total=AMOUNT.
    case badBudget(String, TypedNumber.Problem?)
    /// A count option (`--trials`, `--threads`, ...) whose text is no whole number.
    case notACount(flag: String, text: String, problem: TypedNumber.Problem)
    /// A count option whose whole number is beyond what a count can hold.
    case countTooLarge(flag: String, text: String)
    /// A number option (`--time-limit`) whose text is no number.
    case notANumber(flag: String, text: String, problem: TypedNumber.Problem)
    /// `--seed` that is not a whole number from 0 to 2^64 − 1.
    case badSeed(String)
    /// `serve --port` outside 0...65535.
    case portOutOfRange
    /// A limit of `serve` (`--max-trials`, `--max-simulations`, `--time-limit`) that is not above 0.
    case notPositive(String)
    /// `serve` with both `--token` and `--token-file`.
    case tokenTwice
    /// `--trials` outside 1...maximum.
    case trialsOutOfRange(Int, maximum: Int)
    /// `--threads` outside 1...1024.
    case threadsOutOfRange
    /// `--junit -` or an empty name.
    case junitNeedsFile
    /// `report --against` without two or more `--compare`.
    case againstNeedsComparisons
    /// `sweep` without `--vary`.
    case noVary
    /// `compare` without a scenario to compare with.
    case noOthers
    /// `compare --by payer` with `--side-by-side` or `--against`.
    case payersNotSideBySide
    /// `--junit`/`--annotations` without `--fail-on-change`.
    case checksNeedFailOnChange
    /// `--junit` and `--output` name one file.
    case junitIsOutput
    /// `verify` without a file.
    case noFilesToVerify
    /// `--sensitivity-sample` below 0.
    case negativeSensitivitySample
    /// `simulate --by payer` with `--compare`.
    case payersWithComparison
    /// Ctrl-C or SIGTERM stopped a long run; nothing was written.
    case interrupted
    /// The first argument (or the one after `help`) names no subcommand; the nearest name, when
    /// one is near enough to be a typo.
    case unknownSubcommand(String, suggestion: String?)

    /// Every case with sample data: what the words test walks (a new case goes here too; the
    /// test checks the count against a switch that the compiler keeps exhaustive).
    public static let samples: [CommandLineFailure] = [
        .outputOverInput(path: "a.toml"), .outputIsDirectory(path: "ut"), .cannotCreate(path: "ut.csv", reason: .permissionDenied),
        .cannotWrite(path: nil, reason: .brokenPipe), .workbookNotOffered(command: "explain"), .workbookNeedsFile,
        .badPercentile("x", .notANumber), .noPercentiles, .badBudget("total", nil), .trialsOutOfRange(0, maximum: 8_589_934_592),
        .threadsOutOfRange, .junitNeedsFile, .againstNeedsComparisons, .noVary, .noOthers, .payersNotSideBySide,
        .checksNeedFailOnChange, .junitIsOutput, .noFilesToVerify, .negativeSensitivitySample, .payersWithComparison, .interrupted,
        .unknownSubcommand("totls", suggestion: "totals"), .notACount(flag: "--trials", text: "1,5", problem: .notWhole),
        .countTooLarge(flag: "--trials", text: "99999999999999999999"), .notANumber(flag: "--time-limit", text: "x", problem: .notANumber), .badSeed("-1"), .portOutOfRange, .notPositive("--max-trials"), .tokenTwice,
    ]

    /// The failure of a command line (the arguments without the program's name) whose first
    /// argument, or the one after `help`, is not one of `subcommands`: the parser would take it
    /// for an unexpected argument, or print the root help, without naming the typo. Nil when the
    /// line starts with an option or a known name.
    public static func unknownSubcommand(in arguments: [String], subcommands: [String]) -> CommandLineFailure? {
        var rest = arguments[...]
        if rest.first == "help" { rest = rest.dropFirst() }
        guard let first = rest.first, !first.hasPrefix("-"), !subcommands.contains(first) else { return nil }
        return .unknownSubcommand(first, suggestion: Suggestion.closest(to: first, in: subcommands))
    }

    public var exitStatus: ExitStatus {
        switch self {
        case .cannotCreate, .cannotWrite, .outputIsDirectory: .cantCreate
        case .outputOverInput, .workbookNotOffered, .workbookNeedsFile, .badPercentile, .noPercentiles, .badBudget,
             .trialsOutOfRange, .threadsOutOfRange, .junitNeedsFile, .againstNeedsComparisons, .noVary, .noOthers,
             .payersNotSideBySide, .checksNeedFailOnChange, .junitIsOutput, .noFilesToVerify, .negativeSensitivitySample,
             .payersWithComparison, .unknownSubcommand, .notACount, .countTooLarge, .notANumber, .badSeed, .portOutOfRange, .notPositive, .tokenTwice: .usage
        case .interrupted: .interrupted
        }
    }
}
