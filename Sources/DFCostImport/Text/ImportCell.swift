import DFCostTableLayout
import DFCostScenario
import DFCostModel

/// Reading single fields of an imported table: years, amounts in the report's notation, marks.
enum ImportCell {
    /// The year a header field names ("2024"), if it is one in the accepted range.
    static func year(_ text: String) -> Int? {
        let t = text.trimmedForImport
        guard t.count == 4, t.allSatisfy(\.isASCII), let y = Int(t), ScenarioLimits.yearRange.contains(y) else { return nil }
        return y
    }

    /// True for a field with no amount: empty, or a dash standing for "nothing" ("-", "–", "—", "−").
    static func isBlank(_ text: String) -> Bool {
        let t = text.trimmedForImport
        return t.isEmpty || t == "-" || t == "\u{2013}" || t == "\u{2014}" || t == "\u{2212}"
    }

    /// Characters that can be read as part of a number, and so are never a condition mark.
    static let numberCharacters: Set<Character> = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", ",", ".", "-", "\u{2212}", "+", "(", ")", "%", " "]

    /// True when a written sum agrees with the computed one: equal, or the computed sum rounded
    /// half away from zero to as many decimals as the written one has (a published 22 for 21.5).
    static func agrees(written: ExactDecimal, computed: ExactDecimal) -> Bool {
        agrees(written: written, computed: computed, scale: scale(of: written))
    }

    /// True when a written total agrees with the computed one at `scale` decimals (its row's).
    static func agrees(written: ExactDecimal, computed: ExactDecimal, scale: Int) -> Bool {
        written == computed || computed.rounded(toScale: scale) == written
    }

    /// The decimals a value is written with (21.5 -> 1).
    static func scale(of value: ExactDecimal) -> Int {
        value.description.split(separator: ".").dropFirst().first?.count ?? 0
    }

    /// Whether `text` reads as an amount in the table's notation (`9,5`, `(14)`, `-12 *`), and not as a year.
    static func isAmount(_ text: String) -> Bool {
        guard year(text) == nil else { return false }
        if case .success = CellNotation.parse(text, marks: mark(text).map { [$0] } ?? []) { return true }
        return false
    }

    /// The trailing mark of a cell such as `-12 *` or `(1,1)*` ("*"), or nil for a plain number.
    static func mark(_ text: String) -> String? {
        var t = Substring(text.trimmedForImport)
        var mark = ""
        while let last = t.last, !(last.isNumber || last.isLetter || last == ")" || last == " " || last == "\u{00A0}") {
            mark.insert(last, at: mark.startIndex)
            t.removeLast()
        }
        return mark.isEmpty ? nil : mark
    }

    /// A cell in the report's notation, with the marks declared so far.
    static func parse(_ field: DelimitedText.Field, marks: [String], file: String) throws(TableImportError) -> CellNotation.Parsed {
        switch CellNotation.parse(field.text, marks: marks) {
        case .success(let parsed): return parsed
        case .failure(let failure):
            throw TableImportError(.init(file: file, line: field.line, column: field.column), .cell(failure))
        }
    }

    /// A stable identifier from free text: lowercase ASCII letters and digits joined by `-`
    /// (æ → ae, ø → o, å → a), at most `limit` characters, cut at a word boundary.
    static func slug(_ text: String, limit: Int = 48) -> String {
        var words: [String] = []
        var word = ""
        for c in text.lowercased() {
            let mapped: String
            switch c {
            case "æ": mapped = "ae"
            case "ø", "ö", "ó", "ò": mapped = "o"
            case "å", "ä", "á", "à": mapped = "a"
            case "é", "è", "ê": mapped = "e"
            case "ü": mapped = "u"
            default: mapped = c.isASCII && (c.isLetter || c.isNumber) ? String(c) : ""
            }
            if mapped.isEmpty {
                if !word.isEmpty { words.append(word); word = "" }
            } else {
                word += mapped
            }
        }
        if !word.isEmpty { words.append(word) }
        var out = ""
        for w in words {
            let next = out.isEmpty ? w : out + "-" + w
            if next.count > limit, !out.isEmpty { break }
            out = next
        }
        return String(out.prefix(limit))
    }

    /// `base`, or `base-2`, `base-3`, ... when taken.
    static func unique(_ base: String, in taken: inout Set<String>) -> String {
        var candidate = base, n = 2
        while taken.contains(candidate) {
            candidate = "\(base)-\(n)"
            n += 1
        }
        taken.insert(candidate)
        return candidate
    }

    /// The smallest power of ten that writes every value exactly: 1 for whole numbers, 0.1, ...
    static func precision(of values: [ExactDecimal]) -> ExactDecimal {
        let scale = values.map { $0.description.split(separator: ".").dropFirst().first?.count ?? 0 }.max() ?? 0
        return (try? ExactDecimal(significand: 1, scale: scale)) ?? .one
    }
}
