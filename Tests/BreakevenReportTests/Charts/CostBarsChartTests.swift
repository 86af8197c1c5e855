import TestSupport
import Testing

@testable import BreakevenCore
@testable import BreakevenCSV
@testable import BreakevenReport

@Suite("Cost per unit bars")
struct CostBarsChartTests {
    static func chart(_ evaluation: SKUEvaluation) throws -> XMLElementNode {
        try parseXML(CostBarsChart(evaluation).svg().rendered(title: "costs"))
    }

    /// The money at `x`, read from the first and last ticks.
    static func money(at x: Double, in chart: XMLElementNode) throws -> Double {
        let ticks = ChartReading.ticks(chart, axis: "x")
        return ChartReading.value(
            at: x, from: try #require(ticks.first), try #require(ticks.last), logarithmic: false)
    }

    @Test func virtualSegmentsStackTheCostLinesByHand() throws {
        // By hand (ChartFixtures.closedForm): product 14, fees 0.03 × 40 = 1.20, shipping 5.
        let chart = try Self.chart(try ChartFixtures.closedForm(demand: 30))
        let segments = chart.all("rect", class: "segment").filter { $0["data-model"] == "virtual" }
        #expect(segments.map { $0["data-line"] ?? "" } == ["product", "fees", "shipping"])
        let expected: [(Double, Double)] = [(0, 14), (14, 15.2), (15.2, 20.2)]
        for (segment, (from, to)) in zip(segments, expected) {
            let rect = try #require(ChartReading.rect(segment))
            #expect(abs(try Self.money(at: rect.x, in: chart) - from) < 0.02)
            #expect(abs(try Self.money(at: rect.maxX, in: chart) - to) < 0.02)
        }
        // The price kept is the whole price (no returns): 40; the margin 40 − 20.20.
        let ticks = chart.all("line", class: "price-kept")
        #expect(
            abs(try Self.money(at: try #require(ticks.first?.number("x1")), in: chart) - 40) < 0.02)
        #expect(chart.all("text", class: "value").first?.allText == "20.20 · margin 19.80")
    }

    @Test func aNegativeReturnsLineGoesLeftOfZero() throws {
        // Every return resold at full value with no handling cost: the returns line is negative.
        let evaluation = try evaluate([
            .price: 40, .monthlyDemand: 50, .virtualUnitCost: 14, .virtualShipping: 5,
            .stockedUnitCost: 10,
            .returnRate: 0.2, .returnHandlingCost: 0, .restockRate: 1, .virtualRestockRate: 1,
        ])
        let stocked = try #require(evaluation[.stocked])
        #expect(stocked.costPerUnit.returns < 0)
        let chart = try Self.chart(evaluation)
        let zero = try #require(chart.all("line", class: "zero").first?.number("x1"))
        let returns = try #require(
            chart.all("rect", class: "segment").first {
                $0["data-model"] == "stocked" && $0["data-line"] == "returns"
            })
        let rect = try #require(ChartReading.rect(returns))
        #expect(abs(rect.maxX - zero) < 0.02)
        let width = try Self.money(at: rect.maxX, in: chart) - Self.money(at: rect.x, in: chart)
        #expect(abs(width + stocked.costPerUnit.returns) < 0.02)
        // Price kept after 20% returns: 40 × 0.8 = 32.
        let kept = try #require(
            chart.all("line", class: "price-kept").dropFirst().first?.number("x1"))
        #expect(abs(try Self.money(at: kept, in: chart) - 32) < 0.02)
    }

    @Test func everyBarEndsAtItsLandedCost() throws {
        let evaluation = try ChartFixtures.closedForm(demand: 30)
        let chart = try Self.chart(evaluation)
        for result in evaluation.models {
            let segments = chart.all("rect", class: "segment").filter {
                $0["data-model"] == result.model.rawValue
            }
            let right = try segments.compactMap(ChartReading.rect).map {
                try Self.money(at: $0.maxX, in: chart)
            }.max()
            let left = try segments.compactMap(ChartReading.rect).map {
                try Self.money(at: $0.x, in: chart)
            }.min()
            // Positive lines end at Σ positive, negative ones start at Σ negative: together the landed cost.
            let total = (try #require(right)) + min(0, try #require(left))
            #expect(abs(total - result.landedCostPerUnit) < 0.05, "\(result.model)")
        }
    }

    @Test func legendListsOnlyLinesThatAreUsed() throws {
        let evaluation = try ChartFixtures.virtualOnly(demand: 10)
        let chart = try Self.chart(evaluation)
        let legend = chart.all("text", class: "legend").map(\.allText)
        #expect(legend == ["product", "fees", "shipping", "price kept after returns"])
        #expect(CostBarsChart(evaluation).linesShown == [.product, .fees, .shipping])
    }

    @Test func everythingFitsThePicture() throws {
        for evaluation in [
            try ChartFixtures.closedForm(demand: 30), try ChartFixtures.virtualOnly(demand: 0),
        ] {
            let svg = CostBarsChart(evaluation).svg()
            let chart = try parseXML(svg.rendered(title: "c"))
            let plot = try #require(
                chart.all("rect", class: "plot").first.flatMap(ChartReading.rect))
            for segment in chart.all("rect", class: "segment") {
                let rect = try #require(ChartReading.rect(segment))
                #expect(rect.x >= plot.x - 0.02 && rect.maxX <= plot.maxX + 0.02)
                #expect(rect.y >= plot.y && rect.maxY <= plot.maxY)
            }
            for text in chart.all("text") {
                let x = try #require(text.number("x"))
                let width = ChartStyle.textWidth(
                    text.allText, size: text.number("font-size") ?? ChartStyle.fontSize)
                let from =
                    text["text-anchor"] == "end"
                    ? x - width : text["text-anchor"] == "middle" ? x - width / 2 : x
                #expect(from >= -0.5 && from + width <= svg.width + 0.5, "'\(text.allText)' cut")
                #expect(try #require(text.number("y")) <= svg.height)
            }
        }
    }

    @Test func italianTitlesLegendAndValues() throws {
        let evaluation = try ChartFixtures.virtualOnly(demand: 10)
        let chart = try parseXML(CostBarsChart(evaluation, language: .italian).svg().rendered(title: "costi"))
        #expect(
            chart.all("text", class: "axis-title").map(\.allText) == [
                "costo complessivo per unità venduta", "costo · margine per unità",
            ])
        #expect(
            chart.all("text", class: "legend").map(\.allText) == [
                "prodotto", "commissioni", "spedizione", "prezzo al netto dei resi",
            ])
        // 11 + 3 + 3% of 25 = 14.75 landed, 25 − 14.75 = 10.25 a unit.
        #expect(chart.all("text", class: "value").map(\.allText) == ["14.75 · margine 10.25"])
    }
}
