// swift-tools-version: 6.1
// Benchmarks for dfcost, as a nested package so the main package's build and tests do not carry
// ordo-one/benchmark. Run from this folder: `swift package benchmark` (see README.md).
import PackageDescription

let package = Package(
    name: "dfcost-benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "dfcost", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "DFCostBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "DFCostModel", package: "dfcost"),
                .product(name: "DFCostScenario", package: "dfcost"),
                .product(name: "DFCostNumerics", package: "dfcost"),
                .product(name: "DFCostSimulation", package: "dfcost"),
            ],
            path: "Benchmarks/DFCostBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
