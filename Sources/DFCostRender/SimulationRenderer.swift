import DFCostModel
import DFCostNumerics
import DFCostSimulation

/// Renders `dfcost simulate`: per summed year and for the horizon total, mean, sd and
/// percentiles with their Monte Carlo standard errors, exceedance probabilities, the KS2-style
/// breakdown, and the sensitivity tornado.
public struct SimulationRenderer: Sendable {
    public var locale: Locale
    public var csvDialect: CSVDialect

    public init(locale: Locale = .nb, csvDialect: CSVDialect = .excel) {
        self.locale = locale
        self.csvDialect = csvDialect
    }

    /// Column label for people: "2025", "2024–2025" (cumulative level) or "total".
    static func label(_ c: ColumnStatistics, years: [Int]) -> String {
        switch c.kind {
        case .output(let i): "\(years[i])"
        case .cumulative(let i): "cumulative \(years[i])"
        case .total: "total"
        }
    }

    static func percentileKey(_ p: Double) -> String {
        let scaled = p * 100
        return scaled == scaled.rounded() ? "P\(Int(scaled))" : "P\(scaled)"
    }

    public func render(_ result: SimulationResult, model: SimulationModel, paired: Bool, format: OutputFormat,
                       payers: PayerSimulation? = nil) -> String {
        switch format {
        case .json:
            guard case .object(var members) = json(result, model: model, paired: paired) else { return "" }
            if let payers { members.append(("by_payer", payerJSON(payers))) }
            return JSONValue.object(members).render()
        case .csv: return csv(result, model: model)
        case .text, .markdown: return text(result, model: model, paired: paired) + (payers.map(payerText) ?? "")
        }
    }

    func payerText(_ p: PayerSimulation) -> String {
        let n = locale.numbers
        var grid = TextGrid()
        grid.rows.append([locale == .nb ? "Betaler" : "Payer"] + p.years.flatMap { ["\($0) P50", "\($0) P85"] })
        grid.rulesAfter = [0]
        for payer in p.payers {
            grid.rows.append([payer.name] + p.years.flatMap { y -> [String] in
                let c = p.result.column("\(payer.id)/\(y)")
                return [c?.percentile(0.5).map { n.format($0.value, decimals: 2) } ?? "", c?.percentile(0.85).map { n.format($0.value, decimals: 2) } ?? ""]
            })
        }
        return "\n" + (locale == .nb ? "Fordeling på betalere, P50 og P85 per år (MNOK)" : "Allocation to payers, P50 and P85 per year (MNOK)") + "\n" + grid.render()
    }

    func payerJSON(_ p: PayerSimulation) -> JSONValue {
        .object(p.payers.map { payer in
            (payer.id, .object(p.years.map { y in
                let c = p.result.column("\(payer.id)/\(y)")
                return ("\(y)", .object([
                    ("mean", c.map { .double($0.mean) } ?? .null),
                    ("P50", c?.percentile(0.5).map { .double($0.value) } ?? .null),
                    ("P85", c?.percentile(0.85).map { .double($0.value) } ?? .null),
                ]))
            }))
        })
    }

    func rows(_ result: SimulationResult, model: SimulationModel) -> [ColumnStatistics] {
        // Yearly increases, then cumulative levels after the first year (the first equals the
        // first increase), then the total.
        result.columns.filter {
            if case .cumulative(let i) = $0.kind { return i > 0 && i < model.years.count - 1 }
            return true
        }
    }

    func text(_ result: SimulationResult, model: SimulationModel, paired: Bool) -> String {
        let n = locale.numbers
        var out = paired
            ? "Paired difference OTHER − BASE on common random numbers: \(result.trials) trials, seed \(result.seed) (MNOK)\n\n"
            : "Monte Carlo: \(result.trials) trials, seed \(result.seed) (MNOK; percentiles are non-exceedance, ± Monte Carlo standard error)\n\n"
        let ps = result.columns.first?.percentiles.map(\.probability) ?? []
        var grid = TextGrid()
        grid.rows.append([""] + ["mean", "sd"] + ps.map(Self.percentileKey))
        grid.rulesAfter = [0]
        for c in rows(result, model: model) {
            grid.rows.append([Self.label(c, years: model.years), n.format(c.mean, decimals: 2), n.format(c.standardDeviation, decimals: 2)]
                             + c.percentiles.map { "\(n.format($0.value, decimals: 2)) ±\(n.format($0.standardError, decimals: 2))" })
        }
        out += grid.render()
        let exceed = result.columns.flatMap { c in c.exceedances.map { (c, $0) } }
        if !exceed.isEmpty {
            out += "\n"
            for (c, e) in exceed {
                out += "P(\(Self.label(c, years: model.years)) > \(n.format(e.threshold, decimals: 2))) = \(n.format(e.probability * 100, decimals: 1)) % ±\(n.format(e.standardError * 100, decimals: 1))\n"
            }
        }
        if !paired, let p50 = result.total.percentile(0.5), let p85 = result.total.percentile(0.85) {
            out += "\nKS2 breakdown of the horizon total (\(model.years.first.map(String.init) ?? "")–\(model.years.last.map(String.init) ?? "")):\n"
            var k = TextGrid()
            k.rows = [
                ["deterministic base (exact)", n.format(model.totals.horizonTotal)],
                ["P50 (styringsramme)", n.format(p50.value, decimals: 2)],
                ["P85 (kostnadsramme)", n.format(p85.value, decimals: 2)],
                ["reserve P85 − P50", n.format(p85.value - p50.value, decimals: 2)],
            ]
            out += k.render()
        }
        if !result.sensitivity.isEmpty {
            out += "\nSensitivity of the horizon total (largest first): SRC = standardized regression coefficient, ρ = Spearman rank correlation\n"
            var s = TextGrid()
            s.rows.append(["factor", "SRC", "ρ", ""])
            s.rulesAfter = [0]
            let largest = result.sensitivity.map { abs($0.standardizedCoefficient) }.max() ?? 1
            for e in result.sensitivity {
                let bar = String(repeating: "█", count: largest > 0 ? Int((abs(e.standardizedCoefficient) / largest * 20).rounded()) : 0)
                s.rows.append([e.factorID, n.format(e.standardizedCoefficient, decimals: 3), n.format(e.spearman, decimals: 3), bar])
            }
            s.leftAligned = [3]
            out += s.render()
        }
        return out
    }

    func csv(_ result: SimulationResult, model: SimulationModel) -> String {
        var w = CSVWriter(dialect: csvDialect)
        let ps = result.columns.first?.percentiles.map(\.probability) ?? []
        w.row(["column", "mean", "sd"] + ps.flatMap { [Self.percentileKey($0), Self.percentileKey($0) + "_se"] })
        for c in rows(result, model: model) {
            w.row([Self.label(c, years: model.years), w.number(c.mean, decimals: 6), w.number(c.standardDeviation, decimals: 6)]
                  + c.percentiles.flatMap { [w.number($0.value, decimals: 6), w.number($0.standardError, decimals: 6)] })
        }
        return w.output
    }

    func json(_ result: SimulationResult, model: SimulationModel, paired: Bool) -> JSONValue {
        func stats(_ c: ColumnStatistics) -> JSONValue {
            var members: [(String, JSONValue)] = [("mean", .double(c.mean)), ("sd", .double(c.standardDeviation))]
            for p in c.percentiles { members.append((Self.percentileKey(p.probability), .double(p.value))) }
            members.append(("standard_errors", .object(
                [("mean", .double(c.meanStandardError))] + c.percentiles.map { (Self.percentileKey($0.probability), .double($0.standardError)) })))
            if !c.exceedances.isEmpty {
                members.append(("exceedance", .array(c.exceedances.map {
                    .object([("threshold", .double($0.threshold)), ("probability", .double($0.probability)), ("standard_error", .double($0.standardError))])
                })))
            }
            return .object(members)
        }
        var yearStats: [(String, JSONValue)] = []
        var cumulative: [(String, JSONValue)] = []
        for c in result.columns {
            switch c.kind {
            case .output(let i): yearStats.append(("\(model.years[i])", stats(c)))
            case .cumulative(let i): cumulative.append(("\(model.years[i])", stats(c)))
            case .total: yearStats.append(("total", stats(c)))
            }
        }
        var members: [(String, JSONValue)] = [
            ("schema", .string("dfcost.simulate/1")),
            ("kind", .string(paired ? "paired_difference" : "simulation")),
            ("trials", .number("\(result.trials)")), ("seed", .number("\(result.seed)")),
            ("summed_years", .array(model.years.map { .number("\($0)") })),
            ("stats", .object(yearStats)),
            ("cumulative", .object(cumulative)),
        ]
        if !paired, let p50 = result.total.percentile(0.5), let p85 = result.total.percentile(0.85) {
            members.append(("ks2", .object([
                ("deterministic_base", .string(model.totals.horizonTotal.description)),
                ("P50", .double(p50.value)), ("P85", .double(p85.value)), ("reserve", .double(p85.value - p50.value)),
            ])))
        }
        members.append(("sensitivity", .array(result.sensitivity.map {
            .object([("factor", .string($0.factorID)), ("src", .double($0.standardizedCoefficient)), ("spearman", .double($0.spearman))])
        })))
        return .object(members)
    }
}

/// A simulation of each payer's part per summed year (outputs named "payer/year").
public struct PayerSimulation: Sendable {
    public var payers: [PayerKeys.Payer]
    public var years: [Int]
    public var result: SimulationResult

    public init(payers: [PayerKeys.Payer], years: [Int], result: SimulationResult) {
        self.payers = payers
        self.years = years
        self.result = result
    }
}
