import DFCostNumerics
import DFCostSimulation

/// `dfcost.simulate/1`, one simulation or the paired difference of a `--compare` run
/// (docs/json-contract.md, docs/simulate.schema.json `simulation`). Members in the order the
/// schema lists them.
///
/// Means, standard deviations and standard errors are Doubles (shortest round-trip text);
/// percentiles and the KS2 figures are read off Float32 storage and written as ``JSONFloat32``;
/// the deterministic base stays an exact decimal string.
public struct SimulationDocument: Encodable, Sendable {
    /// The schema identifier written in every document.
    public static let schemaID = "dfcost.simulate/1"

    public var schema = schemaID
    /// `simulation`, or `paired_difference` for OTHER − BASE.
    public var kind: String
    public var trials: Int
    public var seed: UInt64
    public var summedYears: [Int]
    /// Per summed year, then `total`.
    public var stats: JSONMembers<Statistics>
    /// The cumulative level up to each year.
    public var cumulative: JSONMembers<Statistics>
    public var ks2: KS2?
    public var sensitivity: [Sensitivity]
    /// Left out when every factor has an effect.
    public var noEffect: [String]?
    /// With `--by payer`: each payer's part per year.
    public var byPayer: JSONMembers<JSONMembers<PayerStatistics>>?
    /// The analysis model: every assumption of the run (left out of a paired difference).
    public var analysisModel: AnalysisModelDocument?

    /// The statistics of one column: `mean`, `sd`, each percentile (`P10`, ...), their
    /// `standard_errors`, and the `exceedance` of each budget when there are budgets.
    public struct Statistics: Encodable, Sendable {
        public var mean: Double
        public var sd: Double
        public var percentiles: JSONMembers<JSONFloat32>
        public var standardErrors: JSONMembers<Double>
        public var exceedance: [Exceedance]?

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: MemberKey.self)
            try container.encode(mean, forKey: MemberKey("mean"))
            try container.encode(sd, forKey: MemberKey("sd"))
            for (key, value) in percentiles.members { try container.encode(value, forKey: MemberKey(key)) }
            try container.encode(standardErrors, forKey: MemberKey("standard_errors"))
            try container.encodeIfPresent(exceedance, forKey: MemberKey("exceedance"))
        }
    }

    /// P(column > threshold) and its standard error.
    public struct Exceedance: Encodable, Sendable {
        public var threshold: Double
        public var probability: Double
        public var standardError: Double
    }

    /// The KS2 table (``KS2Breakdown``): first the horizon total's P50 and P85 as simulated and
    /// their unrounded difference `reserve`, beside the exact deterministic total; then the table
    /// as printed, `decimals` giving the precision of the rounded figures, every member an exact
    /// decimal string, the two differences exact differences of the printed figures.
    public struct KS2: Encodable, Sendable {
        public var deterministicBase: JSONDecimal
        public var p50: JSONFloat32
        public var p85: JSONFloat32
        public var reserve: JSONFloat32
        public var decimals: Int
        public var baseCost: JSONDecimal
        public var expectedAddition: JSONDecimal
        public var managementFrame: JSONDecimal
        public var expectedValue: JSONDecimal
        public var contingencyReserve: JSONDecimal
        public var costFrame: JSONDecimal

        init(_ ks2: KS2Breakdown) {
            deterministicBase = JSONDecimal(ks2.baseCost)
            p50 = JSONFloat32(ks2.p50)
            p85 = JSONFloat32(ks2.p85)
            reserve = JSONFloat32(ks2.reserve)
            decimals = ks2.decimals
            baseCost = JSONDecimal(ks2.baseCost)
            expectedAddition = JSONDecimal(ks2.expectedAddition)
            managementFrame = JSONDecimal(ks2.managementFrame)
            expectedValue = JSONDecimal(ks2.expectedValue)
            contingencyReserve = JSONDecimal(ks2.contingencyReserve)
            costFrame = JSONDecimal(ks2.costFrame)
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: MemberKey.self)
            try container.encode(deterministicBase, forKey: MemberKey("deterministic_base"))
            try container.encode(p50, forKey: MemberKey("P50"))
            try container.encode(p85, forKey: MemberKey("P85"))
            try container.encode(reserve, forKey: MemberKey("reserve"))
            try container.encode(decimals, forKey: MemberKey("decimals"))
            try container.encode(baseCost, forKey: MemberKey("base_cost"))
            try container.encode(expectedAddition, forKey: MemberKey("expected_addition"))
            try container.encode(managementFrame, forKey: MemberKey("management_frame"))
            try container.encode(expectedValue, forKey: MemberKey("expected_value"))
            try container.encode(contingencyReserve, forKey: MemberKey("contingency_reserve"))
            try container.encode(costFrame, forKey: MemberKey("cost_frame"))
        }
    }

    /// One bar of the tornado.
    public struct Sensitivity: Encodable, Sendable {
        /// The factor's key, the driver's name or the condition's id.
        public var factor: String
        /// "factor", "driver" or "event".
        public var kind: String
        /// The change in the total's mean across the input's deciles or states (MNOK), when measured.
        public var meanChange: Double?
        @JSONNullable public var src: Double?
        @JSONNullable public var spearman: Double?

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: MemberKey.self)
            try container.encode(factor, forKey: MemberKey("factor"))
            try container.encode(kind, forKey: MemberKey("kind"))
            if let meanChange { try container.encode(meanChange, forKey: MemberKey("mean_change")) }
            try container.encode(_src, forKey: MemberKey("src"))
            try container.encode(_spearman, forKey: MemberKey("spearman"))
        }
    }

    /// A payer's part in one year: mean, P50 and P85 (null when the run has no such column).
    public struct PayerStatistics: Encodable, Sendable {
        @JSONNullable public var mean: Double?
        @JSONNullable public var p50: JSONFloat32?
        @JSONNullable public var p85: JSONFloat32?

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: MemberKey.self)
            try container.encode(_mean, forKey: MemberKey("mean"))
            try container.encode(_p50, forKey: MemberKey("P50"))
            try container.encode(_p85, forKey: MemberKey("P85"))
        }
    }

    /// - Parameters:
    ///   - ks2: the KS2 breakdown, written unless the result is a paired difference.
    ///   - paired: whether the result is a paired difference OTHER − BASE.
    ///   - payers: each payer's part (`--by payer`), or nil.
    ///   - analysis: the analysis model, written unless the result is a paired difference.
    public init(_ result: SimulationResult, model: SimulationModel, ks2: KS2Breakdown?, tornado: Tornado, paired: Bool, payers: PayerSimulation? = nil,
                analysis: AnalysisModel? = nil) {
        kind = paired ? "paired_difference" : "simulation"
        trials = result.trials
        seed = result.seed
        summedYears = model.years
        var stats: [(key: String, value: Statistics)] = []
        var cumulative: [(key: String, value: Statistics)] = []
        for c in result.columns {
            switch c.kind {
            case .output(let i): stats.append(("\(model.years[i])", Self.statistics(c)))
            case .cumulative(let i): cumulative.append(("\(model.years[i])", Self.statistics(c)))
            case .total: stats.append(("total", Self.statistics(c)))
            }
        }
        self.stats = JSONMembers(stats)
        self.cumulative = JSONMembers(cumulative)
        if !paired, let ks2 {
            self.ks2 = KS2(ks2)
        }
        if !paired, let analysis { analysisModel = AnalysisModelDocument(analysis) }
        sensitivity = tornado.rows.map {
            Sensitivity(factor: $0.id, kind: $0.kind.rawValue, meanChange: $0.meanChange, src: $0.standardizedCoefficient, spearman: $0.spearman)
        }
        noEffect = tornado.noEffect.isEmpty ? nil : tornado.noEffect
        byPayer = payers.map { p in
            JSONMembers(p.payers.map { payer in
                (payer.id, JSONMembers(p.years) { y in
                    let c = p.result.column("\(payer.id)/\(y)")
                    return PayerStatistics(mean: c?.mean, p50: c?.percentile(0.5).map { JSONFloat32($0.value) },
                                           p85: c?.percentile(0.85).map { JSONFloat32($0.value) })
                })
            })
        }
    }

    static func statistics(_ c: ColumnStatistics) -> Statistics {
        Statistics(mean: c.mean, sd: c.standardDeviation,
                   percentiles: JSONMembers(c.percentiles.map { (SimulationRenderer.percentileKey($0.probability), JSONFloat32($0.value)) }),
                   standardErrors: JSONMembers([("mean", c.meanStandardError)]
                                               + c.percentiles.map { (SimulationRenderer.percentileKey($0.probability), $0.standardError) }),
                   exceedance: c.exceedances.isEmpty ? nil : c.exceedances.map {
                       Exceedance(threshold: $0.threshold, probability: $0.probability, standardError: $0.standardError)
                   })
    }
}
