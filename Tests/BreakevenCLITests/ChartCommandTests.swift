import Foundation
import TestSupport
import Testing

@testable import BreakevenCLI

@Suite("breakeven chart")
struct ChartCommandTests {
    static let catalog = testDirectory.appendingPathComponent("../../examples/catalog.csv")
        .standardized.path

    @Test func helpSnapshot() {
        assertSnapshot(breakeven(["chart", "--help"]).out, named: "chart-help.txt")
    }

    /// Golden SVGs of two example SKUs: the sofa (a linear demand axis, HYBRID
    /// recommended) and the USB-C cable (log axes, STOCKED and HYBRID never
    /// break even).
    @Test(arguments: [("sofa-3-seat-grey", "chart-sofa.svg"), ("cable-usbc-2m", "chart-cable.svg")])
    func svgSnapshots(sku: String, snapshot: String) throws {
        let run = breakeven(["chart", sku, Self.catalog, "--svg", "out.svg"])
        #expect(run.status == .success)
        #expect(run.out.isEmpty)
        let svg = try #require(run.file("out.svg"))
        _ = try parseXML(svg)
        assertSnapshot(svg, named: snapshot)
    }

    @Test func svgToStandardOutput() throws {
        let run = breakeven(["chart", "sofa-3-seat-grey", Self.catalog, "--svg", "-"])
        #expect(run.status == .success)
        #expect(run.out.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "))
        #expect(
            run.out
                == breakeven(["chart", "sofa-3-seat-grey", Self.catalog, "--svg", "x.svg"]).file(
                    "x.svg"))
        #expect(run.err.hasSuffix(": 28 rows read, 28 ranked, 0 rejected\n"))
    }

    /// The text chart the README shows.
    @Test func textSnapshot() {
        assertSnapshot(
            breakeven(["chart", "sofa-3-seat-grey", Self.catalog]).out, named: "chart-sofa.txt")
    }

    @Test func textChartIsColouredOnlyOnATerminalWithoutNoColor() {
        let arguments = ["chart", "cable-usbc-2m", Self.catalog]
        let piped = breakeven(arguments)
        #expect(piped.status == .success)
        #expect(piped.out.hasPrefix("cable-usbc-2m\nRecommended MARKETPLACE · today VIRTUAL"))
        #expect(piped.out.contains("█"))
        #expect(!piped.out.contains("\u{1B}["))
        let terminal = breakeven(arguments, terminal: true)
        #expect(terminal.out.contains("\u{1B}[38;5;"))
        #expect(terminal.out.replacing(/\u{1B}\[[0-9;]*m/, with: "") == piped.out)
        #expect(
            !breakeven(arguments, environment: ["NO_COLOR": "1"], terminal: true).out.contains(
                "\u{1B}["))
        // An empty NO_COLOR does not count (no-color.org).
        #expect(
            breakeven(arguments, environment: ["NO_COLOR": ""], terminal: true).out.contains(
                "\u{1B}["))
    }

    @Test func unknownSKUIsAUsageErrorWithASuggestion() {
        let run = breakeven(["chart", "cable-usbc-2", Self.catalog])
        #expect(run.status == .usage)
        #expect(
            run.err.contains(
                "Error: no SKU 'cable-usbc-2' in \(Self.catalog). Did you mean 'cable-usbc-2m'?"))
    }

    @Test func aRejectedSKUSaysWhy() {
        let run = breakeven(
            ["chart", "lamp", "-"],
            stdin: "sku,price,monthly_demand,virtual_unit_cost\nlamp,abc,3,4\n")
        #expect(run.status == .dataError)
        #expect(run.err.contains("<stdin>:2:2: error: 'abc' is not a number (column price)"))
    }
}
