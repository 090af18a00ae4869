/// A dense real matrix stored row-major, the shape LAPACKE and CBLAS are called with.
///
/// A value type: copies are cheap until written (the storage is a Swift array), so a
/// `Matrix` is `Sendable` and can be shared freely between simulation workers.
public struct Matrix: Sendable, Equatable, CustomStringConvertible {
    /// Number of rows.
    public let rows: Int
    /// Number of columns.
    public let columns: Int
    /// The entries, row after row: entry (i, j) is `elements[i * columns + j]`.
    public var elements: [Double]

    /// Creates a matrix from row-major elements.
    /// - Precondition: `elements.count == rows * columns` (a programming error otherwise).
    public init(rows: Int, columns: Int, elements: [Double]) {
        precondition(rows >= 0 && columns >= 0 && elements.count == rows * columns,
                     "Matrix: \(elements.count) elements for a \(rows)x\(columns) matrix")
        self.rows = rows
        self.columns = columns
        self.elements = elements
    }

    /// Creates a `rows` x `columns` matrix with every entry equal to `value`.
    public init(rows: Int, columns: Int, repeating value: Double = 0) {
        self.init(rows: rows, columns: columns,
                  elements: [Double](repeating: value, count: rows * columns))
    }

    /// Creates a matrix from an array of equally long rows.
    /// - Precondition: all rows have the same length.
    public init(_ rowArrays: [[Double]]) {
        let columns = rowArrays.first?.count ?? 0
        precondition(rowArrays.allSatisfy { $0.count == columns }, "Matrix: ragged rows")
        self.init(rows: rowArrays.count, columns: columns, elements: rowArrays.flatMap { $0 })
    }

    /// The n x n identity matrix.
    public static func identity(_ n: Int) -> Matrix {
        var m = Matrix(rows: n, columns: n)
        for i in 0..<n { m[i, i] = 1 }
        return m
    }

    /// Entry (i, j), zero-based.
    public subscript(_ i: Int, _ j: Int) -> Double {
        get { elements[i * columns + j] }
        set { elements[i * columns + j] = newValue }
    }

    /// Whether the matrix has as many rows as columns.
    public var isSquare: Bool { rows == columns }

    /// The transpose.
    public var transposed: Matrix {
        var t = Matrix(rows: columns, columns: rows)
        for i in 0..<rows {
            for j in 0..<columns { t[j, i] = self[i, j] }
        }
        return t
    }

    /// Row `i` as an array.
    public func row(_ i: Int) -> [Double] {
        Array(elements[(i * columns)..<((i + 1) * columns)])
    }

    /// The rows as nested arrays (handy for tests and printing).
    public var rowArrays: [[Double]] { (0..<rows).map(row) }

    /// The largest absolute entry-wise difference to `other` (same shape assumed).
    public func maxAbsDifference(_ other: Matrix) -> Double {
        zip(elements, other.elements).reduce(0) { max($0, abs($1.0 - $1.1)) }
    }

    /// One line per row, entries separated by spaces.
    public var description: String {
        rowArrays.map { $0.map { "\($0)" }.joined(separator: " ") }.joined(separator: "\n")
    }
}
