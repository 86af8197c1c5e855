import TestSupport
import Testing

@testable import BreakevenCore
@testable import BreakevenCSV
@testable import BreakevenReport

@Suite("Bar charts")
struct BarChartTests {
    @Test func barLengthsAreProportionalToValues() throws {
        let chart = BarChart([
            .init(label: "a", value: 10, valueText: "10", colour: "#111"),
            .init(label: "b & c", value: 25, valueText: "25", colour: "#222"),
            .init(label: "d", value: -5, valueText: "−5", colour: "#333"),
        ])
        let root = try parseXML(chart.svg().rendered(title: "bars"))
        let bars = try root.all("rect", class: "bar").map { try #require(ChartReading.rect($0)) }
        #expect(bars.count == 3)
        #expect(abs(bars[1].width / bars[0].width - 2.5) < 1e-3)
        #expect(abs(bars[2].width / bars[0].width - 0.5) < 1e-3)
        let zero = try #require(root.all("line", class: "zero").first?.number("x1"))
        #expect(abs(bars[0].x - zero) < 0.01 && abs(bars[2].maxX - zero) < 0.01)
        #expect(root.all("text", class: "label").map(\.allText) == ["a", "b & c", "d"])
        for bar in bars { #expect(bar.maxX <= chart.width) }
    }

    @Test func allZeroBarsStillDraw() throws {
        let chart = BarChart([.init(label: "none", value: 0, valueText: "0", colour: "#111")])
        let root = try parseXML(chart.svg().rendered(title: "zero"))
        #expect(root.all("rect", class: "bar").first?.number("width") == 0)
    }
}
