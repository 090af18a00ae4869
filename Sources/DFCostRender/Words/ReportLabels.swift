/// The words of the report's headings and chart texts, in Norwegian or English (part of ``Labels``).
public struct ReportLabels: Sendable, Hashable {
    public var table, charts, comparison, simulation, unit, scenario, generated: String
    public var increaseTitle, increaseDescription, cumulativeTitle, cumulativeDescription: String
    public var deltaTitle, deltaDescription, curveTitle, curveDescription: String
    public var tornadoTitle, tornadoDescription, noFactors, noDifference, solution, delta, level: String
    public var deterministic, band, median, probability, factor, value: String
    /// The chart of each solution's horizon total across the columns of a side-by-side comparison.
    public var roundsTitle, roundsDescription: String

    public static let norwegian = ReportLabels(
        table: "Tabellen", charts: "Figurer", comparison: "Sammenligning av scenarier", simulation: "Usikkerhet (Monte Carlo)",
        unit: "Enhet", scenario: "Scenario", generated: "Laget med dfcost",
        increaseTitle: "Årlig økning per løsning", increaseDescription: "Stablede søyler: økningen i D&F-kostnader per løsning for hvert summerte år; negative beløp ligger under null, prikken er årets sum.",
        cumulativeTitle: "Kumulativt nivå", cumulativeDescription: "Linje: det kumulative nivået av økningene, år for år.",
        deltaTitle: "Endring per år og løsning", deltaDescription: "Stablede søyler: endringen (annet scenario minus grunnlaget) per løsning og år; prikken er endringen i årets sum.",
        curveTitle: "S-kurve for summen over perioden", curveDescription: "Empirisk fordeling av summen over de summerte årene (P1–P99), med P50 (styringsramme) og P85 (kostnadsramme) markert.",
        tornadoTitle: "Tornado: følsomhet", tornadoDescription: "Standardiserte regresjonskoeffisienter (SRC) for summen over perioden, største først.",
        noFactors: "Scenarioet har ingen usikkerhetsfaktorer, så det er ingen følsomhet å vise.",
        noDifference: "Ingen forskjell i summene.", solution: "Løsning", delta: "Endring", level: "Nivå",
        deterministic: "Deterministisk", band: "P10–P90", median: "P50", probability: "Sannsynlighet", factor: "Faktor",
        value: "Verdi",
        roundsTitle: "Sum over perioden per løsning, per scenario",
        roundsDescription: "Linjer: hver løsnings sum over de summerte årene i hver kolonne (scenario eller runde), i rekkefølgen de er gitt.")
    public static let english = ReportLabels(
        table: "The table", charts: "Charts", comparison: "Scenario comparison", simulation: "Uncertainty (Monte Carlo)",
        unit: "Unit", scenario: "Scenario", generated: "Made with dfcost",
        increaseTitle: "Yearly increase per solution", increaseDescription: "Stacked bars: the increase in D&F costs per solution for each summed year; negative amounts lie below zero, the dot is the year's sum.",
        cumulativeTitle: "Cumulative level", cumulativeDescription: "Line: the cumulative level of the increases, year by year.",
        deltaTitle: "Change per year and solution", deltaDescription: "Stacked bars: the change (other scenario minus the base) per solution and year; the dot is the change of the year's sum.",
        curveTitle: "S-curve of the horizon total", curveDescription: "Empirical distribution of the total over the summed years (P1–P99), with P50 (styringsramme) and P85 (kostnadsramme) marked.",
        tornadoTitle: "Tornado: sensitivity", tornadoDescription: "Standardized regression coefficients (SRC) of the horizon total, largest first.",
        noFactors: "The scenario has no uncertainty factors, so there is no sensitivity to show.",
        noDifference: "No difference in the totals.", solution: "Solution", delta: "Change", level: "Level",
        deterministic: "Deterministic", band: "P10–P90", median: "P50", probability: "Probability", factor: "Factor",
        value: "Value",
        roundsTitle: "Horizon total per solution, per scenario",
        roundsDescription: "Lines: each solution's total over the summed years in each column (scenario or round), in the order given.")
}

extension Language {
    var report: ReportLabels { labels.report }
}
