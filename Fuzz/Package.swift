// swift-tools-version: 6.1
// Fuzz harnesses for dfcost (libFuzzer + AddressSanitizer). A nested package, so the main
// package's build and tests never see -sanitize=fuzzer. Build and run with scripts/fuzz.sh
// (or `make fuzz SECONDS=...`); by hand:
//   swift build -c release --sanitize=fuzzer --sanitize=address --scratch-path .build-fuzz \
//     --product fuzz-scenario-derived
//   SWIFT_BACKTRACE=enable=no .build-fuzz/release/fuzz-scenario-derived CORPUS -max_total_time=600
import PackageDescription

// MARK: - Harnesses

/// Each harness is an executable whose only source defines `LLVMFuzzerTestOneInput`; libFuzzer
/// supplies `main`, so the file is parsed as a library.
func harness(_ name: String, _ target: String, _ more: [Target.Dependency] = []) -> Target {
    .executableTarget(
        name: target,
        dependencies: ["FuzzSupport", .product(name: "DFCostScenario", package: "dfcost")] + more,
        swiftSettings: [.unsafeFlags(["-parse-as-library"])]
    )
}

let package = Package(
    name: "dfcost-fuzz",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "fuzz-scenario-derived", targets: ["FuzzScenarioDerived"]),
        .executable(name: "fuzz-scenario-base", targets: ["FuzzScenarioBase"]),
        .executable(name: "fuzz-import", targets: ["FuzzImport"]),
        .executable(name: "fuzz-workbook", targets: ["FuzzWorkbook"]),
        .executable(name: "fuzz-workbook-structure", targets: ["FuzzWorkbookStructure"]),
    ],
    dependencies: [
        .package(name: "dfcost", path: ".."),
        // The workbook harness packs its XML parts into a zip, as DFCostImport reads them.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // MARK: - Shared: temporary folder, the published table, the checks run on each input
        .target(
            name: "FuzzSupport",
            dependencies: [
                .product(name: "DFCostModel", package: "dfcost"),
                .product(name: "DFCostScenario", package: "dfcost"),
                .product(name: "DFCostSimulation", package: "dfcost"),
                .product(name: "DFCostNumerics", package: "dfcost"),
            ]
        ),
        harness("fuzz-scenario-derived", "FuzzScenarioDerived"),
        harness("fuzz-scenario-base", "FuzzScenarioBase"),
        harness("fuzz-import", "FuzzImport", [.product(name: "DFCostImport", package: "dfcost")]),
        harness("fuzz-workbook", "FuzzWorkbook", [
            .product(name: "DFCostImport", package: "dfcost"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // Edits a valid seed workbook's XML parts by the input's bytes (see the harness's comment).
        harness("fuzz-workbook-structure", "FuzzWorkbookStructure", [
            .product(name: "DFCostImport", package: "dfcost"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
