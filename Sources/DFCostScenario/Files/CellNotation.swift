import DFCostModel

/// The table's own cell notation, as the report prints it: `55`, `-12*`, `(14)*`, `(2,3) *`.
///
/// Parentheses mean covered internally (never summed); a trailing mark (`*`) names the condition
/// declared with that mark. A decimal comma is accepted as well as a point, and the Unicode minus
/// sign as well as the hyphen.
public enum CellNotation {
    /// Why a text is not a cell, with the text as written; ``message`` is the English line,
    /// naming the text and what to write instead.
    public enum Failure: Error, Sendable, Hashable, CustomStringConvertible {
        /// A condition's mark written twice.
        case repeatedMark(String, mark: String)
        /// No digit at all: `nan`, `inf` (`finite` true) or any other word.
        case notAnAmount(String, finite: Bool)
        /// A trailing character that is not one of the declared marks.
        case unknownMark(String, mark: String, declared: [String])
        /// Digits that are no exact decimal.
        case notACell(String, ExactDecimal.ParseFailure)

        /// How a cell is written, in the table's notation.
        public static let examples = "55, -12*, (14) or (2,3)*"

        public var description: String {
            switch self {
            case .repeatedMark(let raw, let mark):
                "'\(raw)': the mark '\(mark)' is repeated; a cell depends on a condition once (write it once)"
            case .notAnAmount(let raw, let finite): "'\(raw)' \(finite ? "is not a finite amount" : "is not an amount") (write \(Self.examples))"
            case .unknownMark(let raw, let mark, let declared):
                "'\(raw)': unknown mark '\(mark)' (declared marks: \(declared.isEmpty ? "none" : declared.joined(separator: " ")))"
            case .notACell(let raw, let failure): "'\(raw)' is not a cell: \(failure) (write \(Self.examples))"
            }
        }

        /// The English line.
        public var message: String { description }
    }

    /// A cell read: its amount, whether it is internal, the marks of its conditions.
    public struct Parsed: Sendable, Hashable {
        public var amount: ExactDecimal
        public var isInternal: Bool
        public var marks: [String]
    }

    /// Reads one cell in the table's notation, peeling the known marks (longest first).
    public static func parse(_ raw: String, marks known: [String]) -> Result<Parsed, Failure> {
        var text = raw.replacingAll("\u{2212}", with: "-").replacingAll("\u{00A0}", with: " ").trimmedSpaces
        var marks: [String] = []
        // Peel trailing marks, longest first, so "**" wins over "*".
        let sortedMarks = known.sorted { $0.count > $1.count }
        var peeled = true
        while peeled {
            peeled = false
            for mark in sortedMarks where !mark.isEmpty && text.hasSuffix(mark) {
                guard !marks.contains(mark) else {
                    return .failure(.repeatedMark(raw, mark: mark))
                }
                marks.insert(mark, at: 0)
                text = String(text.dropLast(mark.count)).trimmedSpaces
                peeled = true
                break
            }
        }
        // No digit at all ("NaN", "inf", "abc", "*"): say so, rather than blame the last letter as a mark.
        if !text.contains(where: \.isNumber) {
            let word = text.lowercased().filter { !"()+- ".contains($0) }
            return .failure(.notAnAmount(raw, finite: ["nan", "inf", "infinity"].contains(word)))
        }
        if let last = text.last, !(last.isNumber || last == ")") {
            return .failure(.unknownMark(raw, mark: String(last), declared: known))
        }
        var isInternal = false
        if text.hasPrefix("("), text.hasSuffix(")") {
            isInternal = true
            text = String(text.dropFirst().dropLast()).trimmedSpaces
        }
        text = text.replacingAll(",", with: ".").replacingAll(" ", with: "")
        do {
            let amount = try ExactDecimal.parse(text)
            return .success(Parsed(amount: amount, isInternal: isInternal, marks: marks))
        } catch {
            return .failure(.notACell(raw, error))
        }
    }
}

extension String {
    /// Every occurrence of `target` replaced (kept here to avoid Foundation in the loader).
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        out.reserveCapacity(count)
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
