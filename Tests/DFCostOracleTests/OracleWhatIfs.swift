/// The command-line what-ifs: `--condition` states, and operations that apply after the files'
/// in the README's order: `--add`, `--set`, `--remove`, `--scale`, `--index`, `--shift`, each in
/// the order given.
struct OracleWhatIfs: Sendable, Hashable {
    /// `--set SELECTOR@YEAR=CELL`: the selector has no years of its own; the cell's year is it.
    struct Set: Sendable, Hashable {
        var selector: OracleSelector
        var cell: OracleCell
    }

    struct Scale: Sendable, Hashable {
        var selector: OracleSelector
        var factor: OracleDecimal
    }

    struct Index: Sendable, Hashable {
        var selector: OracleSelector
        var baseYear: Int
        var rates: [Int: OracleDecimal]
    }

    struct Shift: Sendable, Hashable {
        var selector: OracleSelector
        var years: Int
    }

    var conditions: [OracleStateSetting] = []
    var adds: [OracleLine] = []
    var sets: [Set] = []
    var removes: [OracleSelector] = []
    var scales: [Scale] = []
    var indexes: [Index] = []
    var shifts: [Shift] = []

    var isEmpty: Bool { self == OracleWhatIfs() }

    /// The operations in the order they apply.
    var operations: [OracleOperation] {
        var out = adds.map { OracleOperation(kind: .add($0)) }
        for s in sets {
            var selector = s.selector
            selector.years = s.cell.year...s.cell.year
            out.append(OracleOperation(kind: .set(s.cell), selector: selector))
        }
        out += removes.map { OracleOperation(kind: .remove, selector: $0) }
        out += scales.map { OracleOperation(kind: .scale($0.factor), selector: $0.selector) }
        out += indexes.map { OracleOperation(kind: .index(baseYear: $0.baseYear, rates: $0.rates), selector: $0.selector) }
        out += shifts.map { OracleOperation(kind: .shift($0.years), selector: $0.selector) }
        return out
    }
}
