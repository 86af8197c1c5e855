import TestSupport
import Testing

@testable import BreakevenCore

/// A catalog's referee verdicts added up: the analytic check as `simulate`
/// sums it, and the regret of the recommendations shown.
@Suite("Simulation: the referee's summary")
struct RefereeSummaryTests {
    /// Two SKUs by hand. A: the armchair in agreement (HYBRID 7.9 below its
    /// analytic profit, within 5 + 3), recommended HYBRID by both, regret 0.
    /// B: the armchair with HYBRID 400 below (flagged), recommended HYBRID
    /// analytically with a regret of S − (H − 400), shown STOCKED with none.
    @Test func addsTheAnalyticAndTheShownVerdicts() throws {
        let evaluation = try RefereeVerdictTests.armchair()
        let hybrid = try #require(evaluation[.hybrid]).monthlyProfit
        let stocked = try #require(evaluation[.stocked]).monthlyProfit
        func verdict(_ offset: Double) -> RefereeVerdict {
            let simulation = RefereeVerdictTests.simulation(
                of: evaluation, hybrid: hybrid - offset, noise: [:])
            return RefereeVerdict(
                analytic: evaluation, refereed: evaluation.refereed(by: simulation),
                simulation: simulation)
        }
        let a = verdict(7.9)
        let b = verdict(400)
        let summary = RefereeSummary([a, b])
        #expect(summary.skuCount == 2)
        #expect(summary.flagged == 1)
        #expect(summary.changed == 1)
        #expect(summary.analytic == SimulationSummary([a.analytic, b.analytic]))
        #expect(summary.shown == SimulationSummary([a.shown, b.shown]))
        // Regret: analytic 0 + (S − H + 400); shown 0 + 0.
        #expect(isClose(summary.analytic.totalRegret, stocked - hybrid + 400, relative: 1e-12))
        #expect(summary.shown.totalRegret == 0)
        // The recommendations' simulated profit: HYBRID's (H − 7.9) for A; for
        // B, HYBRID's H − 400 analytically, STOCKED's S as shown.
        #expect(isClose(summary.analytic.recommendedProfit, 2 * hybrid - 407.9, relative: 1e-12))
        #expect(isClose(summary.shown.recommendedProfit, hybrid - 7.9 + stocked, relative: 1e-12))
        // Agreement is the analytic figures' either way.
        #expect(summary.shown.overall == summary.analytic.overall)
        #expect(summary.analytic.overall.allWithin == 1)
    }

    @Test func nothingAdded() {
        let summary = RefereeSummary()
        #expect(summary.skuCount == 0 && summary.flagged == 0 && summary.changed == 0)
        #expect(summary.shown.regretShare == nil)
    }
}
