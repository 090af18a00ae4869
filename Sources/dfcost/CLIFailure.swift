import ArgumentParser
import DFCostApp
import DFCostModel
import DFCostNumerics
import DFCostSimulation
import DFCostScenario
import Foundation

/// Errors of the command-line layer, each with its sysexits code.
enum CLIFailure: Error, CustomStringConvertible {
    case usage(String)
    case data(String)
    case cannotCreate(String)

    var description: String {
        switch self {
        case .usage(let m), .data(let m), .cannotCreate(let m): m
        }
    }

    var exitCode: Int32 {
        switch self {
        case .usage: 64
        case .data: 65
        case .cannotCreate: 73
        }
    }
}

/// Runs a command body, printing any failure as one line on stderr and exiting with its code.
func reportingFailures(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ExitCode {
        throw error
    } catch let error as ScenarioError {
        printError(CLIFlags.message(error))
        throw ExitCode(error.isMissingInput ? 66 : error.isUsage ? 64 : 65)
    } catch let error as CLIFailure {
        printError(error.description)
        throw ExitCode(error.exitCode)
    } catch let error as SimulationModelError {
        printError(error.description)
        throw ExitCode(65)
    } catch SimulationError.sinkFailed(let failure) {
        // The sink's own error, kept whole: a full disk while writing --samples-out is exit 73.
        let code = (failure.underlying as? CLIFailure)?.exitCode ?? 73
        printError(failure.description)
        throw ExitCode(code)
    } catch let error as TotalsRequestError {
        // The library does not name flags; the only way to ask for payers is --by payer.
        printError("--by payer: \(error)")
        throw ExitCode(64)
    } catch let error as SimulationRequestError {
        printError(error.description)
        throw ExitCode(64)
    } catch let error as SimulationError {
        printError("simulate: \(error)")
        throw ExitCode(65)
    } catch let error as CorrelationError {
        printError("simulate: \(error)")
        throw ExitCode(65)
    } catch let error as ArithmeticError {
        printError(error.description)
        throw ExitCode(65)
    } catch {
        printError("\(error)")
        throw ExitCode(70)
    }
}

/// Writes one line to standard error.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
