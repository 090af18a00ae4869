/// How a Monte Carlo run draws each factor's uniforms.
public enum SamplingMethod: String, Sendable, Hashable, CaseIterable {
    /// Independent uniforms per trial (plain Monte Carlo).
    case plain
    /// Latin hypercube: each factor's uniforms fall one per stratum of the trials.
    case latinHypercube = "lhs"
}
