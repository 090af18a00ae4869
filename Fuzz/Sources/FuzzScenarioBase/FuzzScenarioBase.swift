import FuzzSupport

/// The input is a base file (a table), loaded on its own and as the base of a fixed derived file
/// whose operations (scale, shift, remove, index, horizon) then run on the fuzzed table.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScenarioBase(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let path = FuzzWorkspace.write(UnsafeRawBufferPointer(start: data, count: size), as: "fuzzed-base.toml")
    FuzzWorkspace.exercise(path: path)
    FuzzWorkspace.exercise(path: derived)
    return 0
}

/// A derived file over the fuzzed base, written once.
let derived: String = {
    let text = """
        version = 1
        extends = "fuzzed-base.toml"
        [[operations]]
        scale = 1.25
        [[operations]]
        select = { years = "2025-2026" }
        shift = 1
        [[operations]]
        index = { base_year = 2023, rates = { 2024 = 0.045, 2025 = 0.03, 2026 = 0.02 } }
        [[operations]]
        select = { tag = "pds" }
        remove = true
        [[operations]]
        horizon = { years = [2024, 2025, 2026, 2027], summed_years = [2025, 2026, 2027] }
        """
    return Array(text.utf8).withUnsafeBytes { FuzzWorkspace.write($0, as: "derived-of-fuzzed.toml") }
}()
