import DFCostApp
import DFCostFailure
import DFCostNumerics
import DFCostRender
import DFCostScenario
import DFCostSimulation
import Foundation
import Hummingbird

/// A failure as the server answers it: `application/problem+json` (RFC 9457) with the located
/// one-line message in the request's language and the command line's exit class, the HTTP status
/// by that class (64 -> 400, 65 -> 422, 66 -> 404) or by the server's own refusal (``ServerProblem``).
public struct Problem: Sendable, Codable, Hashable {
    public var type: String
    public var title: String
    public var status: Int
    public var detail: String
    public var exit_status: Int

    public init(type: String, title: String, status: Int, detail: String, exit_status: Int) {
        self.type = type
        self.title = title
        self.status = status
        self.detail = detail
        self.exit_status = exit_status
    }

    /// The problem of `error`, worded in `language`.
    public init(_ error: any Error, in language: Language) {
        if let worded = error as? ProblemError {
            self = worded.problem
            return
        }
        if let tooLarge = error as? HTTPError, tooLarge.status == .contentTooLarge {
            self.init(ServerProblem.bodyTooLarge(limit: ServerConfiguration().maxBodyBytes), in: language)
            return
        }
        let exit = ExitStatus(of: error)
        let status: Int
        if let p = error as? ServerProblem {
            status = p.httpStatus
        } else {
            status = switch exit {
            case .usage: 400
            case .data: 422
            case .noInput: 404
            case .interrupted: 503
            case .software, .cantCreate: 500
            }
        }
        self.init(type: "about:blank", title: Self.title(status, in: language), status: status,
                  detail: Self.message(error, in: language), exit_status: Int(exit.code))
    }

    /// The one line of `error`: the library's errors worded by DFCostRender's `ErrorWords+*.swift`
    /// (request inputs named as the query names them, which are the command line's flags without `--`),
    /// the server's own in ``ServeLabels``.
    public static func message(_ error: any Error, in l: Language) -> String {
        switch error {
        case let error as ServerProblem: l.serve.words(error)
        case let error as ScenarioError: l.words(error, naming: \.rawValue)
        case let error as CompareFailure: message(error.underlying, in: l)
        case let error as TotalsRequestError: l.words(error)
        case let error as VerifyError: l.words(error)
        case SimulationError.cancelled: l.serve.cancelled
        case let error as SimulationError: "simulate: \(l.words(error))"
        case let error as CorrelationError: "simulate: \(l.words(error))"
        case let error as SimulationModelError: l.words(error)
        case let error as SimulationRequestError: l.words(error)
        default: "\(error)"
        }
    }

    /// The status's title in `language`.
    static func title(_ status: Int, in l: Language) -> String {
        switch status {
        case 400: l.say(nb: "Ugyldig forespørsel", en: "Bad request")
        case 401: l.say(nb: "Mangler gyldig nøkkel", en: "Unauthorized")
        case 404: l.say(nb: "Finnes ikke", en: "Not found")
        case 405: l.say(nb: "Metoden brukes ikke her", en: "Method not allowed")
        case 413: l.say(nb: "For stor forespørsel", en: "Content too large")
        case 422: l.say(nb: "Feil i dataene", en: "Unprocessable content")
        case 429: l.say(nb: "For mange samtidige simuleringer", en: "Too many requests")
        case 503: l.say(nb: "Ikke tilgjengelig", en: "Service unavailable")
        default: l.say(nb: "Intern feil", en: "Internal error")
        }
    }

    /// The document's bytes.
    public var json: Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)) ?? Data()
    }
}
