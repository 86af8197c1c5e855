import TestSupport
import Testing

@testable import BreakevenCore

/// What the referee made of a SKU: the verdict on the analytic figures, and
/// the recommendation shown with its regret from the same paired runs.
@Suite("Simulation: the referee's verdict")
struct RefereeVerdictTests {
    /// A simulation of the armchair's models (VIRTUAL, STOCKED, HYBRID) over
    /// four runs without a control: each model's runs are its mean plus
    /// `noise[model]`, the means the analytic profits except HYBRID's, set
    /// to `hybrid`. SE 1 and tolerance 5 on every model's figures.
    static func simulation(
        of evaluation: SKUEvaluation, hybrid: Double, noise: [FulfilmentModel: [Double]]
    ) -> SKUSimulation {
        let models = evaluation.models.map { model in
            SimulationVerdictTests.simulated(
                model.model, mean: model.model == .hybrid ? hybrid : model.monthlyProfit,
                standardError: 1,
                tolerance: 5)
        }
        return SKUSimulation(
            models: models, runs: 4, reachedCap: false,
            monthlyProfits: models.map { model in
                (noise[model.model] ?? [0, 0, 0, 0]).map { model.meanMonthlyProfit + $0 }
            },
            controls: [1, 2, 3, 4], controlMean: nil)
    }

    static func armchair() throws -> SKUEvaluation {
        Evaluator.evaluate(try terms(SimulationVerdictTests.armchair, sku: "armchair"))
    }

    /// Every model within tolerance + 3 SE: the shown recommendation is the
    /// analytic one and so is its regret; nothing changed.
    @Test func agreementKeepsTheAnalyticRecommendationAndItsRegret() throws {
        let evaluation = try Self.armchair()
        let hybrid = try #require(evaluation[.hybrid]).monthlyProfit
        let simulation = Self.simulation(of: evaluation, hybrid: hybrid - 7.9, noise: [:])
        let refereed = evaluation.refereed(by: simulation)
        let verdict = RefereeVerdict(
            analytic: evaluation, refereed: refereed, simulation: simulation)
        #expect(!verdict.modelRisk && !verdict.changedRecommendation)
        #expect(verdict.recommended == .hybrid)
        #expect(verdict.regret == verdict.analytic.regret)
        #expect(verdict.shown == verdict.analytic)
        #expect(verdict[.hybrid]?.meanMonthlyProfit == hybrid - 7.9)
        #expect(verdict[.marketplace] == nil)
    }

    /// HYBRID simulated 400 below its analytic profit (out of reach), below
    /// STOCKED: the decision moves to STOCKED. By hand, with the runs' noise
    /// STOCKED +1, −1, +3, −3 and none elsewhere: the analytic
    /// recommendation's regret is STOCKED − HYBRID = S − (H − 400) with the SE
    /// of the noise's mean, √((1 + 1 + 9 + 9) / 3 / 4) = √(5/3); the shown
    /// recommendation's is 0 exactly (nothing above STOCKED on any run).
    @Test func outOfReachTheShownRecommendationAndItsRegretChange() throws {
        let evaluation = try Self.armchair()
        let hybrid = try #require(evaluation[.hybrid]).monthlyProfit
        let stocked = try #require(evaluation[.stocked]).monthlyProfit
        let simulation = Self.simulation(
            of: evaluation, hybrid: hybrid - 400, noise: [.stocked: [1, -1, 3, -3]])
        let refereed = evaluation.refereed(by: simulation)
        let verdict = RefereeVerdict(
            analytic: evaluation, refereed: refereed, simulation: simulation)
        #expect(verdict.modelRisk && verdict.changedRecommendation)
        #expect(verdict.analytic.recommended == .hybrid && verdict.recommended == .stocked)
        let before = try #require(verdict.analytic.regret)
        #expect(before.best == .stocked)
        #expect(isClose(before.mean, stocked - (hybrid - 400), relative: 1e-12))
        #expect(isClose(before.standardError, (5.0 / 3).squareRoot(), relative: 1e-12))
        #expect(
            verdict.regret == SimulationVerdict.Regret(best: .stocked, mean: 0, standardError: 0))
        // The shown verdict: the same checks, the shown recommendation and its regret.
        let shown = verdict.shown
        #expect(shown.checks == verdict.analytic.checks)
        #expect(shown.recommended == .stocked && shown.regret == verdict.regret)
        #expect(shown.recommendedCheck?.simulated.meanMonthlyProfit == stocked)
    }
}
