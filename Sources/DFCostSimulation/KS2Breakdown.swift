import DFCostModel
import DFCostNumerics

/// The KS2 table of a simulated horizon total in the terms of the state project model (statens
/// prosjektmodell): basiskostnad, forventet tillegg, styringsramme (P50), forventningsverdi,
/// usikkerhetsavsetning and kostnadsramme (P85). Computed once on the result, so every format
/// shows the same figures.
///
/// The table adds up as printed: P50, P85 and the mean are rounded to ``decimals`` decimals first
/// (``DFCostModel/ExactDecimal/init(rounding:decimals:)``, the rule the number style prints by),
/// and the two differences are exact differences of the printed figures:
///
///     basiskostnad + forventet tillegg = styringsramme
///     styringsramme + usikkerhetsavsetning = kostnadsramme
///
/// The basiskostnad is the exact deterministic total, printed with every decimal it has.
public struct KS2Breakdown: Sendable, Hashable {
    /// The decimals the simulated figures are printed with (MNOK: 0,01 = 10 000 NOK).
    public static let printedDecimals = 2

    /// The first and last summed year the total covers.
    public var firstYear: Int
    public var lastYear: Int
    /// The decimals of ``managementFrame``, ``costFrame`` and ``expectedValue``.
    public var decimals: Int
    /// Basiskostnad: the deterministic horizon total, exact.
    public var baseCost: ExactDecimal
    /// Forventningsverdi: the simulated mean, rounded to ``decimals``.
    public var expectedValue: ExactDecimal
    /// Styringsramme: P50, rounded to ``decimals``.
    public var managementFrame: ExactDecimal
    /// Kostnadsramme: P85, rounded to ``decimals``.
    public var costFrame: ExactDecimal
    /// Forventet tillegg: styringsramme − basiskostnad, exact.
    public var expectedAddition: ExactDecimal
    /// Usikkerhetsavsetning: kostnadsramme − styringsramme, exact.
    public var contingencyReserve: ExactDecimal

    /// The unrounded figures (JSON keeps them): the mean, P50 and P85 as simulated.
    public var mean: Double
    public var p50: Double
    public var p85: Double
    /// P85 − P50 unrounded (JSON's `reserve`); the table shows ``contingencyReserve``.
    public var reserve: Double { p85 - p50 }

    /// The breakdown of `result`'s horizon total over `model`'s deterministic totals; nil when
    /// the result lacks P50 or P85 (they were not asked for), the model sums no year, or a figure
    /// is not finite.
    public init?(result: SimulationResult, model: SimulationModel, decimals: Int = KS2Breakdown.printedDecimals) {
        guard let first = model.years.first, let last = model.years.last,
              let p50 = result.total.percentile(0.5), let p85 = result.total.percentile(0.85) else { return nil }
        self.init(firstYear: first, lastYear: last, baseCost: model.totals.horizonTotal, mean: result.total.mean,
                  p50: p50.value, p85: p85.value, decimals: decimals)
    }

    /// The breakdown of the given figures; nil when one is not finite or a difference overflows.
    public init?(firstYear: Int, lastYear: Int, baseCost: ExactDecimal, mean: Double, p50: Double, p85: Double,
                 decimals: Int = KS2Breakdown.printedDecimals) {
        guard let expected = ExactDecimal(rounding: mean, decimals: decimals),
              let management = ExactDecimal(rounding: p50, decimals: decimals),
              let cost = ExactDecimal(rounding: p85, decimals: decimals),
              let addition = try? management.subtracting(baseCost),
              let reserve = try? cost.subtracting(management) else { return nil }
        self.firstYear = firstYear
        self.lastYear = lastYear
        self.decimals = decimals
        self.baseCost = baseCost
        expectedValue = expected
        managementFrame = management
        costFrame = cost
        expectedAddition = addition
        contingencyReserve = reserve
        self.mean = mean
        self.p50 = p50
        self.p85 = p85
    }
}
