// swift-tools-version: 6.0
import PackageDescription

// Four layers, each importing only the ones above it in this list
// (docs/architecture.md):
//   BreakevenCore    the decision math; no I/O, no text for people
//   BreakevenCSV     reading and writing CSV, catalogs with diagnostics, the pipeline
//   BreakevenReport  every word and number a person reads
//   Breakeven        the public API: evaluate a catalog or a SKU
// and beside them the command line, the generator of synthetic catalogs and
// the fuzz harnesses, none of which ships in the library.
let package = Package(
    name: "Breakeven",
    products: [
        .library(name: "Breakeven", targets: ["Breakeven"]),
        .executable(name: "breakeven", targets: ["breakeven"]),
    ],
    targets: [
        .target(name: "BreakevenCore"),
        .target(name: "BreakevenCSV", dependencies: ["BreakevenCore"]),
        .target(name: "BreakevenReport", dependencies: ["BreakevenCore", "BreakevenCSV"]),
        .target(name: "Breakeven", dependencies: ["BreakevenCore", "BreakevenCSV", "BreakevenReport"]),
        // Deterministic synthetic catalogs: `breakeven generate`, benchmarks and tests.
        .target(name: "SyntheticCatalogs", dependencies: ["BreakevenCore"]),
        // The checks the fuzz targets (Fuzz/, scripts/fuzz) and `swift test` run on any input.
        .target(name: "BreakevenFuzzing", dependencies: ["BreakevenCore", "BreakevenCSV", "BreakevenReport"]),
        // Argument parsing and commands: reads files, calls the layers, writes what they render.
        .target(
            name: "BreakevenCLI",
            dependencies: ["BreakevenCore", "BreakevenCSV", "BreakevenReport", "SyntheticCatalogs"]),
        // `main.swift` only: hands the arguments to BreakevenCLI.
        .executableTarget(name: "breakeven", dependencies: ["BreakevenCLI"]),
        // What the test targets share (reading XML back for the SVG and HTML tests).
        .target(name: "TestSupport", dependencies: ["BreakevenCore"], path: "Tests/TestSupport"),
        .testTarget(name: "BreakevenCoreTests", dependencies: ["BreakevenCore", "TestSupport"]),
        .testTarget(name: "BreakevenCSVTests", dependencies: ["BreakevenCSV", "SyntheticCatalogs", "TestSupport"]),
        .testTarget(
            name: "SyntheticCatalogsTests",
            dependencies: ["SyntheticCatalogs", "BreakevenCore", "BreakevenCSV", "TestSupport"]),
        .testTarget(
            name: "BreakevenReportTests",
            dependencies: ["BreakevenReport", "BreakevenCSV", "BreakevenFuzzing", "SyntheticCatalogs", "TestSupport"]),
        .testTarget(
            name: "BreakevenFuzzingTests",
            dependencies: ["BreakevenFuzzing", "BreakevenReport", "BreakevenCSV", "BreakevenCore", "TestSupport"]),
        .testTarget(name: "BreakevenTests", dependencies: ["Breakeven", "BreakevenCLI"]),
        .testTarget(
            name: "BreakevenCLITests",
            dependencies: ["BreakevenCLI", "BreakevenReport", "BreakevenCSV", "BreakevenCore", "TestSupport"],
            exclude: ["Fixtures", "Snapshots", "Golden"]
        ),
    ]
)
