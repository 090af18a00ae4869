import Foundation
import Testing

/// `simulate` and `report --simulate` carry the analysis model: every factor, correlation and
/// event of the file, and the run.
@Suite struct AnalysisModelCommandTests {
    static func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try CLI.run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
    }

    /// The standard workload: one unnamed line-scoped entry drawing a factor per line (14: as
    /// many as the tornado's bars and the factors it names as without effect), five groups of 0.6.
    @Test func simulateAsJSONCarriesTheAnalysisModelWithEveryFactor() throws {
        let document = try Self.json(["simulate", "Scenarios/bench/standard-workload.toml", "--trials", "3000", "--seed", "5", "--format", "json"])
        let model = try #require(document["analysis_model"] as? [String: Any])
        let factors = try #require(model["factors"] as? [[String: Any]])
        #expect(factors.count == 1)
        let factor = try #require(factors.first)
        #expect(factor["distribution"] as? String == "triangular" && factor["scope"] as? String == "line")
        #expect(factor["parameters"] as? [String: String] == ["low": "0.9", "mode": "1", "high": "1.3"])
        #expect((factor["origin"] as? String)?.hasSuffix("standard-workload.toml:15:3") == true)
        let keys = try #require(factor["factor_keys"] as? [String])
        let drawn = try #require(model["drawn_factors"] as? Int)
        let bars = (document["sensitivity"] as? [[String: Any]] ?? []).count + (document["no_effect"] as? [String] ?? []).count
        #expect(drawn == 14 && keys.count == 14 && bars == 14)
        #expect((factor["lines"] as? [[String: Any]])?.count == 14)
        let correlation = try #require(model["correlation"] as? [String: Any])
        let groups = try #require(correlation["groups"] as? [[String: Any]])
        #expect(groups.map { $0["name"] as? String } == ["PLL", "DBEP", "PDS", "HN", "MF"])
        #expect(groups.allSatisfy { $0["coefficient"] as? String == "0.6" })
        #expect((model["events"] as? [Any])?.isEmpty == true)
        let run = try #require(model["run"] as? [String: Any])
        #expect(run["trials"] as? Int == 3000 && run["seed"] as? Int == 5 && run["sampling"] as? String == "plain")
        #expect((run["dfcost_version"] as? String)?.isEmpty == false)
    }

    /// The what-ifs given on the command line are part of the analysis model (the basiskostnad is
    /// the table with them applied): worded in the text, in file notation in JSON, in order.
    @Test func commandLineWhatIfsAreInTheAnalysisModel() throws {
        let arguments = ["simulate", "Scenarios/bench/standard-workload.toml", "--trials", "2000",
                         "--condition", "fm-phaseout=delayed:1", "--scale", "solution:e-resept=1,2"]
        let document = try Self.json(arguments + ["--format", "json"])
        let run = try #require((document["analysis_model"] as? [String: Any])?["run"] as? [String: Any])
        #expect(run["what_ifs"] as? [String] == ["fm-phaseout=delayed:1", "scale ×1.2 [solution:e-resept]"])
        let text = try CLI.run(arguments)
        #expect(text.status == 0)
        #expect(text.stdout.contains("Hva om-endringer fra kommandolinjen  betingelse fm-phaseout: utsatt 1 år; skalert ×1,2 [løsning e-resept]"))
        let plain = try Self.json(["simulate", "Scenarios/bench/standard-workload.toml", "--trials", "2000", "--format", "json"])
        #expect(((plain["analysis_model"] as? [String: Any])?["run"] as? [String: Any])?["what_ifs"] as? [String] == [])
    }

    /// An uncertain condition is a row of the event register with its states' probabilities, in
    /// JSON as written and in the text in words.
    @Test func anUncertainConditionIsInTheEventRegister() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("risk.toml", """
            version = 1
            extends = "\(CLI.root.path)/Scenarios/bench/standard-workload.toml"
            [conditions.fm-phaseout.uncertain]
            full = 0.5
            "delayed:1" = 0.3
            none = 0.2
            """)
        let document = try Self.json(["simulate", file, "--trials", "2000", "--format", "json"])
        let model = try #require(document["analysis_model"] as? [String: Any])
        let events = try #require(model["events"] as? [[String: Any]])
        #expect(events.count == 1)
        let event = try #require(events.first)
        #expect(event["id"] as? String == "fm-phaseout")
        let states = try #require(event["states"] as? [[String: String]])
        #expect(states == [["state": "full", "probability": "0.5"], ["state": "delayed:1", "probability": "0.3"], ["state": "none", "probability": "0.2"]])
        #expect((event["lines"] as? [[String: Any]])?.map { $0["id"] as? String } == ["pll-fm"])
        let text = try CLI.run(["simulate", file, "--trials", "2000"])
        #expect(text.status == 0)
        for expected in ["Hendelsesregister", "oppfylt: 50 %", "utsatt 1 år: 30 %", "ikke oppfylt: 20 %"] {
            #expect(text.stdout.contains(expected), "\(expected)")
        }
    }

    /// A repaired matrix: each changed coefficient, old and new, in the analysis model.
    @Test func theRepairedCoefficientsAreInTheAnalysisModel() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("npd.toml", "version = 1\nextends = \"\(CLI.root.path)/\(CLI.published)\"\n"
                                    + SimulateCompareAndRepairTests.notPositiveDefinite)
        let document = try Self.json(["simulate", file, "--trials", "1000", "--repair-correlation", "--format", "json"])
        let model = try #require(document["analysis_model"] as? [String: Any])
        let correlation = try #require(model["correlation"] as? [String: Any])
        let repairs = try #require(correlation["repairs"] as? [[String: Any]])
        #expect(repairs.count == 3)
        let sfmPll = try #require(repairs.first { ($0["a"] as? [String: Any])?["key"] as? String == "pll-sfm"
            && ($0["b"] as? [String: Any])?["key"] as? String == "pll-pll" })
        #expect(sfmPll["old"] as? Double == -0.9)
        #expect((sfmPll["new"] as? Double).map { $0 > -0.9 } == true)
        #expect((correlation["pairs"] as? [Any])?.count == 3)
    }

    /// The report's markdown shows the KS2 table in the model's terms and the analysis model.
    @Test func theReportShowsTheKS2TermsAndTheAnalysisModel() throws {
        let result = try CLI.run(["report", "Scenarios/bench/standard-workload.toml", "--simulate", "--trials", "2000", "--format", "markdown"])
        #expect(result.status == 0, "\(result.stderr)")
        for expected in ["Basiskostnad", "Forventet tillegg", "Styringsramme (P50)", "Forventningsverdi", "Usikkerhetsavsetning",
                         "Kostnadsramme (P85)", "## Analysemodell", "### Usikkerhetsfaktorer", "trekantfordeling", "### Kjøringen"] {
            #expect(result.stdout.contains(expected), "\(expected)")
        }
    }
}
