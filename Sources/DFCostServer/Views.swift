import DFCostApp
import DFCostNumerics
import DFCostRender
import DFCostScenario
import DFCostSimulation
import DFCostWorkbook
import Foundation

/// A download's format: what `--format` the command line writes it with.
public enum DownloadFormat: String, Sendable, CaseIterable {
    case xlsx, csv, json, html

    var mediaType: String {
        switch self {
        case .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case .csv: "text/csv; charset=utf-8"
        case .json: "application/json"
        case .html: "text/html; charset=utf-8"
        }
    }

    var outputFormat: OutputFormat {
        switch self {
        case .xlsx: .xlsx
        case .csv: .csv
        case .json: .json
        case .html: .html
        }
    }
}

/// What each page shows, made by the application layer exactly as the command line makes it
/// (the request values of DFCostApp, the renderers of DFCostRender and DFCostWorkbook), so a
/// download is byte for byte what the command line writes run in the folder with the same file,
/// what-ifs and locale:
/// - a table page: `dfcost report FILE [what-ifs] --format F`;
/// - a simulation: `dfcost report FILE --simulate --trials N --seed S [what-ifs] --format F`;
/// - a comparison: `dfcost compare A B... --side-by-side --format json|csv` (the table shown), and
///   `dfcost report A --compare B... --format html|xlsx` (the report of the same comparison).
enum Views {
    /// A table page's report: the file's table with the what-ifs applied.
    static func tableReport(_ folder: ScenarioFolder, path: String, whatIfs: WhatIfs) throws -> (Report, ReportResult) {
        let scenario = try folder.load(path)
        let result = try ReportRequest(scenario: scenario, whatIfs: try whatIfs.applyOptions()).run()
        return (Report(result), result)
    }

    /// The request of a simulation's report (the run itself is long: ``SimulationJobs`` runs it).
    static func simulationRequest(_ folder: ScenarioFolder, path: String, whatIfs: WhatIfs, trials: Int, seed: UInt64,
                                  software: SoftwareVersion?) throws -> ReportRequest {
        let scenario = try folder.load(path)
        return ReportRequest(scenario: scenario, whatIfs: try whatIfs.applyOptions(),
                             simulation: ReportRequest.Simulation(trials: trials, seed: seed, threads: nil, software: software, sampling: .plain))
    }

    /// A report in `format`, as `dfcost report` writes it.
    static func bytes(_ report: Report, result: ReportResult, format: DownloadFormat, locale: Language) throws -> Data {
        switch format {
        case .xlsx: try WorkbookRenderer.report(report, others: result.others, locale: locale)
        default: Data(ReportRenderer(locale: locale).render(report, format: format.outputFormat).utf8)
        }
    }

    /// The side-by-side comparison `dfcost compare A B... --side-by-side` shows; what-ifs apply to the others, as there.
    static func comparison(_ folder: ScenarioFolder, files: [String], whatIfs: WhatIfs, sideBySide: Bool = true) throws -> CompareResult {
        guard files.count >= 2 else { throw ServerProblem.badRequest(.compareNeedsTwo) }
        let guarded = try files.map { try folder.guardedPath($0) }
        return try CompareRequest(base: guarded[0], others: Array(guarded.dropFirst()), whatIfs: try whatIfs.applyOptions(),
                                  preference: .init(sideBySide: sideBySide, detailed: false),
                                  load: { try folder.load($0) }).run()
    }

    /// The comparison's renderer, named as `dfcost compare` names solutions and lines.
    static func comparisonRenderer(_ result: CompareResult, files: [String], whatIfs: ApplyOptions, locale: Language) -> ComparisonRenderer {
        let names = Dictionary((result.baseApplied?.table.solutions ?? []).map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let lines = LineNames((result.baseApplied.map { [$0.table] } ?? []) + result.others.map(\.applied.table))
        let sources = files.dropFirst().map { ComparisonSources(base: ScenarioSource(path: files[0]), other: ScenarioSource(path: $0, options: whatIfs)) }
        return ComparisonRenderer(locale: locale, sources: result.rounds == nil ? sources : [], solutionNames: names, lineNames: lines)
    }

    /// The comparison as `dfcost compare ... --format json|csv` writes it (side by side, or the
    /// detailed view when `sideBySide` is false and the files are two scenarios of one table).
    static func comparisonText(_ result: CompareResult, files: [String], whatIfs: WhatIfs, format: OutputFormat, locale: Language) throws -> String {
        let renderer = comparisonRenderer(result, files: files, whatIfs: try whatIfs.applyOptions(), locale: locale)
        if let rounds = result.rounds { return renderer.render(rounds, format: format) }
        return renderer.render(result.comparisons, format: format)
    }

    /// The report of a comparison: `dfcost report A --compare B... [what-ifs]`.
    static func comparisonReport(_ folder: ScenarioFolder, files: [String], whatIfs: WhatIfs) throws -> (Report, ReportResult) {
        guard files.count >= 2 else { throw ServerProblem.badRequest(.compareNeedsTwo) }
        let scenario = try folder.load(files[0])
        let others = try files.dropFirst().map { try folder.load($0) }
        let options = try whatIfs.applyOptions()
        let result = try ReportRequest(scenario: scenario, comparedWith: others, whatIfs: options).run()
        let sources = files.dropFirst().map {
            ComparisonSources(base: ScenarioSource(path: files[0], options: options), other: ScenarioSource(path: $0, options: options))
        }
        return (Report(result, comparisonSources: sources), result)
    }
}
