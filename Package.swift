// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Breakeven",
    products: [
        .library(name: "Breakeven", targets: ["Breakeven"]),
        .executable(name: "breakeven", targets: ["breakeven"]),
    ],
    targets: [
        // All decision math, CSV reading and writing, and rendering.
        .target(name: "Breakeven"),
        // Argument parsing, commands, I/O and exit codes; no math.
        .target(name: "BreakevenCLI", dependencies: ["Breakeven"]),
        // `main.swift` only: hands the arguments to BreakevenCLI.
        .executableTarget(name: "breakeven", dependencies: ["BreakevenCLI"]),
        // What both test targets share (reading XML back for the SVG and HTML tests).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "BreakevenTests", dependencies: ["Breakeven", "TestSupport"]),
        .testTarget(
            name: "BreakevenCLITests",
            dependencies: ["BreakevenCLI", "Breakeven", "TestSupport"],
            exclude: ["Fixtures", "Snapshots"]
        ),
    ]
)
