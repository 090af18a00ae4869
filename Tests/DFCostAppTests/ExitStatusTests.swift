import DFCostApp
import DFCostFailure
import DFCostModel
import DFCostNumerics
import DFCostScenario
import Testing

/// Every error says its own class; the exit code comes from it alone.
@Suite struct ExitStatusTests {
    struct Unclassified: Error {}
    struct FullDisk: ExitStatusProviding { var exitStatus: DFCostFailure.ExitStatus { .cantCreate } }

    @Test func eachErrorTypeSaysItsClass() {
        #expect(DFCostFailure.ExitStatus(of: ScenarioError.fileNotFound("x")) == .noInput)
        #expect(DFCostFailure.ExitStatus(of: ScenarioError.badWhatIf(.operation(.scale), subject: nil, .noValues)) == .usage)
        #expect(DFCostFailure.ExitStatus(of: ScenarioError.file(SourceReference(file: "x", line: 1, column: 1), .line(.emptyID))) == .data)
        #expect(DFCostFailure.ExitStatus(of: ArithmeticError.overflow) == .data)
        #expect(DFCostFailure.ExitStatus(of: TotalsRequestError.noPayerKeys(scenario: "s")) == .usage)
        #expect(DFCostFailure.ExitStatus(of: SimulationRequestError.payersWithComparison) == .usage)
        #expect(DFCostFailure.ExitStatus(of: SimulationError.cancelled) == .interrupted)
        #expect(DFCostFailure.ExitStatus(of: SimulationError.noOutputs) == .data)
        #expect(DFCostFailure.ExitStatus(of: Unclassified()) == .software)
    }

    @Test func aFailingSampleSinkEndsAsItsOwnErrorSays() {
        #expect(DFCostFailure.ExitStatus(of: SimulationError.sinkFailed(SinkFailure(FullDisk()))) == .cantCreate)
        #expect(DFCostFailure.ExitStatus(of: SimulationError.sinkFailed(SinkFailure(ScenarioError.fileNotFound("x")))) == .noInput)
    }

    @Test func theCodesAreTheSysexitsOnes() {
        #expect(DFCostFailure.ExitStatus.allCases.map(\.code) == [64, 65, 66, 70, 73, 130])
    }
}
