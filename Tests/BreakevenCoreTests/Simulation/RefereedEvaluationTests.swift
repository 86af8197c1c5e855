import TestSupport
import Testing

@testable import BreakevenCore

/// `rank --simulate`: the simulated figures where the analytic ones are out
/// of the simulation's reach, and the decision taken again on them.
@Suite("Simulation: the refereed evaluation")
struct RefereedEvaluationTests {
    static let armchair = SimulationVerdictTests.armchair

    /// A simulation whose every model's mean is `means[model]` (the analytic
    /// profit when not given), with a standard error of 1 and a tolerance of 5.
    static func simulation(of evaluation: SKUEvaluation, means: [FulfilmentModel: Double]) -> SKUSimulation {
        let models = evaluation.models.map { model in
            var figures = SimulationVerdictTests.simulated(
                model.model, mean: means[model.model] ?? model.monthlyProfit, standardError: 1, tolerance: 5)
            figures.unitsSold = model.unitsSold * 0.9
            return figures
        }
        return SKUSimulation(
            models: models, runs: 4, reachedCap: false,
            monthlyProfits: models.map { Array(repeating: $0.meanMonthlyProfit, count: 4) },
            controls: [1, 2, 3, 4], controlMean: nil)
    }

    /// Within tolerance + 3 SE (5 + 3 = 8) of every analytic figure: nothing changes.
    @Test func agreementLeavesTheEvaluationAsItIs() throws {
        let evaluation = Evaluator.evaluate(try terms(Self.armchair, sku: "armchair"))
        let close = Dictionary(uniqueKeysWithValues: evaluation.models.map { ($0.model, $0.monthlyProfit + 7.9) })
        #expect(evaluation.refereed(by: Self.simulation(of: evaluation, means: close)) == evaluation)
    }

    /// HYBRID simulated 400 below its analytic profit, below STOCKED: the
    /// recommendation moves to STOCKED, flagged model_risk, with the simulated
    /// profits and units; the cost lines stay.
    @Test func aModelOutOfReachIsReplacedAndTheDecisionRetaken() throws {
        let evaluation = Evaluator.evaluate(try terms(Self.armchair, sku: "armchair"))
        #expect(evaluation.decision.recommended == .hybrid)
        let hybrid = try #require(evaluation[.hybrid]).monthlyProfit
        let stocked = try #require(evaluation[.stocked]).monthlyProfit
        #expect(hybrid - 400 < stocked)
        let refereed = evaluation.refereed(by: Self.simulation(of: evaluation, means: [.hybrid: hybrid - 400]))
        #expect(refereed.decision.recommended == .stocked)
        #expect(refereed.decision.flags.last == .modelRisk)
        #expect(refereed[.hybrid]?.monthlyProfit == hybrid - 400)
        #expect(refereed[.stocked]?.monthlyProfit == stocked)
        for model in evaluation.models {
            #expect(refereed[model.model]?.unitsSold == model.unitsSold * 0.9)
            #expect(refereed[model.model]?.costPerUnit == model.costPerUnit)
        }
        #expect(refereed.decision.saving == stocked - (evaluation[.virtual]?.monthlyProfit ?? 0))
    }
}
