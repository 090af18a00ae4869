extension AnalysisModel {
    /// The model's assumptions without where they were written and without the run: the
    /// factors, correlations and events a simulation draws from.
    public var assumptions: AnalysisModel {
        var plain = self
        plain.run = nil
        plain.repairs = []
        for i in plain.factors.indices { plain.factors[i].origin = nil }
        for i in plain.correlationGroups.indices { plain.correlationGroups[i].origin = nil }
        for i in plain.correlationPairs.indices { plain.correlationPairs[i].origin = nil }
        for i in plain.events.indices { plain.events[i].origin = nil }
        return plain
    }

    /// True when `other` draws from the same factors, correlations and events (wherever they
    /// were written, however the run was made): one simulation stands for both.
    public func hasSameAssumptions(as other: AnalysisModel) -> Bool {
        assumptions == other.assumptions
    }
}
