import ArgumentParser
import DFCostApp
import DFCostFailure
import DFCostImport
import DFCostModel
import DFCostNotation
import DFCostNumerics
import DFCostRender
import DFCostScenario
import DFCostSimulation
import Foundation

/// How the command line reports a failure: one line on standard error, in the language the user
/// picked (``ChosenLanguage``), and the exit code the error's own class gives
/// (``ExitStatus/init(of:)``; 70 for an error that names none).
enum Failure {
    /// The one line printed for `error`: library errors with their request inputs named as the
    /// flags they came from, worded by DFCostRender's `ErrorWords+*.swift`; any other error as
    /// it describes itself.
    static func message(_ error: any Error, in language: Language = ChosenLanguage.current) -> String {
        let l = language
        return switch error {
        case let error as CommandLineFailure: l.words(error)
        case let error as ScenarioError: l.words(error, naming: CLIFlags.name)
        case let error as CompareFailure: message(error.underlying, in: l)
        // The library does not name flags; the only way to ask for payers is --by payer.
        case let error as TotalsRequestError: "--by payer: \(l.words(error))"
        case let error as VerifyError: l.words(error)
        case let error as ArithmeticError: l.words(error)
        case SimulationError.cancelled: l.words(CommandLineFailure.interrupted)
        // The sink's own error, kept whole: a full disk while writing --samples-out.
        case SimulationError.sinkFailed(let failure): message(failure.underlying, in: l)
        case let error as SimulationError: "simulate: \(l.words(error))"
        case let error as CorrelationError: "simulate: \(l.words(error))"
        case let error as SimulationModelError: l.words(error)
        case let error as SimulationRequestError: l.words(error)
        case let error as ImportError: l.words(error, sheet: "--sheet", like: "--like") { message($0, in: l) }
        default: "\(error)"
        }
    }

    /// The exit code of `error`.
    static func code(_ error: any Error) -> Int32 {
        (error as? ExitCode)?.rawValue ?? ExitStatus(of: error).code
    }
}

/// The error `validate()` throws for a combination of flags refused before any work: the
/// library's usage message (with the command's usage line after it), worded in the chosen
/// language.
func refused(_ failure: CommandLineFailure) -> ValidationError {
    ValidationError(ChosenLanguage.current.words(failure))
}

/// Runs a command body, printing any failure as one line on stderr and exiting with its code.
@discardableResult
func reportingFailures<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as ExitCode {
        throw error
    } catch {
        printFailure(Failure.message(error))
        throw ExitCode(Failure.code(error))
    }
}

/// Writes an error on standard error as one line after the prefix every error line shares
/// ("Feil: " / "Error: ", ``Language/errorLine(_:)``): the one place the command line prints an
/// error. Warnings, receipts and serve's start line go through ``printError(_:)`` as they are.
func printFailure(_ message: String) {
    printError(ChosenLanguage.current.errorLine(message))
}

/// Writes one line to standard error.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
