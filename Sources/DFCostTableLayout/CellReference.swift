import Foundation

/// A cell's A1 reference: 1-based row and column.
public struct CellReference: Sendable, Hashable {
    /// 1-based row.
    public var row: Int
    /// 1-based column (A = 1).
    public var column: Int

    /// "D7" -> row 7, column 4; nil for anything that is not an A1 reference within Excel's grid.
    public init?(_ text: some StringProtocol) {
        var column = 0, row = 0, letters = 0, digits = 0
        for c in text.utf8 {
            switch c {
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where digits == 0:
                column = column * 26 + Int(c - UInt8(ascii: "A")) + 1
                letters += 1
            case UInt8(ascii: "a")...UInt8(ascii: "z") where digits == 0:
                column = column * 26 + Int(c - UInt8(ascii: "a")) + 1
                letters += 1
            case UInt8(ascii: "$"):
                continue
            case UInt8(ascii: "0")...UInt8(ascii: "9") where letters > 0:
                row = row * 10 + Int(c - UInt8(ascii: "0"))
                digits += 1
            default:
                return nil
            }
            if letters > 3 || digits > 7 { return nil }
        }
        guard letters > 0, digits > 0, row >= 1, row <= 1_048_576, column <= 16_384 else { return nil }
        self.row = row
        self.column = column
    }

    /// A reference from its 1-based row and column.
    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// 1 -> "A", 27 -> "AA".
    public static func letters(_ column: Int) -> String {
        var n = column, out = ""
        while n > 0 {
            let r = (n - 1) % 26
            out = String(UnicodeScalar(UInt8(65 + r))) + out
            n = (n - 1) / 26
        }
        return out
    }

    /// "D7".
    public var name: String { Self.letters(column) + String(row) }

    /// How a sheet is named in a reference: `Ark1`, or `'Mine tall'` when the name holds anything
    /// but letters, digits and `_`.
    public static func sheetName(_ name: String) -> String {
        name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } ? name : "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
