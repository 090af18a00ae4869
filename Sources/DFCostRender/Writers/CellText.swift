import DFCostModel

/// How a writer prints a ``Table/Cell`` of a given ``Table/ColumnKind``: for people in a
/// language's number style, or for a spreadsheet in a CSV dialect's.
struct CellText {
    /// The number style of the text.
    var style: NumberStyle
    /// A CSV dialect: numbers as spreadsheets parse them (no grouping, hyphen minus).
    var dialect: CSVDialect?

    static func people(_ language: Language) -> CellText { CellText(style: language.numbers, dialect: nil) }
    static func sheet(_ dialect: CSVDialect) -> CellText { CellText(style: .machine, dialect: dialect) }

    func text(_ cell: Table.Cell, _ kind: Table.ColumnKind) -> String {
        switch cell {
        case .empty: return ""
        case .missing: return dialect == nil ? "–" : ""
        case .text(let s): return s
        case .amount(let x): return amount(x, kind)
        case .tableAmount(let x, let isInternal, let marks):
            let number = amount(x, kind)
            return (isInternal ? "(\(number))" : number) + marks
        case .lines(let lines): return lines.joined(separator: " | ")
        case .number(let d) where kind == .float32 && dialect != nil:
            return CSVWriter(dialect: dialect!, byteOrderMark: false).number(float32: d)
        case .number(let d) where kind == .bar:
            // A magnitude of 0...1 as a bar of up to 20 blocks.
            return String(repeating: "█", count: d.isFinite ? Int((d * 20).rounded()) : 0)
        case .number(let d):
            if case .percent = kind { return number(d * 100, decimals(kind)) + (dialect == nil ? " %" : "") }
            return number(d, decimals(kind))
        case .estimate(let v, let se) where !se.isFinite: return "\(number(v, decimals(kind))) ±–"
        case .estimate(let v, let se): return "\(number(v, decimals(kind))) ±\(number(se, decimals(kind)))"
        }
    }

    private func amount(_ x: ExactDecimal, _ kind: Table.ColumnKind) -> String {
        if let dialect {
            guard case .decimalAmount(let decimals) = kind else { return CSVWriter(dialect: dialect, byteOrderMark: false).number(x) }
            let text = NumberStyle.machine.format(x, decimals: max(decimals, x.scale))
            return dialect == .excel ? text.replacingDots() : text
        }
        switch kind {
        case .change where !x.isNegative && !x.isZero: return "+" + style.format(x)
        case .percent(let decimals): return style.format(x, decimals: decimals) + " %"
        case .decimalAmount(let decimals): return style.format(x, decimals: max(decimals, x.scale))
        default: break
        }
        return style.format(x)
    }

    private func number(_ d: Double, _ decimals: Int) -> String {
        if let dialect { return CSVWriter(dialect: dialect, byteOrderMark: false).number(d, decimals: decimals) }
        return style.format(d, decimals: decimals)
    }

    private func decimals(_ kind: Table.ColumnKind) -> Int {
        switch kind {
        case .statistic(let d), .percent(let d), .decimalAmount(let d): d
        case .count: 0
        default: 2
        }
    }
}
