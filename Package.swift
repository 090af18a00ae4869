// swift-tools-version: 6.1
// dfcost: forecasts and scenarios for the yearly increase in D&F costs of Norway's
// national e-health solutions. The executable is thin; each library has one job.
import PackageDescription

// MARK: - Products and dependencies

let package = Package(
    name: "dfcost",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "dfcost", targets: ["dfcost"]),
        .library(name: "DFCostFailure", targets: ["DFCostFailure"]),
        .library(name: "DFCostModel", targets: ["DFCostModel"]),
        .library(name: "DFCostScenario", targets: ["DFCostScenario"]),
        .library(name: "DFCostNumerics", targets: ["DFCostNumerics"]),
        .library(name: "DFCostSimulation", targets: ["DFCostSimulation"]),
        .library(name: "DFCostRender", targets: ["DFCostRender"]),
        .library(name: "DFCostWorkbook", targets: ["DFCostWorkbook"]),
        .library(name: "DFCostImport", targets: ["DFCostImport"]),
        .library(name: "DFCostTableLayout", targets: ["DFCostTableLayout"]),
        .library(name: "DFCostEscaping", targets: ["DFCostEscaping"]),
        .library(name: "DFCostApp", targets: ["DFCostApp"]),
        .library(name: "DFCostNotation", targets: ["DFCostNotation"]),
        .library(name: "DFCostServer", targets: ["DFCostServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // Property-based testing for the differential oracle (Tests/DFCostOracleTests).
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        // The zip container of Excel workbooks (Sources/DFCostWorkbook only).
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // The HTTP server of `dfcost serve` (Sources/DFCostServer only); swift-service-lifecycle comes with it.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        // MARK: - C: LAPACKE and CBLAS (Debian liblapacke-dev)
        .systemLibrary(
            name: "CLapacke",
            pkgConfig: "lapacke",
            providers: [.apt(["liblapacke-dev"])]
        ),

        // MARK: - Libraries
        /// TOML 1.0 reader that keeps source positions and exact number text.
        .target(name: "DFCostTOML"),
        /// How a failure ends: the exit statuses and the protocol every error type conforms to. No dependencies.
        .target(name: "DFCostFailure"),
        /// Exact decimal money, the cost table, conditions, aggregation.
        .target(name: "DFCostModel", dependencies: ["DFCostFailure"]),
        /// Scenario files: TOML -> validated model; extends chains; operations. (DFCostNumerics:
        /// the one rule for distribution parameters.)
        .target(name: "DFCostScenario", dependencies: ["DFCostFailure", "DFCostModel", "DFCostTOML", "DFCostNumerics"]),
        /// Linear algebra (the only importer of CLapacke), random numbers, Monte Carlo.
        .target(name: "DFCostNumerics", dependencies: ["DFCostFailure", "CLapacke"]),
        /// Scenario -> Monte Carlo specification, and back to results keyed by years.
        .target(name: "DFCostSimulation", dependencies: ["DFCostFailure", "DFCostModel", "DFCostScenario", "DFCostNumerics"]),
        /// The contract between the table writers and the importers: row kinds, meta keys, the
        /// words of total rows, A1 cell references. No dependencies.
        .target(name: "DFCostTableLayout"),
        /// The one text escaper (HTML, XML, markdown, TOML strings, GitHub annotations) every writer
        /// uses. No dependencies.
        .target(name: "DFCostEscaping"),
        /// Renderers for people and machines: read results, format, never compute.
        .target(
            name: "DFCostRender",
            dependencies: ["DFCostApp", "DFCostImport", "DFCostModel", "DFCostNotation", "DFCostNumerics", "DFCostScenario", "DFCostSimulation", "DFCostTableLayout", "DFCostEscaping", "DFCostTOML"]
        ),
        /// Tables as analysts keep them (CSV, tab-separated text, .xlsx workbooks) -> scenario files.
        /// Every row accounted for; a table it cannot read exactly is refused at its place.
        .target(
            name: "DFCostImport",
            dependencies: [
                "DFCostFailure", "DFCostModel", "DFCostScenario", "DFCostTableLayout", "DFCostEscaping",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        /// The application layer: a folder per command, each a request value, a result value and
        /// the function from one to the other, with typed errors. What the executable, a server or
        /// a notebook calls; it prints nothing and names no command-line flag.
        .target(
            name: "DFCostApp",
            dependencies: [
                "DFCostFailure", "DFCostModel", "DFCostNumerics", "DFCostScenario", "DFCostSimulation", "DFCostImport",
            ]
        ),
        /// Excel workbooks (.xlsx) written: the table with formulas, comparisons, a simulation.
        .target(
            name: "DFCostWorkbook",
            dependencies: [
                "DFCostModel", "DFCostScenario", "DFCostRender", "DFCostTableLayout", "DFCostEscaping",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        /// The command line's notation: the text of what-if flags and sweep parameters -> the
        /// engine's typed values. It lives with the executable; its own module so tests reach it.
        .target(name: "DFCostNotation", dependencies: ["DFCostFailure", "DFCostModel", "DFCostScenario"], path: "Sources/dfcost/Notation"),
        /// `dfcost serve`: the what-if pages and the JSON API over a folder of scenario files, on the
        /// application layer and the same writers as the command line. Computes nothing itself.
        .target(
            name: "DFCostServer",
            dependencies: [
                "DFCostApp", "DFCostFailure", "DFCostModel", "DFCostNotation", "DFCostNumerics", "DFCostScenario", "DFCostSimulation",
                "DFCostRender", "DFCostWorkbook", "DFCostEscaping",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        /// The thin command-line driver.
        .executableTarget(
            name: "dfcost",
            dependencies: [
                "DFCostApp", "DFCostFailure", "DFCostNotation", "DFCostModel", "DFCostNumerics", "DFCostScenario", "DFCostSimulation",
                "DFCostRender", "DFCostWorkbook", "DFCostImport", "DFCostServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["Notation"]
        ),

        // MARK: - Tests
        /// What every test target shares: temporary folders, the package root, golden files (DFCOST_RECORD=1).
        .target(name: "DFCostTestSupport", path: "Tests/DFCostTestSupport"),
        .testTarget(name: "DFCostTestSupportTests", dependencies: ["DFCostTestSupport"]),
        .testTarget(name: "DFCostTOMLTests", dependencies: ["DFCostTOML"]),
        .testTarget(name: "DFCostModelTests", dependencies: ["DFCostModel"]),
        .testTarget(
            name: "DFCostScenarioTests",
            dependencies: ["DFCostScenario", "DFCostModel", "DFCostNumerics", "DFCostNotation", "DFCostTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        /// The command line's notation: what-if and --vary text -> the engine's typed values, and its errors.
        .testTarget(
            name: "DFCostNotationTests",
            dependencies: ["DFCostNotation", "DFCostScenario", "DFCostModel", "DFCostTestSupport"]
        ),
        .testTarget(name: "DFCostNumericsTests", dependencies: ["DFCostNumerics"]),
        .testTarget(
            name: "DFCostSimulationTests",
            dependencies: ["DFCostSimulation", "DFCostModel", "DFCostScenario", "DFCostNumerics", "DFCostTestSupport"]
        ),
        .testTarget(
            name: "DFCostRenderTests",
            dependencies: ["DFCostApp", "DFCostRender", "DFCostModel", "DFCostNotation", "DFCostNumerics", "DFCostScenario", "DFCostSimulation",
                           "DFCostImport", "DFCostTOML", "DFCostTableLayout", "DFCostEscaping", "DFCostTestSupport"],
            // Read from the source tree, where DFCOST_RECORD=1 rewrites them (Tests/DFCostTestSupport).
            exclude: ["Goldens"]
        ),
        /// A plain reference evaluator of Scenarios/README.md checked against the engine on random scenarios.
        .testTarget(
            name: "DFCostOracleTests",
            dependencies: [
                "DFCostScenario", "DFCostModel", "DFCostNotation",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "DFCostWorkbookTests",
            dependencies: ["DFCostWorkbook", "DFCostImport", "DFCostTableLayout", "DFCostScenario", "DFCostModel", "DFCostRender",
                           "DFCostSimulation", "DFCostNumerics", "DFCostTestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            resources: [.copy("Fixtures")]
        ),
        /// The importers: every row of a table accounted for, layouts, identity, the receipt.
        .testTarget(
            name: "DFCostImportTests",
            dependencies: ["DFCostImport", "DFCostTableLayout", "DFCostScenario", "DFCostModel", "DFCostTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        /// The application layer: each command's request in, its result out.
        .testTarget(
            name: "DFCostAppTests",
            dependencies: ["DFCostApp", "DFCostFailure", "DFCostModel", "DFCostNotation", "DFCostNumerics", "DFCostScenario", "DFCostSimulation",
                           "DFCostTestSupport"]
        ),
        .testTarget(
            name: "DFCostCLITests",
            // ZIPFoundation to edit a workbook dfcost wrote (a changed cell must move LibreOffice's sums).
            dependencies: ["dfcost", "DFCostModel", "DFCostScenario", "DFCostNumerics", "DFCostRender", "DFCostTestSupport",
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Goldens"],
            resources: [.copy("Fixtures")]
        ),
        /// `dfcost serve` in process: every route, the path guard, the limits, the token, downloads equal to the CLI's.
        .testTarget(
            name: "DFCostServerTests",
            // dfcost: the built command line, whose bytes a download must equal.
            dependencies: ["dfcost", "DFCostServer", "DFCostSimulation", "DFCostTestSupport",
                           .product(name: "Hummingbird", package: "hummingbird"),
                           .product(name: "HummingbirdTesting", package: "hummingbird")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
