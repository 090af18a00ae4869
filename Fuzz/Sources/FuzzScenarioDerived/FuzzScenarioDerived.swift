import FuzzSupport

/// The input is a scenario file beside a copy of the published table: it may `extends` it
/// (`published/ehelseportefolje-2023-10.toml`, `base.toml`, or `mid.toml`, itself derived), itself
/// (a cycle), or nothing, and carries operations, conditions and uncertainty to apply.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScenarioDerived(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let path = FuzzWorkspace.write(UnsafeRawBufferPointer(start: data, count: size), as: "input.toml")
    FuzzWorkspace.exercise(path: path)
    return 0
}
