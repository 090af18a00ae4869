import ArgumentParser
import DFCostModel
import DFCostRender
import DFCostScenario

/// Runs `body` as ``reportingFailures(_:)`` does (a failure is printed as one line on standard
/// error) but hands the failure back instead of throwing it, so that a CI check can record it in
/// its report and, for `verify`, go on with the next file.
/// - Returns: nil on success; else the error and the exit code it maps to.
func capturingFailure(_ body: () throws -> Void) -> (error: any Error, code: Int32)? {
    do {
        try body()
        return nil
    } catch {
        if !(error is ExitCode) { printFailure(Failure.message(error)) }
        return (error, Failure.code(error))
    }
}

extension CheckSuite {
    /// The suite of a file that could not be checked, from the error that stopped it.
    static func failed(_ command: String, file: String, _ error: any Error, properties: [Property] = []) -> CheckSuite {
        let message = Failure.message(error)
        var place: SourceReference?
        switch error as? ScenarioError {
        case .syntax(let at, _), .file(let at, _): place = at
        case .operation(let at, _): place = at
        case .noMatchWhenStrict(let warning): place = warning.origin
        default: break
        }
        return .error(command, file: file, message: message, at: place, properties: properties)
    }
}
