import TestSupport
import Testing

@testable import BreakevenCore

/// The catalog's summary, on three verdicts whose figures are set by hand.
@Suite("Simulation: the catalog's summary")
struct SimulationSummaryTests {
    /// A verdict on the four-model SKU of ``SimulatedModelTests``, each model's
    /// simulated mean its analytic profit plus `offset` (SE 1, tolerance 2:
    /// within when |offset| ≤ 5), recommended HYBRID with simulated profit
    /// `profit`, and the given regret, pattern and cap.
    func verdict(
        offsets: [FulfilmentModel: Double], profit: Double, regret: Double, regretSE: Double,
        pattern: DemandPattern?, reachedCap: Bool
    ) throws -> SimulationVerdict {
        let evaluation = Evaluator.evaluate(try terms(SimulatedModelTests.inputs), breakEven: false)
        let models = evaluation.models.map { analytic in
            SimulationVerdictTests.simulated(
                analytic.model,
                mean: analytic.model == .hybrid
                    ? profit : analytic.monthlyProfit + (offsets[analytic.model] ?? 0),
                standardError: 1, tolerance: 2)
        }
        let simulation = SKUSimulation(
            models: models, runs: 4, reachedCap: reachedCap,
            monthlyProfits: Array(repeating: [0, 0, 0, 0], count: models.count),
            controls: [0, 0, 0, 0], controlMean: nil)
        var verdict = SimulationVerdict(evaluation, simulation: simulation)
        verdict.recommended = .hybrid
        verdict.pattern = pattern
        verdict.regret = .init(best: .stocked, mean: regret, standardError: regretSE)
        return verdict
    }

    /// A: smooth, MARKETPLACE 6 off (out), HYBRID's simulated profit equal to
    /// its analytic one, no regret. B: no history, every model within, at the
    /// cap, regret 5 ± 3 above its tolerance 2, not flagged. C: smooth,
    /// HYBRID's simulated profit 50 against an analytic one far above (out),
    /// regret 2 ± 1, at the tolerance, so not above it.
    @Test func countsByHand() throws {
        let analyticHybrid = try #require(
            Evaluator.evaluate(try terms(SimulatedModelTests.inputs))[.hybrid]
        ).monthlyProfit
        #expect(abs(analyticHybrid - 50) > 5)
        let a = try verdict(
            offsets: [.marketplace: 6], profit: analyticHybrid, regret: 0, regretSE: 0,
            pattern: .smooth, reachedCap: false)
        let b = try verdict(
            offsets: [.virtual: -5, .stocked: 4.9], profit: analyticHybrid + 1, regret: 5,
            regretSE: 3, pattern: nil, reachedCap: true)
        let c = try verdict(
            offsets: [:], profit: 50, regret: 2, regretSE: 1, pattern: .smooth, reachedCap: false)
        #expect(a.modelRisk && !b.modelRisk && c.modelRisk)

        let summary = SimulationSummary([a, b, c])
        #expect(summary.skuCount == 3)
        #expect(summary.reachedCap == 1 && summary.reachedCapShare == 1.0 / 3)
        #expect(summary.overall.skus == 3 && summary.overall.allWithin == 1)
        for model in FulfilmentModel.allCases { #expect(summary.overall.checked[model] == 3) }
        #expect(summary.overall.share(.virtual) == 1 && summary.overall.share(.stocked) == 1)
        #expect(summary.overall.share(.marketplace) == 2.0 / 3)
        #expect(summary.overall.share(.hybrid) == 2.0 / 3)
        #expect(summary.overall.allShare == 1.0 / 3)

        let smooth = try #require(summary.byGroup[.smooth])
        #expect(smooth.skus == 2 && smooth.allWithin == 0 && smooth.allShare == 0)
        #expect(smooth.share(.marketplace) == 0.5 && smooth.share(.hybrid) == 0.5)
        let none = try #require(summary.byGroup[.noHistory])
        #expect(none.skus == 1 && none.allWithin == 1)
        #expect(summary.byGroup[.lumpy] == nil)

        #expect(summary.totalRegret == 7)
        #expect(abs(summary.totalRegretStandardError - 10.0.squareRoot()) < 1e-12)
        let profit = analyticHybrid + (analyticHybrid + 1) + 50
        #expect(abs(summary.recommendedProfit - profit) < 1e-9)
        #expect(abs(try #require(summary.regretShare) - 7 / profit) < 1e-12)
        #expect(summary.regretAboveTolerance == 1 && summary.regretAboveToleranceUnflagged == 1)
    }

    /// No SKUs: no shares; a loss: no regret share.
    @Test func emptyAndLosses() throws {
        let empty = SimulationSummary()
        #expect(
            empty.reachedCapShare == nil && empty.overall.allShare == nil
                && empty.regretShare == nil)
        #expect(empty.overall.share(.virtual) == nil)
        let losing = try verdict(
            offsets: [:], profit: -10, regret: 1, regretSE: 0, pattern: .lumpy, reachedCap: false)
        let summary = SimulationSummary([losing])
        #expect(summary.regretShare == nil && summary.totalRegret == 1)
        #expect(summary.byGroup[.lumpy]?.skus == 1)
    }

    @Test func groupsFollowThePattern() {
        #expect(
            SimulationSummary.Group.allCases.map(\.pattern) == [
                .smooth, .erratic, .intermittent, .lumpy, nil,
            ])
        for group in SimulationSummary.Group.allCases {
            #expect(SimulationSummary.Group(group.pattern) == group)
        }
    }
}
