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

    // MARK: Simulated bands (report --simulate)

    static func simulatedChart(
        _ evaluation: SKUEvaluation, _ simulated: [ModelSimulation], language: Language = .english
    ) throws -> XMLElementNode {
        try parseXML(
            ProfitChart(evaluation, language: language, simulated: simulated).svg().rendered(
                title: "t", standalone: true))
    }

    /// The value at position `y` read from the chart's own y ticks: the first
    /// and last on a linear axis, the two largest positive ones on a log axis.
    static func profit(at y: Double, in chart: XMLElementNode) throws -> Double {
        let ticks = ChartReading.ticks(chart, axis: "y")
        if isLogarithmic(chart, axis: "y") {
            let positive = ticks.filter { $0.value > 0 }
            return ChartReading.value(
                at: y, from: positive[positive.count - 2], positive[positive.count - 1], logarithmic: true)
        }
        return ChartReading.value(
            at: y, from: try #require(ticks.first), try #require(ticks.last), logarithmic: false)
    }

    /// Each band's rectangle reads, on the chart's own profit scale, P10 at
    /// its bottom and P90 at its top, its tick the simulated mean and its
    /// diamond the analytic profit at today's demand: VIRTUAL's 19.80 × 4 =
    /// 79.20 by hand. Every band stands right of today's line, inside the plot.
    @Test func bandsSpanP10ToP90OnTheChartsOwnScale() throws {
        let evaluation = try ChartFixtures.closedForm(demand: 4)
        let simulated = [
            ChartFixtures.simulated(.virtual, p10: 50, mean: 80, p90: 110),
            ChartFixtures.simulated(.stocked, p10: -30, mean: 20, p90: 60),
        ]
        let chart = try Self.simulatedChart(evaluation, simulated)
        #expect(!Self.isLogarithmic(chart, axis: "y"))
        let plot = try #require(chart.all("rect", class: "plot").first.flatMap(ChartReading.rect))
        let today = try #require(chart.all("line", class: "today").first?.number("x1"))
        let bands = chart.all("rect", class: "sim-band")
        #expect(bands.compactMap { $0["data-model"] } == ["virtual", "stocked"])
        for figures in simulated {
            let band = try #require(bands.first { $0["data-model"] == figures.model.rawValue })
            let rect = try #require(ChartReading.rect(band))
            #expect(abs(try Self.profit(at: rect.maxY, in: chart) - figures.p10) < 0.05, "\(figures.model) P10")
            #expect(abs(try Self.profit(at: rect.y, in: chart) - figures.p90) < 0.05, "\(figures.model) P90")
            #expect(rect.x > today && plot.contains(ChartPoint(x: rect.x, y: rect.y)))
            #expect(plot.contains(ChartPoint(x: rect.maxX, y: rect.maxY)))
            let mean = try #require(
                chart.all("line", class: "sim-mean").first { $0["data-model"] == figures.model.rawValue })
            #expect(abs(try Self.profit(at: try #require(mean.number("y1")), in: chart) - figures.meanMonthlyProfit) < 0.05)
        }
        let diamond = try #require(
            chart.all("polygon", class: "analytic-mark").first { $0["data-model"] == "virtual" })
        let corners = (diamond["points"] ?? "").split(separator: " ").compactMap { pair in
            Double(pair.split(separator: ",")[1])
        }
        let centre = (try #require(corners.min()) + (try #require(corners.max()))) / 2
        #expect(abs(try Self.profit(at: centre, in: chart) - ChartFixtures.virtualMargin * 4) < 0.05)
        try Self.assertInside(chart)
    }

    /// A P90 far above every line widens the profit axis to hold it.
    @Test func theProfitAxisCoversTheBands() throws {
        let evaluation = try ChartFixtures.closedForm(demand: 4)
        let chart = try Self.simulatedChart(
            evaluation, [ChartFixtures.simulated(.virtual, p10: -900, mean: 100, p90: 5_000)])
        let ticks = ChartReading.ticks(chart, axis: "y").map(\.value)
        #expect(try #require(ticks.last) >= 5_000 && (try #require(ticks.first)) <= -900)
        let plot = try #require(chart.all("rect", class: "plot").first.flatMap(ChartReading.rect))
        let band = try #require(chart.all("rect", class: "sim-band").first.flatMap(ChartReading.rect))
        #expect(plot.contains(ChartPoint(x: band.x, y: band.y)) && plot.contains(ChartPoint(x: band.maxX, y: band.maxY)))
        try Self.assertInside(chart)
    }

    /// On log axes (demand 30 against a break-even of 2.04) the bands read
    /// back through the log ticks.
    @Test func bandsOnLogarithmicAxes() throws {
        let evaluation = try ChartFixtures.closedForm(demand: 30)
        let simulated = [ChartFixtures.simulated(.virtual, p10: 300, mean: 590, p90: 900)]
        let chart = try Self.simulatedChart(evaluation, simulated)
        #expect(Self.isLogarithmic(chart, axis: "y"))
        let rect = try #require(chart.all("rect", class: "sim-band").first.flatMap(ChartReading.rect))
        #expect(isClose(try Self.profit(at: rect.maxY, in: chart), 300, relative: 0.002))
        #expect(isClose(try Self.profit(at: rect.y, in: chart), 900, relative: 0.002))
        try Self.assertInside(chart)
    }

    /// The legend names the bands and the diamond, in both languages; a
    /// simulated model the SKU does not evaluate is not drawn; without
    /// simulated figures the chart is the same as before, byte for byte.
    @Test func legendAndWhatIsNotDrawn() throws {
        let evaluation = try ChartFixtures.closedForm(demand: 4)
        #expect(evaluation[.marketplace] == nil)
        let simulated = [
            ChartFixtures.simulated(.virtual, p10: 50, mean: 80, p90: 110),
            ChartFixtures.simulated(.marketplace, p10: 1, mean: 2, p90: 3),
        ]
        let chart = try Self.simulatedChart(evaluation, simulated)
        #expect(chart.all("rect", class: "sim-band").compactMap { $0["data-model"] } == ["virtual"])
        let legend = chart.all("text", class: "legend").map(\.allText)
        #expect(Array(legend.suffix(2)) == ["P10–P90 simulated", "analytic"])
        let italian = try Self.simulatedChart(evaluation, simulated, language: .italian)
        #expect(
            Array(italian.all("text", class: "legend").map(\.allText).suffix(2)) == ["P10–P90 simulato", "analitico"])
        #expect(ProfitChart(evaluation, simulated: simulated).showsBands)
        #expect(!ProfitChart(evaluation).showsBands)
        #expect(ProfitChart(evaluation, simulated: []).svg() == ProfitChart(evaluation).svg())
        let plain = try Self.chart(evaluation)
        #expect(plain.all("rect", class: "sim-band").isEmpty && plain.all("polygon").isEmpty)
        #expect(!plain.all("text", class: "legend").map(\.allText).contains("P10–P90 simulated"))
    }
}
