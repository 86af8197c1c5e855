import TestSupport
import Testing

@testable import BreakevenCSV
@testable import BreakevenCore
@testable import BreakevenReport

/// Referee verdicts and summaries whose every figure is set by hand, for the
/// report's simulation parts (no simulation is run).
enum SimulationFixtures {
    /// The closed-form SKU of ``ChartFixtures`` at 4 units a month
    /// (VIRTUAL, STOCKED, HYBRID), with every figure of its verdict set by
    /// hand, the figures of `simulate`'s armchair in the README: VIRTUAL
    /// analytic 586.24, simulated 583.64 ± 5.43 (tolerance 11.67); STOCKED
    /// 1,244.73 against 1,215.41 ± 6.20 (tolerance 24.31); both within the
    /// tolerance + 3 SE. HYBRID 1,395.95 against 1,045.17 ± 4.48 (tolerance
    /// 20.90): 350.78 off, beyond 20.90 + 13.44, so model_risk. Analytically
    /// HYBRID is recommended with a regret of 170.24 ± 7.00 (STOCKED best);
    /// shown, STOCKED with none. 180 runs, not at the cap.
    static func armchairLike() throws -> (evaluation: SKUEvaluation, verdict: RefereeVerdict) {
        let evaluation = try ChartFixtures.closedForm(demand: 4)
        let figures:
            [FulfilmentModel: (analytic: Double, mean: Double, se: Double, tolerance: Double)] = [
                .virtual: (586.24, 583.64, 5.43, 11.67),
                .stocked: (1_244.73, 1_215.41, 6.20, 24.31),
                .hybrid: (1_395.95, 1_045.17, 4.48, 20.90),
            ]
        #expect(evaluation.models.map(\.model) == [.virtual, .stocked, .hybrid])
        let models = evaluation.models.map { model in
            let f = figures[model.model]!
            var simulated = ChartFixtures.simulated(
                model.model, p10: f.mean - 150, mean: f.mean, p90: f.mean + 180)
            simulated.standardError = f.se
            simulated.tolerance = f.tolerance
            return simulated
        }
        let simulation = SKUSimulation(
            models: models, runs: 180, reachedCap: false,
            monthlyProfits: models.map { _ in [0, 0, 0, 0] }, controls: [0, 0, 0, 0],
            controlMean: nil)
        var analytic = SimulationVerdict(evaluation, simulation: simulation)
        for index in analytic.checks.indices {
            analytic.checks[index].analytic.monthlyProfit =
                figures[analytic.checks[index].analytic.model]!.analytic
        }
        analytic.recommended = .hybrid
        analytic.regret = .init(best: .stocked, mean: 170.24, standardError: 7.00)
        #expect(analytic.modelRisk)
        #expect(analytic.checks.map(\.agrees) == [true, true, false])
        let verdict = RefereeVerdict(
            analytic: analytic, recommended: .stocked,
            regret: .init(best: .stocked, mean: 0, standardError: 0))
        return (evaluation, verdict)
    }

    /// ``armchairLike()`` with HYBRID in agreement (simulated 1,390.00 ± 4.48,
    /// 5.95 off), so no model_risk, recommended HYBRID by both with a regret
    /// of 12.50 ± 3.00 (STOCKED best), the runs stopped at the cap of 2,000.
    static func inAgreement() throws -> (evaluation: SKUEvaluation, verdict: RefereeVerdict) {
        var (evaluation, verdict) = try armchairLike()
        var analytic = verdict.analytic
        let hybrid = try #require(analytic.checks.firstIndex { $0.analytic.model == .hybrid })
        analytic.checks[hybrid].simulated.meanMonthlyProfit = 1_390
        analytic.runs = 2_000
        analytic.reachedCap = true
        analytic.regret = .init(best: .stocked, mean: 12.5, standardError: 3)
        #expect(!analytic.modelRisk)
        verdict = RefereeVerdict(analytic: analytic, recommended: .hybrid, regret: analytic.regret)
        return (evaluation, verdict)
    }

    /// A catalog's summary set by hand: 40 SKUs, 30 with every model in
    /// agreement (VIRTUAL 40 of 40, STOCKED 27 of 30, HYBRID 10 of 20,
    /// MARKETPLACE never simulated); smooth 10 SKUs (all within), no history
    /// 30 (20 within); 2 at the cap. The analytic recommendations' regret
    /// 300 ± 4 against their simulated profit 10,000 (3%); the shown ones'
    /// 50 ± 3 against 10,200 (50 / 10,200 = 0.49%); 4 recommendations moved.
    static func summary() -> RefereeSummary {
        var overall = SimulationSummary.Agreement()
        overall.skus = 40
        overall.checked = [.virtual: 40, .stocked: 30, .hybrid: 20]
        overall.within = [.virtual: 40, .stocked: 27, .hybrid: 10]
        overall.allWithin = 30
        var smooth = SimulationSummary.Agreement()
        smooth.skus = 10
        smooth.checked = [.virtual: 10, .stocked: 10]
        smooth.within = [.virtual: 10, .stocked: 10]
        smooth.allWithin = 10
        var none = SimulationSummary.Agreement()
        none.skus = 30
        none.checked = [.virtual: 30, .stocked: 20, .hybrid: 20]
        none.within = [.virtual: 30, .stocked: 17, .hybrid: 10]
        none.allWithin = 20
        var analytic = SimulationSummary()
        analytic.skuCount = 40
        analytic.overall = overall
        analytic.byGroup = [.smooth: smooth, .noHistory: none]
        analytic.reachedCap = 2
        analytic.totalRegret = 300
        analytic.totalRegretVariance = 16
        analytic.recommendedProfit = 10_000
        var shown = analytic
        shown.totalRegret = 50
        shown.totalRegretVariance = 9
        shown.recommendedProfit = 10_200
        var summary = RefereeSummary()
        summary.analytic = analytic
        summary.shown = shown
        summary.changed = 4
        return summary
    }

    /// A verdict on `evaluation` whose every simulated mean is its analytic
    /// profit (so every model agrees), P10 and P90 10 either side, over 20
    /// runs that all give the mean: the analytic recommendation is shown.
    static func agreeing(_ evaluation: SKUEvaluation) -> RefereeVerdict {
        let models = evaluation.models.map { model in
            ChartFixtures.simulated(
                model.model, p10: model.monthlyProfit - 10, mean: model.monthlyProfit,
                p90: model.monthlyProfit + 10)
        }
        let simulation = SKUSimulation(
            models: models, runs: 20, reachedCap: false,
            monthlyProfits: models.map { Array(repeating: $0.meanMonthlyProfit, count: 20) },
            controls: Array(repeating: 0, count: 20), controlMean: nil)
        return RefereeVerdict(
            analytic: evaluation, refereed: evaluation.refereed(by: simulation),
            simulation: simulation)
    }
}
