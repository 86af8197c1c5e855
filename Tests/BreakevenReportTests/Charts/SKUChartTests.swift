import TestSupport
import Testing

@testable import BreakevenCore
@testable import BreakevenCSV
@testable import BreakevenReport

@Suite("One SKU's charts in one SVG")
struct SKUChartTests {
    @Test func holdsTheHeadingAndBothCharts() throws {
        let evaluation = try ChartFixtures.closedForm(demand: 30)
        let chart = SKUChart(evaluation)
        let file = chart.file()
        #expect(file.hasPrefix("<?xml"))
        let root = try parseXML(file)
        #expect(root.all("text", class: "title").first?.allText == "TEST")
        let subtitle = try #require(root.all("text", class: "subtitle").first?.allText)
        #expect(
            subtitle.hasPrefix(
                "Recommended \(evaluation.decision.recommended) · today VIRTUAL · saving "))
        #expect(subtitle.hasSuffix(" · demand 30.0 units/month"))
        let profit = try #require(root.all("g", class: "profit-chart").first)
        let costs = try #require(root.all("g", class: "cost-chart").first)
        #expect(profit.all("polyline", class: "curve").count == evaluation.models.count)
        #expect(costs.all("rect", class: "segment").count > 0)
        // The cost chart starts below the profit chart and ends inside the picture.
        let costTop = try #require(costs.all("rect", class: "plot").first).offset.y
        let profitPlot = try #require(profit.all("rect", class: "plot").first)
        #expect(
            costTop > profitPlot.offset.y + (profitPlot.number("y") ?? 0)
                + (profitPlot.number("height") ?? 0))
        let height = try #require(root.number("height"))
        for text in root.all("text") {
            #expect(text.offset.y + (text.number("y") ?? 0) <= height)
        }
    }

    @Test func italianHeadingAndTitle() throws {
        let evaluation = try ChartFixtures.closedForm(demand: 30)
        let root = try parseXML(SKUChart(evaluation, language: .italian).file())
        let subtitle = try #require(root.all("text", class: "subtitle").first?.allText)
        #expect(subtitle.hasPrefix("Consigliato STOCKED · oggi VIRTUAL · risparmio "))
        #expect(subtitle.hasSuffix(" al mese · domanda 30.0 unità/mese"))
        #expect(root.all("title").first?.allText == "TEST: profitto mensile in funzione della domanda e costo per unità")
        #expect(root.all("text", class: "axis-title").map(\.allText).contains("profitto mensile (scala logaritmica)"))
        #expect(root.all("text", class: "legend").map(\.allText).contains("prezzo al netto dei resi"))
    }
}
