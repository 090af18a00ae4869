import DFCostNumerics
import DFCostScenario
import Testing

/// One rule for distribution parameters: a scenario file's `[[uncertainty]]` is refused exactly
/// when the engine's ``FactorDistribution/validate()`` refuses its distribution, with that message.
@Suite struct DistributionRuleTests {
    static let cases: [(String, FactorDistribution)] = [
        ("distribution = \"triangular\"\nlow = 0.9\nmode = 1\nhigh = 1.3", .triangular(low: 0.9, mode: 1, high: 1.3)),
        ("distribution = \"triangular\"\nlow = 1.2\nmode = 1\nhigh = 1.5", .triangular(low: 1.2, mode: 1, high: 1.5)),
        ("distribution = \"pert\"\nlow = 1\nmode = 1\nhigh = 1", .pert(low: 1, mode: 1, high: 1)),
        ("distribution = \"pert\"\nlow = -0.1\nmode = 1\nhigh = 1.2", .pert(low: -0.1, mode: 1, high: 1.2)),
        ("distribution = \"uniform\"\nlow = 0.8\nhigh = 1.2", .uniform(low: 0.8, high: 1.2)),
        ("distribution = \"uniform\"\nlow = -0.5\nhigh = 1.2", .uniform(low: -0.5, high: 1.2)),
        ("distribution = \"uniform\"\nlow = 1.2\nhigh = 1.2", .uniform(low: 1.2, high: 1.2)),
        ("distribution = \"lognormal\"\np10 = 0.8\np90 = 1.4", .lognormal(p10: 0.8, p90: 1.4)),
        ("distribution = \"lognormal\"\np10 = 0\np90 = 1.4", .lognormal(p10: 0, p90: 1.4)),
        ("distribution = \"lognormal\"\np10 = 1.4\np90 = 0.8", .lognormal(p10: 1.4, p90: 0.8)),
    ]

    @Test(arguments: cases)
    func theScenarioReaderRefusesExactlyWhatTheEngineRefuses(_ body: String, _ distribution: FactorDistribution) throws {
        let kind = String(body.split(separator: "\"")[1])
        let (readError, _) = try errorOverBase("[[uncertainty]]\n\(body)\n")
        do {
            try distribution.validate()
            #expect(readError == nil, "\(readError?.description ?? "")")
        } catch {
            let got = try #require(readError?.description, "the reader accepted what the engine refuses: \(error)")
            #expect(got.hasSuffix(": " + error.described(as: kind)), "\(got)")
        }
    }

    @Test func aNegativeFactorIsRefusedByTheEngineToo() {
        #expect(throws: DistributionError.negative(low: -0.5)) {
            try FactorDistribution.uniform(low: -0.5, high: 1).validate()
        }
        #expect(throws: DistributionError.negative(low: -0.1)) {
            try FactorDistribution.triangular(low: -0.1, mode: 1, high: 1.2).validate()
        }
    }

    @Test func messagesNameTheDistributionAndShowTheNumbersAsWritten() {
        #expect(DistributionError.badOrder(low: 1.2, mode: 1, high: 1.5).described(as: "triangular")
                == "triangular needs low <= mode <= high and low < high (got 1.2, 1, 1.5)")
        #expect(DistributionError.badPercentiles(p10: 0, p90: 1.4).described(as: "lognormal")
                == "lognormal needs 0 < p10 < p90 (got p10 0, p90 1.4)")
    }
}
