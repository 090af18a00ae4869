import DFCostModel

/// The table's own cell notation, as the report prints it: `55`, `-12*`, `(14)*`, `(2,3) *`.
///
/// Parentheses mean covered internally (never summed); a trailing mark (`*`) names the condition
/// declared with that mark. A decimal comma is accepted as well as a point, and the Unicode minus
/// sign as well as the hyphen.
public enum CellNotation {
    /// Why a text is not a cell, as data (the text as written, the mark), so that a front end
    /// words it in the user's language; ``description`` is the English line, naming the text and
    /// what to write instead.
    public enum Failure: Error, Sendable, Hashable, CustomStringConvertible {
        /// A mark written twice on one cell.
        case repeatedMark(text: String, mark: String)
        /// `NaN`, `inf`: no finite amount.
        case notFinite(text: String)
        /// No digit at all.
        case notAnAmount(text: String)
        /// A trailing sign that is no declared mark (the declared marks listed).
        case unknownMark(text: String, mark: String, declared: [String])
        /// Digits that do not read as an exact decimal.
        case notACell(text: String, ExactDecimal.ParseFailure)

        /// The cell notation's examples, the same in every language.
        public static let examples = "55, -12*, (14) or (2,3)*"

        public var description: String {
            switch self {
            case .repeatedMark(let text, let mark): "'\(text)': the mark '\(mark)' is repeated; a cell depends on a condition once (write it once)"
            case .notFinite(let text): "'\(text)' is not a finite amount (write \(Self.examples))"
            case .notAnAmount(let text): "'\(text)' is not an amount (write \(Self.examples))"
            case .unknownMark(let text, let mark, let declared):
                "'\(text)': unknown mark '\(mark)' (declared marks: \(declared.isEmpty ? "none" : declared.joined(separator: " ")))"
            case .notACell(let text, let failure): "'\(text)' is not a cell: \(failure) (write \(Self.examples))"
            }
        }

        /// The English line (``description``).
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
                    return .failure(.repeatedMark(text: raw, mark: mark))
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
            return .failure(["nan", "inf", "infinity"].contains(word) ? .notFinite(text: raw) : .notAnAmount(text: raw))
        }
        if let last = text.last, !(last.isNumber || last == ")") {
            return .failure(.unknownMark(text: raw, mark: String(last), declared: known))
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
            return .failure(.notACell(text: raw, error))
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
