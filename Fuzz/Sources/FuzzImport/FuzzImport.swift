import DFCostImport
import DFCostScenario
import FuzzSupport

/// The input is a table as CSV or tab-separated text (`dfcost import`). Whatever the importer
/// accepts must come out as a scenario file the loader reads: a TOML syntax error in its output
/// is a finding (the writer failed to quote or escape something), and so is a trap anywhere.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImport(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    guard let text = String(validating: bytes, as: UTF8.self) else { return 0 }
    let toml: String
    do {
        toml = try TableImporter.scenarioText(from: text, file: "fuzzed.csv")
    } catch {
        _ = error.description
        return 0
    }
    let path = Array(toml.utf8).withUnsafeBytes { FuzzWorkspace.write($0, as: "imported.toml") }
    do {
        _ = try ScenarioLoader.load(path: path)
    } catch {
        if case .syntax = error {
            fatalError("import wrote a scenario file that is not TOML: \(error)\n--- imported.toml ---\n\(toml)")
        }
    }
    FuzzWorkspace.exercise(path: path)
    return 0
}
