import DFCostModel

extension ScenarioFileReason {
    /// Why a file's frame is unusable: its version, its `[table]`, its years, its
    /// `[published_sums]`, its `extends`, its solutions.
    public indirect enum Setup: Sendable, Hashable, CustomStringConvertible {
        /// The file has no `version`.
        case missingVersion(supported: Int)
        /// A `version` this dfcost does not read.
        case unsupportedVersion(Int, supported: Int)
        /// `[table]` in a file that extends another.
        case tableInDerivedFile
        /// The base file of a chain has no `[table]`.
        case baseNeedsTable
        /// A `unit` other than MNOK.
        case unsupportedUnit(String)
        /// `years` or `summed_years` is empty.
        case noYears(key: String)
        /// More years than dfcost holds.
        case tooManyYears(key: String, count: Int, maximum: Int)
        /// A year outside the years dfcost accepts.
        case yearOutsideLimits(Int, key: String, limits: ClosedRange<Int>)
        /// Years not in increasing order, or repeated.
        case yearsNotIncreasing(key: String)
        /// A key of `[published_sums]` that is neither `precision` nor a year.
        case publishedKeyNotAYear(String)
        /// A published sum for a year that is not summed.
        case publishedSumNotSummed(Int, span: String)
        /// Two solutions with one id.
        case duplicateSolution(String)
        /// `extends` that is not a path.
        case extendsNotAPath
        /// `extends` in a table being imported.
        case importedTableExtends
        /// The file `extends` names cannot be read.
        case extendsUnreadable(ScenarioError)

        public var description: String {
            switch self {
            case .missingVersion(let supported): "missing 'version = \(supported)' (scenario files start with their format version)"
            case .unsupportedVersion(let v, let supported): "unsupported version \(v); this dfcost reads version \(supported)"
            case .tableInDerivedFile: "[table] belongs to the base file of an extends chain; use a horizon operation to change years"
            case .baseNeedsTable: "the base file needs a [table] section (or 'extends' to build on another file)"
            case .unsupportedUnit(let unit): "unit '\(unit)' is not supported; amounts are in MNOK"
            case .noYears(let key): "'\(key)' must list at least one year"
            case .tooManyYears(let key, let count, let maximum): "'\(key)' lists \(count) years; at most \(maximum)"
            case .yearOutsideLimits(let y, let key, let limits):
                "year \(y) in '\(key)' is outside \(limits.lowerBound)-\(limits.upperBound)"
            case .yearsNotIncreasing(let key): "'\(key)' must list years in increasing order without repeats"
            case .publishedKeyNotAYear(let key):
                "unknown key '\(key)' in [published_sums]; expected 'precision' or a year such as 2024"
            case .publishedSumNotSummed(let year, let span): "published sum for \(year), which is not a summed year \(span)"
            case .duplicateSolution(let id): "duplicate solution id '\(id)'"
            case .extendsNotAPath: "'extends' must be the path of another scenario file"
            case .importedTableExtends: "an imported table is a base file; it cannot extend another"
            case .extendsUnreadable(let error): "extends: \(error)"
            }
        }
    }
}
