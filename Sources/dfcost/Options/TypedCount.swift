import ArgumentParser
import DFCostModel
import DFCostNotation
import DFCostRender

/// A count typed on the command line (`--trials`, `--threads`, `--sensitivity-sample`, serve's
/// `--max-trials` and `--max-simulations`), read as every number typed is (``TypedNumber``):
/// `20000`, or grouped by a space, no-break or narrow no-break space (`20 000`) as the Norwegian
/// output prints counts. A text that is no whole number is kept with why, so the command's
/// `validate()` refuses it in words (``CommandLineFailure/notACount(flag:text:problem:)``) instead
/// of the parser's bare "invalid value". The default is shown grouped in Norwegian help.
struct TypedCount: ExpressibleByArgument, Sendable, Hashable {
    /// The text as typed.
    let text: String
    /// The count, or why the text is none.
    let read: Result<Int, TypedNumber.Problem>

    init(_ count: Int) {
        text = String(count)
        read = .success(count)
    }

    init(argument: String) {
        text = argument
        read = TypedNumber.integer(argument)
    }

    /// The count once ``checked(_:)`` has passed (0 for a text that is none).
    var number: Int { (try? read.get()) ?? 0 }

    /// The count, or the refusal of the text given to `flag`.
    func checked(_ flag: String) throws -> Int {
        switch read {
        case .success(let n): return n
        case .failure(let problem):
            // Digits only (grouped or not), yet no Int: a whole number too large to hold.
            let digits = text.filter { !" \u{00A0}\u{202F}".contains($0) }
            if !digits.isEmpty, digits.allSatisfy({ ("0"..."9").contains($0) }) { throw refused(.countTooLarge(flag: flag, text: text)) }
            throw refused(.notACount(flag: flag, text: text, problem: problem))
        }
    }

    var defaultValueDescription: String {
        ChosenLanguage.current == .nb ? ChosenLanguage.current.count(number) : text
    }
}

/// A number of seconds typed on the command line (serve's `--time-limit`), read as every
/// number typed is (``TypedNumber``): `1,5` and `1.5` alike. A text that is no number is kept,
/// for `validate()` to refuse in words; the default is shown in the help's number style.
struct TypedSeconds: ExpressibleByArgument, Sendable, Hashable {
    let text: String
    let read: Result<ExactDecimal, TypedNumber.Problem>

    init(_ seconds: Int) {
        text = String(seconds)
        read = .success(ExactDecimal(seconds))
    }

    init(argument: String) {
        text = argument
        read = TypedNumber.decimal(argument)
    }

    /// The seconds once ``checked(_:)`` has passed (0 for a text that is none).
    var seconds: Double { (try? read.get()).flatMap { Double($0.description) } ?? 0 }

    /// The seconds, or the refusal of the text given to `flag`.
    func checked(_ flag: String) throws -> Double {
        if case .failure(let problem) = read { throw refused(.notANumber(flag: flag, text: text, problem: problem)) }
        return seconds
    }

    var defaultValueDescription: String { ExactDecimal(text).map { ChosenLanguage.current.figure($0) } ?? text }
}

/// The random seed typed on the command line: a whole number from 0 to 2^64 − 1. Read without
/// grouping (a seed is a name for a stream of numbers, not an amount). `--seed -1` and
/// `--seed=-1` alike reach `validate()`, which refuses them in words
/// (``CommandLineFailure/badSeed(_:)``) rather than as a missing value.
struct TypedSeed: ExpressibleByArgument, Sendable, Hashable {
    let text: String
    let seed: UInt64?

    init(_ seed: UInt64) {
        text = String(seed)
        self.seed = seed
    }

    init(argument: String) {
        text = argument
        seed = UInt64(argument)
    }

    /// The seed, or the refusal of the text.
    func checked() throws -> UInt64 {
        guard let seed else { throw refused(.badSeed(text)) }
        return seed
    }

    var defaultValueDescription: String { text }
}
