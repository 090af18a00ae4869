import ArgumentParser
import DFCostApp
import DFCostFailure
import DFCostNumerics
import DFCostScenario
import Foundation

/// Errors of the command-line layer itself, each with its sysexits class.
enum CLIFailure: ExitStatusProviding, CustomStringConvertible {
    case usage(String)
    case data(String)
    case cannotCreate(String)

    var description: String {
        switch self {
        case .usage(let m), .data(let m), .cannotCreate(let m): m
        }
    }

    var exitStatus: ExitStatus {
        switch self {
        case .usage: .usage
        case .data: .data
        case .cannotCreate: .cantCreate
        }
    }
}

/// How the command line reports a failure: one line on standard error, and the exit code the
/// error's own class gives (``ExitStatus/init(of:)``; 70 for an error that names none).
enum Failure {
    /// The one line printed for `error`: library errors with their request inputs named as the
    /// flags they came from, any other error as it describes itself.
    static func message(_ error: any Error) -> String {
        switch error {
        case let error as ScenarioError: error.description(naming: CLIFlags.name)
        case let error as CompareFailure: message(error.underlying)
        // The library does not name flags; the only way to ask for payers is --by payer.
        case let error as TotalsRequestError: "--by payer: \(error)"
        case SimulationError.cancelled: "interrupted: no output written"
        // The sink's own error, kept whole: a full disk while writing --samples-out.
        case SimulationError.sinkFailed(let failure): failure.description
        case let error as SimulationError: "simulate: \(error)"
        case let error as CorrelationError: "simulate: \(error)"
        case ImportError.workbook(let error): error.description(choosing: "choose one with --sheet")
        case ImportError.sheetOfText(let file): "--sheet: \(file) is text, not an .xlsx workbook; --sheet applies to workbooks only"
        case ImportError.previousRound(let error):
            "--like: \(message(error)) (--like takes the previous round's scenario file, .toml)"
        default: "\(error)"
        }
    }

    /// The exit code of `error`.
    static func code(_ error: any Error) -> Int32 {
        (error as? ExitCode)?.rawValue ?? ExitStatus(of: error).code
    }
}

/// Runs a command body, printing any failure as one line on stderr and exiting with its code.
@discardableResult
func reportingFailures<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as ExitCode {
        throw error
    } catch {
        printError(Failure.message(error))
        throw ExitCode(Failure.code(error))
    }
}

/// Writes one line to standard error.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
