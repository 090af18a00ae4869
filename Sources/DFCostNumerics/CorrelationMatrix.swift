/// A correlation matrix over named factors, built from groups and explicit pairs.
///
/// The names are the factors' stable ids. Within each connected component of the
/// correlation graph (factors linked by nonzero coefficients) the factors are ordered by
/// id (byte-wise UTF-8), and the Gaussian copula uses the Cholesky factor of each
/// component in that order. Because the leading block of a Cholesky factor depends only on
/// the leading block of the matrix, adding a factor whose id sorts last in its component,
/// or any factor in another component, leaves every existing factor's draws unchanged
/// (common random numbers across scenario variants).
public struct CorrelationMatrix: Sendable, Equatable {
    /// A set of factors sharing one pairwise coefficient.
    public struct Group: Sendable, Equatable {
        /// Factor indices (order irrelevant, duplicates ignored).
        public var members: [Int]
        /// The coefficient between every two distinct members.
        public var coefficient: Double
        /// A group.
        public init(members: [Int], coefficient: Double) {
            self.members = members
            self.coefficient = coefficient
        }
    }

    /// An explicit coefficient between two factors; overrides any group value.
    public struct Pair: Sendable, Equatable {
        /// First factor index.
        public var i: Int
        /// Second factor index.
        public var j: Int
        /// The coefficient.
        public var coefficient: Double
        /// A pair.
        public init(_ i: Int, _ j: Int, coefficient: Double) {
            self.i = i
            self.j = j
            self.coefficient = coefficient
        }
    }

    /// A connected component of the correlation graph with its Cholesky factor.
    public struct Component: Sendable, Equatable {
        /// Factor indices ordered by id.
        public var members: [Int]
        /// Lower Cholesky factor of the component's correlation block, in `members` order.
        public var lower: Matrix
    }

    /// Factor names (ids), index-aligned with the matrix.
    public let names: [String]
    /// The full symmetric matrix.
    public private(set) var matrix: Matrix

    /// The identity correlation over `names` (independent factors).
    public init(names: [String]) {
        self.names = names
        self.matrix = .identity(names.count)
    }

    /// Wraps an explicit matrix. Shape is checked here; the rest by `validate()`.
    /// - Throws: `.shapeMismatch` when `matrix` is not `names.count` square.
    public init(names: [String], matrix: Matrix) throws(CorrelationError) {
        guard matrix.rows == names.count, matrix.columns == names.count else {
            throw .shapeMismatch(rows: matrix.rows, columns: matrix.columns, names: names.count)
        }
        self.names = names
        self.matrix = matrix
    }

    /// Builds the matrix from groups, then pairs (pairs override groups).
    /// - Throws: `.indexOutOfRange`, `.coefficientOutOfRange`, `.selfCorrelation`, or
    ///   `.conflictingCoefficient` when two groups (or two pairs) disagree on a pair.
    public init(names: [String], groups: [Group], pairs: [Pair] = []) throws(CorrelationError) {
        self.init(names: names)
        var setByGroup = Set<Int>()
        for group in groups {
            let members = Array(Set(group.members)).sorted()
            for m in members where !(0..<names.count).contains(m) {
                throw .indexOutOfRange(index: m, count: names.count)
            }
            for (x, i) in members.enumerated() {
                for j in members[(x + 1)...] {
                    try checkRange(i, j, group.coefficient)
                    let key = i * names.count + j
                    if setByGroup.contains(key), matrix[i, j] != group.coefficient {
                        throw .conflictingCoefficient(first: names[i], second: names[j],
                                                      old: matrix[i, j], new: group.coefficient)
                    }
                    setByGroup.insert(key)
                    matrix[i, j] = group.coefficient
                    matrix[j, i] = group.coefficient
                }
            }
        }
        var setByPair = Set<Int>()
        for pair in pairs {
            for m in [pair.i, pair.j] where !(0..<names.count).contains(m) {
                throw .indexOutOfRange(index: m, count: names.count)
            }
            guard pair.i != pair.j else { throw .selfCorrelation(name: names[pair.i]) }
            let (i, j) = (min(pair.i, pair.j), max(pair.i, pair.j))
            try checkRange(i, j, pair.coefficient)
            let key = i * names.count + j
            if setByPair.contains(key), matrix[i, j] != pair.coefficient {
                throw .conflictingCoefficient(first: names[i], second: names[j],
                                              old: matrix[i, j], new: pair.coefficient)
            }
            setByPair.insert(key)
            matrix[i, j] = pair.coefficient
            matrix[j, i] = pair.coefficient
        }
    }

    private func checkRange(_ i: Int, _ j: Int, _ r: Double) throws(CorrelationError) {
        guard r.isFinite, abs(r) <= 1 else {
            throw .coefficientOutOfRange(first: names[i], second: names[j], value: r)
        }
    }

    /// The coefficient between factors `i` and `j`.
    public subscript(_ i: Int, _ j: Int) -> Double { matrix[i, j] }

    /// Number of factors.
    public var count: Int { names.count }

    /// The nonzero off-diagonal coefficients (upper triangle), named.
    public var nonzeroCoefficients: [NamedCoefficient] { coefficients(among: Array(0..<count)) }

    func coefficients(among indices: [Int]) -> [NamedCoefficient] {
        let sorted = indices.sorted()
        var out: [NamedCoefficient] = []
        for (x, i) in sorted.enumerated() {
            for j in sorted[(x + 1)...] where matrix[i, j] != 0 {
                out.append(NamedCoefficient(i: i, j: j, first: names[i], second: names[j],
                                            value: matrix[i, j]))
            }
        }
        return out
    }

    /// Whether `a` sorts before `b` in the id order used for components (UTF-8 bytes).
    static func idPrecedes(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    /// Connected components of the graph with an edge for each nonzero coefficient, each
    /// ordered by id; components ordered by their first member's index.
    public func components() -> [[Int]] {
        components(of: Array(0..<count))
    }

    func components(of subset: [Int]) -> [[Int]] {
        var parent = [Int: Int]()
        for i in subset { parent[i] = i }
        func find(_ x: Int) -> Int {
            var x = x
            while let p = parent[x], p != x { parent[x] = parent[p]; x = parent[x]! }
            return x
        }
        for (x, i) in subset.enumerated() {
            for j in subset[(x + 1)...] where matrix[i, j] != 0 || matrix[j, i] != 0 {
                let (ri, rj) = (find(i), find(j))
                if ri != rj { parent[max(ri, rj)] = min(ri, rj) }
            }
        }
        var byRoot: [Int: [Int]] = [:]
        var roots: [Int] = []
        for i in subset.sorted() {
            let r = find(i)
            if byRoot[r] == nil { roots.append(r) }
            byRoot[r, default: []].append(i)
        }
        return roots.map { byRoot[$0]!.sorted { CorrelationMatrix.idPrecedes(names[$0], names[$1]) } }
    }

    /// Checks symmetry, unit diagonal and |r| <= 1 (no factorization).
    public func validateEntries() throws(CorrelationError) {
        for i in 0..<count {
            guard matrix[i, i] == 1 else { throw .diagonalNotOne(name: names[i], value: matrix[i, i]) }
            for j in (i + 1)..<count {
                let (u, l) = (matrix[i, j], matrix[j, i])
                guard u == l else {
                    throw .notSymmetric(first: names[i], second: names[j], upper: u, lower: l)
                }
                try checkRange(i, j, u)
            }
        }
    }

    /// Validates the matrix and factorizes it component by component.
    /// - Returns: the components (ordered by id inside) with their lower Cholesky factors.
    /// - Throws: entry errors from `validateEntries()`, or `.notPositiveDefinite` naming the
    ///   coefficients among the factors of the leading minor where `dpotrf` stopped (in the
    ///   failing component's id order), restricted to those connected to the minor's last
    ///   factor.
    public func choleskyComponents() throws(CorrelationError) -> [Component] {
        try validateEntries()
        var result: [Component] = []
        for members in components() {
            let m = members.count
            var block = Matrix(rows: m, columns: m)
            for (a, i) in members.enumerated() {
                for (b, j) in members.enumerated() { block[a, b] = matrix[i, j] }
            }
            do {
                result.append(Component(members: members, lower: try LinearAlgebra.cholesky(block)))
            } catch .notPositiveDefinite(let minor) {
                let leading = Array(members[0..<minor])
                let last = members[minor - 1]
                let involved = components(of: leading).first { $0.contains(last) } ?? leading
                throw .notPositiveDefinite(coefficients: coefficients(among: involved))
            } catch {
                throw .linearAlgebra(error)
            }
        }
        return result
    }

    /// Validates entries and positive definiteness (by Cholesky).
    /// - Throws: see `choleskyComponents()`.
    public func validate() throws(CorrelationError) {
        _ = try choleskyComponents()
    }
}
