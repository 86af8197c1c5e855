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
        .testTarget(name: "BreakevenTests", dependencies: ["Breakeven"]),
        .testTarget(
            name: "BreakevenCLITests",
            dependencies: ["BreakevenCLI", "Breakeven"],
            exclude: ["Fixtures", "Snapshots"]
        ),
    ]
)
