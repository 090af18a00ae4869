import DFCostFailure

extension SimulationModelError: ExitStatusProviding {
    /// An uncertainty the scenario file describes wrongly (65).
    public var exitStatus: ExitStatus { .data }
}
