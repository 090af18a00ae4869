import DFCostApp
import DFCostRender
import DFCostScenario
import DFCostWorkbook
import Foundation

extension Compare {
    /// Recorded with every suite of the JUnit report.
    static let properties = [CheckSuite.Property("dfcost", BuildInfo.summary)]

    /// The request the flags make.
    func request() throws -> CompareRequest {
        CompareRequest(
            base: base, others: others, whatIfs: try whatIfs.applyOptions(), byPayer: by == .payer,
            byInitiative: by == .initiative, against: against ?? .first,
            // A workbook holds a sheet per scenario and one of the changes against the base, for any count.
            preference: .init(sideBySide: sideBySide || against != nil || by == .initiative,
                              detailed: by == .payer || output.format == .xlsx))
    }

    /// Renders the comparisons in the layout the request chose and writes them.
    func write(_ result: CompareResult) throws {
        let names = Dictionary((result.baseApplied?.table.solutions ?? []).map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let lines = LineNames((result.baseApplied.map { [$0.table] } ?? []) + result.others.map(\.applied.table))
        let writer = OutputWriter(path: output.format == .xlsx ? try output.workbookPath() : output.output, inputs: result.inputs)
        if let rounds = result.rounds {
            try writer.write(ComparisonRenderer(locale: output.locale, csvDialect: output.csv, solutionNames: names, lineNames: lines).render(rounds, format: try output.textFormat("compare")))
            if failOnChange {
                for other in result.others {
                    for line in Self.unshownChanges(other.comparison, base: base, other: other.file) { printError(line) }
                }
            }
        } else if output.format == .xlsx, let baseApplied = result.baseApplied {
            try writer.write(bytes: [UInt8](try WorkbookRenderer.comparison(
                base: baseApplied, others: result.others.map(\.applied), comparisons: result.comparisons, locale: output.locale)))
        } else {
            let whatIfOptions = try whatIfs.applyOptions()
            let sources = others.map { ComparisonSources(base: ScenarioSource(path: base), other: ScenarioSource(path: $0, options: whatIfOptions)) }
            try writer.write(ComparisonRenderer(locale: output.locale, csvDialect: output.csv, sources: sources, solutionNames: names, lineNames: lines)
                .render(result.comparisons, format: try output.textFormat("compare"), payerDeltas: by == .payer ? result.payerDeltas : nil))
        }
    }

    /// The CI suites (one per other scenario compared; the file that could not be, with its error)
    /// and every file read.
    func checkSuites(_ result: CompareResult?, failure: (any Error)?) -> (suites: [CheckSuite], inputs: [String]) {
        var inputs = result?.inputs ?? []
        var suites = (result?.others ?? []).map { CheckSuite.comparison(base: base, other: $0.file, $0.comparison, properties: Self.properties) }
        if let failure, suites.count < others.count {
            let file = (failure as? CompareFailure)?.file ?? others[0]
            inputs.append(file)
            suites.append(.failed("compare", file: file, (failure as? CompareFailure)?.underlying ?? failure, properties: Self.properties))
        }
        return (suites, inputs)
    }
}
