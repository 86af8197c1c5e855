import Foundation
import TestSupport
import Testing

@testable import BreakevenCore
@testable import BreakevenCSV
@testable import BreakevenReport

@Suite("Profit against demand chart")
struct ProfitChartTests {
    static func chart(_ evaluation: SKUEvaluation) throws -> XMLElementNode {
        try parseXML(ProfitChart(evaluation).svg().rendered(title: "t & <test>", standalone: true))
    }

    static func isLogarithmic(_ chart: XMLElementNode, axis: String) -> Bool {
        chart.all("text", class: "axis-title").first { $0.classes.contains(axis) }?.allText
            .contains("log scale")
            ?? false
    }

    /// The demand at `x`, read from the first and last x ticks.
    static func demand(at x: Double, in chart: XMLElementNode) throws -> Double {
        let ticks = ChartReading.ticks(chart, axis: "x")
        let first = try #require(ticks.first)
        let last = try #require(ticks.last)
        return ChartReading.value(
            at: x, from: first, last, logarithmic: isLogarithmic(chart, axis: "x"))
    }

    @Test(arguments: [4.0, 30.0])
    func breakEvenMarkerSitsAtTheBreakEvenVolumeOnTheAxis(demand: Double) throws {
        let chart = try Self.chart(try ChartFixtures.closedForm(demand: demand))
        // Within a factor of 10 of today's demand the axis is linear, beyond it logarithmic.
        #expect(Self.isLogarithmic(chart, axis: "x") == (demand == 30))
        let marker = try #require(
            chart.all("circle", class: "breakeven").first { $0["data-model"] == "stocked" })
        let volume = try Self.demand(at: try #require(marker.number("cx")), in: chart)
        #expect(isClose(volume, ChartFixtures.breakEven, relative: 0.002), "marker at \(volume)")
        let label = try #require(
            chart.all("text", class: "breakeven-label").first { $0["data-model"] == "stocked" })
        #expect(label.allText == "STOCKED = VIRTUAL at 2.04")
        let guide = try #require(
            chart.all("line", class: "breakeven-guide").first { $0["data-model"] == "stocked" })
        #expect(guide.number("x1") == marker.number("cx"))
    }

    @Test(arguments: [4.0, 30.0])
    func todayLineSitsAtTodaysDemand(demand: Double) throws {
        let chart = try Self.chart(try ChartFixtures.closedForm(demand: demand))
        let line = try #require(chart.all("line", class: "today").first)
        let read = try Self.demand(at: try #require(line.number("x1")), in: chart)
        #expect(isClose(read, demand, relative: 0.002))
        #expect(
            chart.all("text", class: "today-label").first?.allText
                == "today \(demand == 4 ? "4.00" : "30.0")/month")
    }

    @Test func linearAxisStartsAtZeroAndCoversTwiceTheLargestDemandOfInterest() throws {
        let chart = try Self.chart(try ChartFixtures.closedForm(demand: 4))
        let ticks = ChartReading.ticks(chart, axis: "x").map(\.value)
        #expect(ticks.first == 0)
        #expect(try #require(ticks.last) >= 8)
        #expect(try #require(ticks.last) < 16)
    }

    @Test func virtualLineFollowsDemandTimesMarginOnTheLinearProfitAxis() throws {
        let chart = try Self.chart(try ChartFixtures.closedForm(demand: 4))
        #expect(!Self.isLogarithmic(chart, axis: "y"))
        let yTicks = ChartReading.ticks(chart, axis: "y")
        let low = try #require(yTicks.first)
        let high = try #require(yTicks.last)
        let line = try #require(
            chart.all("polyline", class: "curve").first { $0["data-model"] == "virtual" })
        let points = ChartReading.points(line)
        #expect(points.count > 100)
        for point in points {
            let demand = try Self.demand(at: point.x, in: chart)
            let profit = ChartReading.value(at: point.y, from: low, high, logarithmic: false)
            #expect(abs(profit - ChartFixtures.virtualMargin * demand) < 0.1, "at demand \(demand)")
        }
    }

    @Test func onALogDemandAxisProfitIsLogarithmicToo() throws {
        let chart = try Self.chart(try ChartFixtures.closedForm(demand: 30))
        #expect(Self.isLogarithmic(chart, axis: "y"))
        // Read VIRTUAL's profit from two positive ticks on log₁₀: it is 19.8 × demand.
        let positive = ChartReading.ticks(chart, axis: "y").filter { $0.value > 0 }
        #expect(positive.count >= 2)
        let a = positive[positive.count - 2]
        let b = positive[positive.count - 1]
        let line = try #require(
            chart.all("polyline", class: "curve").first { $0["data-model"] == "virtual" })
        for point in ChartReading.points(line) {
            let demand = try Self.demand(at: point.x, in: chart)
            let profit = ChartReading.value(at: point.y, from: a, b, logarithmic: true)
            #expect(
                isClose(profit, ChartFixtures.virtualMargin * demand, relative: 0.01),
                "at demand \(demand)")
        }
    }

    @Test(arguments: [4.0, 30.0, 0.0, 5_000.0])
    func ticksAreNiceNumbers(demand: Double) throws {
        let chart = try Self.chart(try ChartFixtures.closedForm(demand: demand))
        for axis in ["x", "y"] {
            let ticks = ChartReading.ticks(chart, axis: axis).map(\.value)
            #expect(ticks.count >= 2, "\(axis)")
            if Self.isLogarithmic(chart, axis: axis) {
                #expect(ticks.allSatisfy(ChartReading.isNice), "\(axis): \(ticks)")
            } else {
                let steps = zip(ticks, ticks.dropFirst()).map { $1 - $0 }
                let step = try #require(steps.first)
                #expect(ChartReading.isNice(step), "\(axis): \(ticks)")
                #expect(steps.allSatisfy { abs($0 - step) < 1e-9 * step })
                #expect(ticks.allSatisfy { abs(($0 / step) - ($0 / step).rounded()) < 1e-9 })
            }
        }
    }

    @Test(arguments: [4.0, 30.0, 0.0, 5_000.0, 0.02])
    func nothingIsDrawnOutsideThePlotArea(demand: Double) throws {
        try Self.assertInside(try Self.chart(try ChartFixtures.closedForm(demand: demand)))
    }

    @Test func virtualOnlyAndNoDemandCharts() throws {
        for demand in [0.0, 12] {
            let chart = try Self.chart(try ChartFixtures.virtualOnly(demand: demand))
            try Self.assertInside(chart)
            #expect(chart.all("polyline", class: "curve").count == 1)
            #expect(chart.all("circle", class: "breakeven").isEmpty)
            // No break-even: linear from 0 to twice today's demand (or 0 to 10).
            let ticks = ChartReading.ticks(chart, axis: "x").map(\.value)
            #expect(ticks.first == 0)
            #expect(ticks.last == (demand == 0 ? 10 : 25))
        }
    }

    /// Data (lines, markers, guides) inside the plot rectangle; every text
    /// inside the picture, as far as its estimated width tells; the labels
    /// above the plot apart from each other.
    static func assertInside(
        _ chart: XMLElementNode, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let plot = try #require(chart.all("rect", class: "plot").first.flatMap(ChartReading.rect))
        let width = try #require(chart.number("width"))
        let height = try #require(chart.number("height"))
        for line in chart.all("polyline", class: "curve") {
            for point in ChartReading.points(line) {
                #expect(
                    plot.contains(point, tolerance: 0.02), "\(point) outside \(plot)",
                    sourceLocation: sourceLocation)
            }
        }
        for circle in chart.all("circle") {
            let centre = ChartPoint(
                x: try #require(circle.number("cx")), y: try #require(circle.number("cy")))
            #expect(
                plot.contains(centre, tolerance: 0.02), "marker outside",
                sourceLocation: sourceLocation)
        }
        for line in chart.all("line") where !line.classes.contains("legend-swatch") {
            for end in ["1", "2"] {
                let point = ChartPoint(
                    x: try #require(line.number("x" + end)), y: try #require(line.number("y" + end))
                )
                #expect(
                    plot.contains(point, tolerance: 0.02), "line outside",
                    sourceLocation: sourceLocation)
            }
        }
        var labelBoxes: [(y: Double, from: Double, to: Double)] = []
        for text in chart.all("text") where text["transform"] == nil {
            let x = try #require(text.number("x"))
            let y = try #require(text.number("y"))
            let size = text.number("font-size") ?? ChartStyle.fontSize
            let textWidth = ChartStyle.textWidth(text.allText, size: size)
            let from: Double
            switch text["text-anchor"] {
            case "middle"?: from = x - textWidth / 2
            case "end"?: from = x - textWidth
            default: from = x
            }
            #expect(
                from >= -0.5 && from + textWidth <= width + 0.5, "'\(text.allText)' cut",
                sourceLocation: sourceLocation)
            #expect(
                y - size >= -0.5 && y <= height + 0.5, "'\(text.allText)' cut",
                sourceLocation: sourceLocation)
            if text.classes.contains("breakeven-label") || text.classes.contains("today-label") {
                #expect(y < plot.y, "label over the plot", sourceLocation: sourceLocation)
                labelBoxes.append((y, from, from + textWidth))
            }
        }
        for (i, a) in labelBoxes.enumerated() {
            for b in labelBoxes[(i + 1)...] where a.y == b.y {
                #expect(
                    a.to <= b.from || b.to <= a.from, "labels overlap",
                    sourceLocation: sourceLocation)
            }
        }
    }

    @Test func legendNamesTheRecommendedAndTodaysModels() throws {
        let chart = try Self.chart(try ChartFixtures.closedForm(demand: 30))
        let legend = chart.all("text", class: "legend").map(\.allText)
        #expect(legend.contains("VIRTUAL · today"))
        #expect(legend.contains { $0.hasPrefix("STOCKED") })
        let recommended = try ChartFixtures.closedForm(demand: 30).decision.recommended
        #expect(legend.contains { $0.hasPrefix("\(recommended)") && $0.contains("recommended") })
    }

    @Test func neverAndAlwaysAreSaidInTheLegend() throws {
        // STOCKED's unit cost above VIRTUAL's landed cost: it never breaks even.
        let never = try evaluate([
            .price: 30, .monthlyDemand: 100, .virtualUnitCost: 8, .virtualShipping: 2,
            .virtualDeliveryDays: 3,
            .stockedUnitCost: 12,
        ])
        let chart = try Self.chart(never)
        #expect(
            chart.all("text", class: "legend").contains {
                $0.allText == "STOCKED · never above VIRTUAL"
            })
        #expect(chart.all("circle", class: "breakeven").isEmpty)
        try Self.assertInside(chart)
    }

    // MARK: Italian

    static func italianChart(_ evaluation: SKUEvaluation) throws -> XMLElementNode {
        try parseXML(ProfitChart(evaluation, language: .italian).svg().rendered(title: "t", standalone: true))
    }

    @Test func italianAxisTitlesLabelsAndLegend() throws {
        // Break-even 2.04 against today's 4: linear axes.
        let linear = try Self.italianChart(try ChartFixtures.closedForm(demand: 4))
        #expect(
            linear.all("text", class: "axis-title").map(\.allText) == ["domanda mensile, unità", "profitto mensile"])
        #expect(linear.all("text", class: "today-label").first?.allText == "oggi 4.00/mese")
        #expect(
            linear.all("text", class: "breakeven-label").contains { $0.allText == "STOCKED = VIRTUAL a 2.04" })
        let legend = linear.all("text", class: "legend").map(\.allText)
        #expect(legend.contains("VIRTUAL · oggi"))
        let recommended = try ChartFixtures.closedForm(demand: 4).decision.recommended
        #expect(legend.contains { $0.hasPrefix("\(recommended)") && $0.hasSuffix("consigliato") })
        // Against 30: both axes logarithmic.
        let logarithmic = try Self.italianChart(try ChartFixtures.closedForm(demand: 30))
        #expect(
            logarithmic.all("text", class: "axis-title").map(\.allText) == [
                "domanda mensile, unità (scala logaritmica)", "profitto mensile (scala logaritmica)",
            ])
        try Self.assertInside(logarithmic)
    }

    @Test func italianNeverInTheLegend() throws {
        let never = try evaluate([
            .price: 30, .monthlyDemand: 100, .virtualUnitCost: 8, .virtualShipping: 2,
            .virtualDeliveryDays: 3,
            .stockedUnitCost: 12,
        ])
        let chart = try Self.italianChart(never)
        #expect(chart.all("text", class: "legend").contains { $0.allText == "STOCKED · mai sopra VIRTUAL" })
        try Self.assertInside(chart)
    }
}
