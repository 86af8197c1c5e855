/// What the referee made of one SKU (`rank --simulate`, `report --simulate`):
/// the verdict on its analytic figures, and the recommendation shown after
/// the referee with its regret. Facts only; the words are the report's.
///
/// When the analytic figures agree with the simulation the recommendation
/// shown is the analytic one and both regrets are the same; when a model is
/// flagged `model_risk` the decision is taken again on the simulated figures
/// (``SKUEvaluation/refereed(by:)``), and the regret shown is that of the new
/// recommendation, from the same paired runs.
package struct RefereeVerdict: Sendable, Equatable {
    /// The verdict on the analytic figures, as `simulate` prints it: each
    /// model's analytic profit against its simulated one, `model_risk`, and
    /// the regret of the analytic recommendation.
    package var analytic: SimulationVerdict
    /// The recommendation shown: the analytic one, or the one taken again on
    /// the simulated figures when `model_risk` is raised.
    package var recommended: FulfilmentModel
    /// The regret of ``recommended``, money per month, from the paired runs;
    /// `nil` when it was not simulated.
    package var regret: SimulationVerdict.Regret?

    /// The verdict on `analytic` from its `simulation`, with the
    /// recommendation of `refereed` (the evaluation shown,
    /// `analytic.refereed(by: simulation)`).
    package init(analytic: SKUEvaluation, refereed: SKUEvaluation, simulation: SKUSimulation) {
        self.analytic = SimulationVerdict(analytic, simulation: simulation)
        recommended = refereed.decision.recommended
        regret =
            recommended == self.analytic.recommended
            ? self.analytic.regret : SimulationVerdict.regret(of: recommended, in: simulation)
    }

    /// A verdict from its parts (see the properties).
    package init(
        analytic: SimulationVerdict, recommended: FulfilmentModel, regret: SimulationVerdict.Regret?
    ) {
        self.analytic = analytic
        self.recommended = recommended
        self.regret = regret
    }

    /// Whether a model's analytic profit is out of the simulation's reach
    /// (the flag `model_risk`): the figures shown are then the simulated ones.
    package var modelRisk: Bool { analytic.modelRisk }

    /// Whether the simulated figures moved the recommendation.
    package var changedRecommendation: Bool { recommended != analytic.recommended }

    /// The simulated figures of `model`; `nil` when it was not both evaluated and simulated.
    package subscript(model: FulfilmentModel) -> ModelSimulation? { analytic[model]?.simulated }

    /// The verdict as if the recommendation shown had been the analytic one:
    /// the same checks, the shown recommendation and its regret. Added up,
    /// its regret is what following the shown recommendations costs.
    package var shown: SimulationVerdict {
        var verdict = analytic
        verdict.recommended = recommended
        verdict.regret = regret
        return verdict
    }
}
