import DFCostModel
import DFCostNotation
import DFCostScenario
import Foundation

/// The engine's side of the comparison: writes a case's files, loads them with
/// `ScenarioLoader`, applies the command-line what-ifs as `dfcost` parses them, and reduces the
/// `AppliedScenario` to an ``AppliedResult``. Nothing here evaluates anything itself.
struct EngineRunner {
    /// The folder the files are written to (one per parallel test case, reused case after case).
    let folder: URL

    enum Outcome {
        case error(String)
        case applied(AppliedResult, Scenario, ApplyOptions)
    }

    init(name: String) throws {
        // A memory file system when there is one: the files are rewritten for every case.
        var isDirectory: ObjCBool = false
        let shm = FileManager.default.fileExists(atPath: "/dev/shm", isDirectory: &isDirectory) && isDirectory.boolValue
            && FileManager.default.isWritableFile(atPath: "/dev/shm")
        let parent = shm ? URL(fileURLWithPath: "/dev/shm") : FileManager.default.temporaryDirectory
        folder = parent.appendingPathComponent("dfcost-oracle-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    /// Writes the files and returns the path of the one named on the command line.
    func write(_ spec: OracleCase) throws -> String {
        var last = ""
        for (name, text) in zip(TOMLRenderer.fileNames(spec), TOMLRenderer.files(spec)) {
            let path = folder.appendingPathComponent(name).path
            try Self.writeFile(path, text)
            last = path
        }
        return last
    }

    struct WriteError: Error { var path: String }

    /// Plain POSIX writes: `Data.write(to:)` costs milliseconds a file here.
    static func writeFile(_ path: String, _ text: String) throws {
        guard let file = fopen(path, "w") else { throw WriteError(path: path) }
        defer { fclose(file) }
        let bytes = Array(text.utf8)
        guard fwrite(bytes, 1, bytes.count, file) == bytes.count else { throw WriteError(path: path) }
    }

    /// The what-ifs as `dfcost` parses them: `--condition`, `--add`, `--set` (kept as text for
    /// the engine to resolve against the scenario), `--remove`, `--scale`, `--index`, `--shift`.
    static func options(_ spec: OracleCase) throws(ScenarioError) -> ApplyOptions {
        let text = TOMLRenderer.commandLine(spec.whatIfs, spec: spec)
        var options = ApplyOptions()
        for c in text.conditions { options.conditionOverrides.append(try WhatIf.condition(c)) }
        for a in text.adds { if case .pending(let p) = try WhatIf.operation(.add, a) { options.lineAdditions.append(p) } }
        for s in text.sets { if case .pending(let p) = try WhatIf.operation(.set, s) { options.cellSettings.append(p) } }
        for r in text.removes { options.operations.append(try WhatIf.remove(r)) }
        for s in text.scales { options.operations.append(try WhatIf.scale(s)) }
        for i in text.indexes { options.operations.append(try WhatIf.index(i)) }
        for s in text.shifts { options.operations.append(try WhatIf.shift(s)) }
        return options
    }

    func run(_ spec: OracleCase) throws -> Outcome {
        let path = try write(spec)
        do {
            let scenario = try ScenarioLoader.load(path: path)
            let options = try Self.options(spec)
            let applied = try scenario.apply(options)
            let totals: Totals
            do { totals = try applied.totals() } catch { return .error("totals: \(error)") }
            return .applied(Self.result(applied, totals: totals), scenario, options)
        } catch {
            return .error("\(error)")
        }
    }

    static func decimal(_ d: ExactDecimal) -> OracleDecimal { OracleDecimal(Int128(d.significand), scale: d.scale) }

    /// `condition`, `removed` or `horizon`, from the engine's reason text.
    static func reasonKind(_ reason: SetAsideReason) -> String {
        switch reason {
        case .condition: "condition"
        case .removed: "removed"
        case .horizon: "horizon"
        }
    }

    static func result(_ applied: AppliedScenario, totals: Totals) -> AppliedResult {
        var lines: [String: AppliedResult.Line] = [:]
        var lineTotals: [String: OracleDecimal] = [:]
        let summed = Set(applied.table.summedYears)
        for line in applied.table.lines {
            let cells = line.cells.map {
                AppliedResult.Cell(year: $0.year, amount: decimal($0.amount), isInternal: $0.isInternal, conditions: Set($0.conditions).sorted())
            }
            // Two lines with one id would hide each other here; keep the later one visible as a difference.
            lines[lines[line.id] == nil ? line.id : line.id + " (duplicate)"] = AppliedResult.Line(solution: line.solution, cells: cells.sorted())
            var own = OracleDecimal.zero
            for c in line.cells where c.isCounted && summed.contains(c.year) { own = own + decimal(c.amount) }
            lineTotals[line.id] = own
        }
        func setAside(_ list: [SetAsideCell]) -> [AppliedResult.SetAside] {
            list.map { .init(lineID: $0.lineID, year: $0.cell.year, amount: decimal($0.cell.amount), reason: reasonKind($0.reason)) }.sorted()
        }
        return AppliedResult(
            years: applied.table.years, summedYears: applied.table.summedYears, lines: lines,
            excluded: setAside(applied.excluded), beyondHorizon: setAside(applied.beyondHorizon),
            totals: totals.totals.mapValues(decimal), bySolution: totals.bySolution.mapValues { $0.mapValues(decimal) },
            cumulative: totals.cumulative.mapValues(decimal), lineTotals: lineTotals)
    }
}
