import TestSupport
import Testing

@testable import BreakevenCSV
@testable import BreakevenCore
@testable import BreakevenReport

/// What the simulation found for one SKU, in words, on verdicts set by hand
/// (``SimulationFixtures``); the expected sentences are written out here.
@Suite("Report: a SKU checked by simulation")
struct SimulationDetailTests {
    static let options = SimulationOptions()

    @Test func modelRiskSaysTheFiguresShownAreSimulated() throws {
        let (_, verdict) = try SimulationFixtures.armchairLike()
        let detail = SimulationDetail(verdict: verdict, options: Self.options)
        #expect(
            detail.sentences() == [
                "Each model's policy was run day by day on the same random customer orders: 180 runs of 12 months "
                    + "after a warm-up (seed 1).",
                "STOCKED, recommended, earns 1,215.41 ± 6.20 a month in the simulation (± one standard error), "
                    + "against 1,244.73 by the analytic formulas.",
                "Regret 0.00: no model earned more than STOCKED on the same runs.",
                "model_risk: the analytic profit of HYBRID (1,395.95 analytic, 1,045.17 ± 4.48 simulated) is "
                    + "further from the simulated mean than the tolerance + 3 standard errors, so the profits and "
                    + "units sold shown for this SKU are the simulated means, and the recommendation is taken on "
                    + "them. The analytic figures recommended HYBRID, at a regret of 170.24 ± 7.00 a month.",
            ])
        let italian = SimulationDetail(verdict: verdict, options: Self.options, language: .italian)
        #expect(
            italian.sentences() == [
                "La politica di ogni modello è stata simulata giorno per giorno sugli stessi ordini casuali dei "
                    + "clienti: 180 repliche di 12 mesi dopo un periodo di avvio (seme 1).",
                "STOCKED, consigliato, guadagna 1,215.41 ± 6.20 al mese nella simulazione (± un errore standard), "
                    + "contro 1,244.73 secondo il calcolo analitico.",
                "Rimpianto 0.00: nessun modello ha guadagnato più di STOCKED sulle stesse repliche.",
                "Rischio di modello: il profitto analitico di HYBRID (1,395.95 analitico, 1,045.17 ± 4.48 simulato) "
                    + "si discosta dalla media simulata più della tolleranza + 3 errori standard, quindi i profitti "
                    + "e le unità vendute mostrati per questo SKU sono le medie simulate e la raccomandazione è "
                    + "presa su di esse. Le cifre analitiche consigliavano HYBRID, con un rimpianto di 170.24 ± 7.00 "
                    + "al mese.",
            ])
        #expect(
            Untranslated.found(
                Untranslated.simulationReport, in: Untranslated.readable(markup: italian.html()))
                == [])
    }

    @Test func agreementTheRegretAndTheCap() throws {
        let (_, verdict) = try SimulationFixtures.inAgreement()
        let english = SimulationDetail(verdict: verdict, options: Self.options).sentences()
        #expect(
            english == [
                "Each model's policy was run day by day on the same random customer orders: 2,000 runs of 12 "
                    + "months after a warm-up (seed 1). The runs stopped at the cap of 2,000 before every standard "
                    + "error came down to a third of its tolerance.",
                "HYBRID, recommended, earns 1,390.00 ± 4.48 a month in the simulation (± one standard error), "
                    + "against 1,395.95 by the analytic formulas.",
                "Regret 12.50 ± 3.00 a month: STOCKED earned that much more than HYBRID on the same runs.",
                "No model_risk: every model's analytic profit is within its tolerance + 3 standard errors of the "
                    + "simulated mean, so the figures shown are the analytic ones.",
            ])
        let italian = SimulationDetail(verdict: verdict, options: Self.options, language: .italian)
            .sentences()
        #expect(
            italian == [
                "La politica di ogni modello è stata simulata giorno per giorno sugli stessi ordini casuali dei "
                    + "clienti: 2,000 repliche di 12 mesi dopo un periodo di avvio (seme 1). Le repliche si sono "
                    + "fermate al limite di 2,000 prima che ogni errore standard scendesse a un terzo della "
                    + "tolleranza.",
                "HYBRID, consigliato, guadagna 1,390.00 ± 4.48 al mese nella simulazione (± un errore standard), "
                    + "contro 1,395.95 secondo il calcolo analitico.",
                "Rimpianto 12.50 ± 3.00 al mese: tanto di più ha guadagnato STOCKED rispetto a HYBRID sulle stesse "
                    + "repliche.",
                "Nessun rischio di modello: il profitto analitico di ogni modello è entro la tolleranza + 3 errori "
                    + "standard dalla media simulata, quindi le cifre mostrate sono quelle analitiche.",
            ])
        #expect(
            Untranslated.found(Untranslated.simulationReport, in: italian.joined(separator: "\n"))
                == [])
    }

    /// Two models off: both named, the verb in the plural.
    @Test func twoModelsOff() throws {
        var (_, verdict) = try SimulationFixtures.armchairLike()
        let stocked = try #require(
            verdict.analytic.checks.firstIndex { $0.analytic.model == .stocked })
        verdict.analytic.checks[stocked].simulated.meanMonthlyProfit = 1_100
        let english = SimulationDetail(verdict: verdict, options: Self.options).modelRiskSentence
        #expect(
            english.hasPrefix(
                "model_risk: the analytic profits of STOCKED (1,244.73 analytic, 1,100.00 ± 6.20 simulated) and "
                    + "HYBRID (1,395.95 analytic, 1,045.17 ± 4.48 simulated) are further"))
        let italian = SimulationDetail(verdict: verdict, options: Self.options, language: .italian)
            .modelRiskSentence
        #expect(
            italian.hasPrefix(
                "Rischio di modello: i profitti analitici di STOCKED (1,244.73 analitico, 1,100.00 ± 6.20 simulato) e "
                    + "HYBRID (1,395.95 analitico, 1,045.17 ± 4.48 simulato) si discostano"))
    }

    /// The table of models gains the simulated profit, its standard error,
    /// P10 and P90 (the fixture's mean − 150 and mean + 180), and the analytic
    /// profit where the figures shown are the simulated ones.
    @Test func rowsOfTheTableOfModels() throws {
        let (evaluation, verdict) = try SimulationFixtures.armchairLike()
        let rows = SimulationDetail(verdict: verdict, options: Self.options).modelRows()
        #expect(
            rows.map(\.title) == [
                "simulated profit", "standard error", "simulated P10", "simulated P90",
                "analytic profit",
            ])
        let values = rows.map { row in evaluation.models.map(row.value) }
        #expect(
            values == [
                ["583.64", "1,215.41", "1,045.17"], ["5.43", "6.20", "4.48"],
                ["433.64", "1,065.41", "895.17"],
                ["763.64", "1,395.41", "1,225.17"], ["586.24", "1,244.73", "1,395.95"],
            ])
        let (_, agreeing) = try SimulationFixtures.inAgreement()
        let italian = SimulationDetail(verdict: agreeing, options: Self.options, language: .italian)
            .modelRows()
        #expect(
            italian.map(\.title) == [
                "profitto simulato", "errore standard", "P10 simulato", "P90 simulato",
            ])
    }

    @Test func htmlIsAHeadingAndAList() throws {
        let (_, verdict) = try SimulationFixtures.armchairLike()
        let detail = SimulationDetail(verdict: verdict, options: Self.options)
        let root = try parseXML("<div>" + detail.html() + "</div>")
        #expect(root.all("h4").map(\.allText) == ["Checked by simulation"])
        #expect(
            root.all("ul", class: "simulation").first?.all("li").map(\.allText)
                == detail.sentences())
        let italian = try parseXML(
            "<div>"
                + SimulationDetail(verdict: verdict, options: Self.options, language: .italian)
                .html() + "</div>")
        #expect(italian.all("h4").map(\.allText) == ["Verificato con la simulazione"])
    }
}
