import DFCostModel
import DFCostNumerics
import DFCostScenario
import DFCostSimulation
import Foundation

/// What every harness does with one input: write it where the loader reads files, load it (with
/// its `extends` chain), apply it, and run every pure stage on the result. Any error thrown is an
/// answer, not a finding; a trap, an ASan report or a hang is a finding.
public enum FuzzWorkspace {
    /// A private folder (in /dev/shm when there is one) holding a copy of the published table at
    /// `published/ehelseportefolje-2023-10.toml` (so `extends` lines of Scenarios/*.toml resolve),
    /// the same table as `base.toml`, and `mid.toml`, which extends it, for chains of three.
    public static let folder: String = {
        let root = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        let folder = root + "/dfcost-fuzz-\(getpid())"
        let published = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Scenarios/published/ehelseportefolje-2023-10.toml")
        guard let table = try? Data(contentsOf: published) else {
            fatalError("fuzz harness: cannot read \(published.path)")
        }
        try? FileManager.default.createDirectory(atPath: folder + "/published", withIntermediateDirectories: true)
        try? table.write(to: URL(fileURLWithPath: folder + "/published/ehelseportefolje-2023-10.toml"))
        try? table.write(to: URL(fileURLWithPath: folder + "/base.toml"))
        let mid = """
            version = 1
            extends = "base.toml"
            [scenario]
            name = "mid"
            [[operations]]
            select = { solution = "e-resept" }
            scale = 1.1
            """
        try? Data(mid.utf8).write(to: URL(fileURLWithPath: folder + "/mid.toml"))
        atexit { try? FileManager.default.removeItem(atPath: FuzzWorkspace.folder) }
        return folder
    }()

    /// Writes `bytes` to `name` in the workspace and returns its path.
    public static func write(_ bytes: UnsafeRawBufferPointer, as name: String) -> String {
        let path = folder + "/" + name
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        precondition(fd >= 0, "fuzz harness: cannot write \(path)")
        var offset = 0
        while offset < bytes.count {
            let n = Foundation.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            precondition(n > 0, "fuzz harness: short write")
            offset += n
        }
        close(fd)
        return path
    }

    /// Loads `path` and exercises every stage that follows loading. Errors are expected answers;
    /// each is rendered once (its description must not trap either).
    public static func exercise(path: String) {
        let scenario: Scenario
        do {
            scenario = try ScenarioLoader.load(path: path)
        } catch {
            _ = error.description
            return
        }
        for strict in [false, true] {
            do {
                let applied = try scenario.apply(ApplyOptions(strict: strict))
                let totals = try applied.totals()
                _ = try Verification(table: applied.table, totals: totals)
                for year in applied.table.years.prefix(4) {
                    _ = try? Explanation(applied, year: year)
                }
            } catch {
                _ = "\(error)"
            }
        }
        // What-ifs from the command line on top of the file.
        if let condition = scenario.base.conditions.first {
            let options = ApplyOptions(conditionOverrides: [(condition.id, .delayed(1))])
            _ = try? scenario.apply(options).totals()
            if let sweep = try? Sweep(scenario: scenario, parameters: [
                try! SweepParameter.parse("condition:\(condition.id)=full|none|delayed:1"),
                try! SweepParameter.parse("scale:all=0.5..1.5:0.5"),
            ]) {
                _ = try? sweep.forEachCombination { _, _ in true }
            }
        }
        // The Monte Carlo model, and a short run when there is uncertainty.
        do {
            let model = try SimulationModel(scenario: scenario)
            _ = try MonteCarlo.run(spec: model.spec, trials: 64, seed: 1, threads: 1,
                                   options: SimulationOptions(sensitivitySampleSize: 64))
        } catch {
            _ = "\(error)"
        }
    }
}
