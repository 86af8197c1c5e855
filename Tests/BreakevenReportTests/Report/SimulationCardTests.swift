import TestSupport
import Testing

@testable import BreakevenCSV
@testable import BreakevenCore
@testable import BreakevenReport

/// The portfolio's card "Checked by simulation", on a summary set by hand
/// (``SimulationFixtures/summary()``): every figure it shows is that summary's.
@Suite("Report: the portfolio checked by simulation")
struct SimulationCardTests {
    static func card(_ language: Language = .english) throws -> XMLElementNode {
        try parseXML(
            SimulationCard(
                summary: SimulationFixtures.summary(), options: SimulationOptions(),
                language: language
            )
            .html())
    }

    /// The table's cells, row by row (header, body, footer).
    static func cells(_ card: XMLElementNode) -> [[String]] {
        card.all("tr").map { row in row.children.map(\.allText) }
    }

    @Test func figuresAreTheSummarys() throws {
        let card = try Self.card()
        #expect(card["id"] == "simulation")
        #expect(card.all("h3").map(\.allText) == ["Checked by simulation"])
        // 30 of 40 SKUs with every model within.
        #expect(card.all("p", class: "big").map(\.allText) == ["75.0%"])
        let paragraphs = card.all("p").map(\.allText)
        #expect(
            paragraphs[1]
                == "of SKUs with every model's analytic profit within its tolerance + 3 standard errors of the "
                + "simulation (30 of 40). 10 flagged model_risk show their simulated figures; for 4 of them the "
                + "recommendation changed.")
        // Per pattern and model: smooth 10 of 10 everywhere; no history VIRTUAL 30/30, STOCKED 17/20,
        // HYBRID 10/20, all 20/30; all SKUs VIRTUAL 40/40, STOCKED 27/30, HYBRID 10/20, all 30/40.
        #expect(
            Self.cells(card) == [
                ["Demand", "SKU", "VIRTUAL", "STOCKED", "MARKETPLACE", "HYBRID", "All models"],
                ["smooth", "10", "100.0%", "100.0%", "—", "—", "100.0%"],
                ["no history", "30", "100.0%", "85.0%", "—", "50.0%", "66.7%"],
                ["all", "40", "100.0%", "90.0%", "—", "50.0%", "75.0%"],
            ])
        // Regret: shown 50 ± √9 against 10,200 (0.49%); analytic 300 ± √16 against 10,000 (3.00%).
        #expect(
            paragraphs[2]
                == "Regret of the recommendations: 50.00 ± 3.00 a month, 0.49% of their simulated profit "
                + "(10,200.00); with the analytic figures alone it would be 300.00 ± 4.00 (3.00%).")
        #expect(card.all("strong").map(\.allText) == ["10", "50.00 ± 3.00"])
        #expect(
            paragraphs[3]
                == "At the cap: 2 of 40 SKUs (5.0%) reached 2,000 runs before the target standard error."
        )
        let note = try #require(card.all("p", class: "note").first?.allText)
        #expect(
            note.contains(
                "Regret is the simulated profit of the best model minus the recommended one's"))
        #expect(note.contains("(seed 1)") && note.contains("up to 2,000"))
    }

    @Test func italianWords() throws {
        let card = try Self.card(.italian)
        #expect(card.all("h3").map(\.allText) == ["Verificato con la simulazione"])
        let paragraphs = card.all("p").map(\.allText)
        #expect(
            paragraphs[1]
                == "degli SKU con il profitto analitico di ogni modello entro la tolleranza + 3 errori standard "
                + "dalla simulazione (30 su 40). 10 con rischio di modello mostrano le cifre simulate; per 4 di "
                + "questi la raccomandazione è cambiata.")
        #expect(
            Self.cells(card).map(\.first) == ["Domanda", "regolare", "senza storico", "tutti"])
        #expect(Self.cells(card)[0].last == "Tutti i modelli")
        #expect(
            paragraphs[2]
                == "Rimpianto dei modelli consigliati: 50.00 ± 3.00 al mese, il 0.49% del loro profitto simulato "
                + "(10,200.00); con le sole cifre analitiche sarebbe 300.00 ± 4.00 (3.00%).")
        #expect(
            paragraphs[3]
                == "Al limite: 2 SKU su 40 (5.0%) hanno raggiunto 2,000 repliche prima dell'errore standard voluto."
        )
        let text = Untranslated.readable(
            markup: SimulationCard(
                summary: SimulationFixtures.summary(), options: SimulationOptions(),
                language: .italian
            ).html())
        #expect(Untranslated.found(Untranslated.simulationReport, in: text) == [])
    }

    /// No profit to take a share of: the regret is said without one.
    @Test func aLossHasNoShare() throws {
        var summary = SimulationFixtures.summary()
        summary.shown.recommendedProfit = -20
        summary.analytic.recommendedProfit = 0
        let text = SimulationCard(summary: summary, options: SimulationOptions()).regretText()
        #expect(
            text
                == "Regret of the recommendations: <strong>50.00 ± 3.00</strong> a month (their simulated profit: "
                + "-20.00); with the analytic figures alone it would be 300.00 ± 4.00.")
    }
}
