import DFCostNumerics
import DFCostScenario
import Testing

/// `[[drivers]]` and triple estimates as a scenario file writes them, and their errors located.
@Suite struct DriverFileTests {
    @Test func aDriverIsReadWithItsSelectorAndATripleEstimate() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("s.toml", """
            version = 1
            extends = "\(try Paths.fixture("base.toml"))"
            [[drivers]]
            name = "marked"
            note = "prices"
            select = { solution = "alpha" }
            p10 = 0.9
            likely = 1.0
            p90 = 1.2
            """)
        let scenario = try ScenarioLoader.load(path: path)
        let driver = try #require(scenario.uncertainty.drivers.first)
        #expect(driver.name == "marked" && driver.note == "prices")
        #expect(driver.selector.solutions == ["alpha"])
        #expect(driver.law == .trigen(p10: dec("0.9"), likely: dec("1.0"), p90: dec("1.2")))
        #expect(driver.origin?.line == 4)
    }

    @Test func aTripleEstimateMayNameItsDistribution() throws {
        let (error, _) = try errorOverBase("[[uncertainty]]\ndistribution = \"trigen\"\np10 = 0.9\nlikely = 1\np90 = 1.3\n")
        #expect(error == nil)
    }

    /// No triangular has its mode outside its P10...P90 here: the error names the entry's
    /// file:line:column and the numbers.
    @Test func aTripleEstimateWithoutATriangularIsAnErrorAtItsEntry() throws {
        let (error, path) = try errorOverBase("[[uncertainty]]\np10 = 1.0\nlikely = 1.5\np90 = 1.3\n")
        let message = try #require(error?.description)
        #expect(message.hasPrefix("\(path):5:1: "), "\(message)")
        #expect(message.hasSuffix("trigen needs p10 <= likely <= p90 and p10 < p90 (got 1, 1.5, 1.3)"), "\(message)")
    }

    @Test(arguments: [
        ("[[drivers]]\nname = \"d\"\np10 = 0.9\nlikely = 1\np90 = 1.2\n", ":4:8: driver 'd' needs 'select'"),
        ("[[drivers]]\nname = \"a/b\"\nselect = { tag = \"t1\" }\np10 = 0.9\nlikely = 1\np90 = 1.2\n", ":4:8: a driver's name must be non-empty"),
        ("[[drivers]]\nname = \"d\"\nselect = { tag = \"t1\" }\np10 = 0.9\nlikely = 1\np90 = 1.2\n[[drivers]]\nname = \"d\"\nselect = { tag = \"t1\" }\ndistribution = \"uniform\"\nlow = 1\nhigh = 2\n",
         ":10:8: a second driver named 'd'"),
    ])
    func driverMistakesAreLocated(_ body: String, _ expected: String) throws {
        let (error, path) = try errorOverBase(body)
        let message = try #require(error?.description)
        #expect(message.hasPrefix(path) && message.contains(expected), "\(message)")
    }
}
