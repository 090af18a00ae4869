import DFCostTableLayout
import DFCostScenario
/// A stored number (`<v>21.5</v>`, `1.5E-2`, `0.30000000000000004`) as plain decimal text,
/// rounded to the 15 significant digits Excel keeps and shows, without exponent or trailing zeros.
enum NumberText {
    /// The decimal text and sign of `raw`, or nil when it is not a number.
    static func decimal(_ raw: String) -> (text: String, sign: Int)? {
        var s = Substring(raw.trimmed(of: " \t\r\n"))
        var negative = false
        if s.first == "-" { negative = true; s.removeFirst() } else if s.first == "+" { s.removeFirst() }
        var exponent = 0
        if let e = s.firstIndex(where: { $0 == "E" || $0 == "e" }) {
            guard let x = Int(s[s.index(after: e)...]), abs(x) < 400 else { return nil }
            exponent = x
            s = s[..<e]
        }
        var digits: [UInt8] = [], point = -1
        for c in s.utf8 {
            if c == UInt8(ascii: ".") {
                guard point < 0 else { return nil }
                point = digits.count
            } else if c >= 48, c <= 57 {
                digits.append(c - 48)
            } else {
                return nil
            }
        }
        guard !digits.isEmpty, digits.count < 400 else { return nil }
        if point < 0 { point = digits.count }
        point += exponent  // digits[0..<point] is the whole part
        // Drop leading zeros.
        while digits.count > 1, digits[0] == 0 { digits.removeFirst(); point -= 1 }
        if digits == [0] { return ("0", 0) }
        // Round to 15 significant digits, half away from zero.
        if digits.count > 15 {
            let up = digits[15] >= 5
            digits = Array(digits[..<15])
            if up {
                var i = 14
                while i >= 0 {
                    if digits[i] == 9 { digits[i] = 0; i -= 1 } else { digits[i] += 1; break }
                }
                if i < 0 { digits.insert(1, at: 0); digits.removeLast(); point += 1 }
            }
        }
        while let last = digits.last, last == 0, digits.count > max(point, 1) { digits.removeLast() }
        var whole = "", fraction = ""
        if point <= 0 {
            whole = "0"
            fraction = String(repeating: "0", count: -point) + digits.map(String.init).joined()
        } else if point >= digits.count {
            whole = digits.map(String.init).joined() + String(repeating: "0", count: point - digits.count)
        } else {
            whole = digits[..<point].map(String.init).joined()
            fraction = digits[point...].map(String.init).joined()
        }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        if digits.allSatisfy({ $0 == 0 }) { return ("0", 0) }
        let text = fraction.isEmpty ? whole : whole + "." + fraction
        return (text, negative ? -1 : 1)
    }
}

extension String {
    func trimmed(of set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}
