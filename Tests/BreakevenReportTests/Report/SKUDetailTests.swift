import TestSupport
import Testing

@testable import BreakevenCore
@testable import BreakevenCSV
@testable import BreakevenReport

@Suite("Report detail of one SKU")
struct SKUDetailTests {
    @Test func chartsBesideTheReasons() throws {
        let evaluation = try ChartFixtures.closedForm(demand: 30)
        let article = try parseXML(
            SKUDetail(evaluation: evaluation, rank: 3, anchor: "sku-3").html())
        #expect(article["id"] == "sku-3")
        #expect(article.all("h3").first?.allText == "3.TEST")
        #expect(article.all("figure").count == 2)
        #expect(article.all("svg").count == 2)
        let reasons = article.all("ul", class: "reasons").first?.all("li").map(\.allText)
        #expect(reasons == ReasonWriter().sentences(evaluation.decision.reasons))
        let breakEven = article.all("ul", class: "breakeven").first?.all("li").map(\.allText) ?? []
        #expect(breakEven.contains("STOCKED: earns more above 2.04 units/month"))
        let headline = try #require(article.all("p", class: "headline").first?.allText)
        #expect(headline.contains("demand 30.0 units/month, stable (X, cv 0.00)"))
        let table = try #require(article.all("table", class: "models").first)
        #expect(
            table.all("th").dropFirst().map(\.allText) == evaluation.models.map(\.model.description)
        )
        // VIRTUAL's margin per unit by hand: 40 − 20.20.
        let margin = try #require(
            table.all("tr").first { $0.all("td").first?.allText == "margin / unit" })
        #expect(margin.all("td")[1].allText == "19.80")
    }

    @Test func captionSaysWhenTheAxesAreLogarithmic() throws {
        // Break-even 2.04 against today's 30: more than 10 times apart, log axes; against 4, linear.
        for (demand, logarithmic) in [(30.0, true), (4.0, false)] {
            let article = try parseXML(
                SKUDetail(
                    evaluation: try ChartFixtures.closedForm(demand: demand), rank: 1, anchor: "a"
                ).html())
            let caption = article.all("figcaption").first?.allText ?? ""
            #expect(caption.contains("Both axes are logarithmic") == logarithmic)
        }
    }

    @Test(arguments: [
        (BreakEvenVolume.units(1234.5), "earns more above 1,235 units/month"),
        (.never, "never earns more (searched 0.001 to 10,000,000 units/month)"),
        (.always, "earns more at any demand"),
    ])
    func volumesInWords(volume: BreakEvenVolume, text: String) {
        #expect(SKUDetail.describe(volume) == text)
    }

    @Test func italianLabels() throws {
        let evaluation = try ChartFixtures.closedForm(demand: 30)
        let article = try parseXML(
            SKUDetail(evaluation: evaluation, rank: 3, anchor: "sku-3", language: .italian).html())
        let headline = try #require(article.all("p", class: "headline").first?.allText)
        #expect(headline.hasPrefix("Consigliato STOCKED · oggi VIRTUAL · risparmio "))
        #expect(headline.hasSuffix(" al mese · domanda 30.0 unità/mese, stabile (X, cv 0.00)"))
        #expect(article.all("h4").map(\.allText) == ["Perché", "Pareggio rispetto a VIRTUAL"])
        let reasons = article.all("ul", class: "reasons").first?.all("li").map(\.allText)
        #expect(reasons == ReasonWriter(.italian).sentences(evaluation.decision.reasons))
        let breakEven = article.all("ul", class: "breakeven").first?.all("li").map(\.allText) ?? []
        #expect(breakEven.contains("STOCKED: guadagna di più sopra 2.04 unità/mese"))
        let table = try #require(article.all("table", class: "models").first)
        #expect(
            table.all("tr").compactMap { $0.all("td").first?.allText } == [
                "profitto mensile", "unità vendute / mese", "costo complessivo / unità", "margine / unità",
                "giorni di consegna", "capitale circolante",
            ])
        let captions = article.all("figcaption").map(\.allText)
        #expect(captions[0].hasPrefix("Profitto mensile di ogni modello al variare della domanda mensile"))
        #expect(captions[0].hasSuffix("Entrambi gli assi sono logaritmici; i profitti tra le due tacche più vicine allo 0 sono tracciati in scala lineare."))
        #expect(captions[1].hasPrefix("Costo complessivo per unità venduta, voce per voce; "))
        #expect(
            article.all("svg").compactMap { $0.all("title").first?.allText } == [
                "TEST: profitto mensile di ogni modello in funzione della domanda mensile",
                "TEST: costo complessivo per unità venduta, per modello",
            ])
    }

    @Test(arguments: [
        (BreakEvenVolume.units(1234.5), "guadagna di più sopra 1,235 unità/mese"),
        (.never, "non guadagna mai di più (cercato da 0.001 a 10,000,000 unità/mese)"),
        (.always, "guadagna di più a qualsiasi domanda"),
    ])
    func italianVolumesInWords(volume: BreakEvenVolume, text: String) {
        #expect(SKUDetail.describe(volume, .italian) == text)
    }

    /// With the simulation: the chart's bands, the caption says what they
    /// are, the words under "Checked by simulation", the table's extra rows.
    @Test func simulatedDetail() throws {
        let (evaluation, verdict) = try SimulationFixtures.armchairLike()
        let simulation = SimulationDetail(verdict: verdict, options: SimulationOptions())
        let article = try parseXML(
            SKUDetail(evaluation: evaluation, rank: 1, anchor: "a", simulation: simulation).html())
        #expect(article.all("rect", class: "sim-band").count == 3)
        let caption = try #require(article.all("figcaption").first).allText
        #expect(caption.contains("Bars right of today's demand: each model's simulated monthly profit over one run's months, from P10 to P90 of the runs (the spread from one year to another, not the uncertainty of the mean), the tick at the simulated mean."))
        #expect(article.all("h4").map(\.allText).contains("Checked by simulation"))
        #expect(article.all("ul", class: "simulation").first?.all("li").map(\.allText) == simulation.sentences())
        let titles = article.all("table", class: "models").first?.all("tr").compactMap { $0.all("td").first?.allText }
        #expect(titles?.suffix(5) == ["simulated profit", "standard error", "simulated P10", "simulated P90", "analytic profit"])
        // Without it: none of this.
        let plain = try parseXML(SKUDetail(evaluation: evaluation, rank: 1, anchor: "a").html())
        #expect(plain.all("rect", class: "sim-band").isEmpty && plain.all("ul", class: "simulation").isEmpty)
        #expect(!(try #require(plain.all("figcaption").first).allText.contains("P10")))
        let italian = try parseXML(
            SKUDetail(
                evaluation: evaluation, rank: 1, anchor: "a", language: .italian,
                simulation: SimulationDetail(verdict: verdict, options: SimulationOptions(), language: .italian)
            ).html())
        #expect(try #require(italian.all("figcaption").first).allText.contains("Barre a destra della domanda di oggi"))
    }
}
