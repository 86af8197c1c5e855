/// What the simulation says about one SKU's analytic figures and its
/// recommendation (MODEL.md §5): each model's analytic monthly profit against
/// its simulated mean, the regret of the recommendation, and `model_risk`
/// when a model's analytic profit is off. Facts only; the words are the
/// report's.
package struct SimulationVerdict: Sendable, Equatable {
    /// One model: what the analytic model printed and what the runs found.
    package struct Check: Sendable, Equatable {
        /// The analytic evaluation (MODEL.md §3–§4).
        package var analytic: ModelEvaluation
        /// The simulated figures.
        package var simulated: ModelSimulation

        /// Analytic minus simulated monthly profit, money per month.
        package var gap: Double { analytic.monthlyProfit - simulated.meanMonthlyProfit }

        /// Whether the analytic profit is within the tolerance + 3 standard
        /// errors of the simulated mean (``SimulationVerdict/agrees(analytic:simulated:)``).
        package var agrees: Bool {
            SimulationVerdict.agrees(analytic: analytic.monthlyProfit, simulated: simulated)
        }

        /// The analytic share of demand served from stock, for the models
        /// that print one (STOCKED and MARKETPLACE's (s, Q)); `nil` for
        /// VIRTUAL, and for HYBRID, whose printed stock share is of the units
        /// sold, not of the units reaching the stock, as the simulated fill
        /// rate is.
        package var analyticFillRate: Double? { analytic.continuousReview?.fillRate }

        /// The analytic average units on hand; `nil` for VIRTUAL.
        package var analyticAverageStock: Double? {
            analytic.continuousReview?.averageStock ?? analytic.baseStock?.averageStock
        }

        /// A check; see the properties.
        package init(analytic: ModelEvaluation, simulated: ModelSimulation) {
            self.analytic = analytic
            self.simulated = simulated
        }
    }

    /// The simulated profit of the best model minus that of the recommended
    /// one, from paired runs.
    package struct Regret: Sendable, Equatable {
        /// The model with the largest paired difference over the recommended
        /// one; the recommended model itself when none is above it.
        package var best: FulfilmentModel
        /// max over the simulated models m of difference(m, recommended).mean,
        /// money per month: ≥ 0, and 0 exactly when no model's paired
        /// difference is above 0.
        package var mean: Double
        /// Its standard error (that of the paired difference chosen; 0 when
        /// the recommended model is the best), money per month.
        package var standardError: Double

        /// A regret; see the properties.
        package init(best: FulfilmentModel, mean: Double, standardError: Double) {
            self.best = best
            self.mean = mean
            self.standardError = standardError
        }
    }

    /// The SKU.
    package var sku: String
    /// The model the analytic figures recommend.
    package var recommended: FulfilmentModel
    /// The Syntetos–Boylan pattern of the SKU's history; `nil` without a
    /// history with a sale.
    package var pattern: DemandPattern?
    /// Each model both evaluated and simulated, in model order.
    package var checks: [Check]
    /// Runs behind the figures (every model of the SKU shares them).
    package var runs: Int
    /// Whether the runs stopped at the cap before every standard error
    /// reached its target (with a fixed number of runs: whether they fell
    /// short of it).
    package var reachedCap: Bool
    /// The regret of the recommendation; `nil` when the recommended model was
    /// not simulated.
    package var regret: Regret?

    /// Whether any model's analytic profit is off its simulated mean by more
    /// than the tolerance + 3 standard errors (the flag `model_risk`).
    package var modelRisk: Bool { checks.contains { !$0.agrees } }

    /// The check of `model`; `nil` when it was not simulated.
    package subscript(model: FulfilmentModel) -> Check? {
        checks.first { $0.analytic.model == model }
    }

    /// The recommended model's check; `nil` when it was not simulated.
    package var recommendedCheck: Check? { self[recommended] }

    /// The verdict on `evaluation` from its `simulation` (of the same SKU).
    package init(_ evaluation: SKUEvaluation, simulation: SKUSimulation) {
        sku = evaluation.sku
        recommended = evaluation.decision.recommended
        pattern = evaluation.decision.pattern
        runs = simulation.runs
        reachedCap = simulation.reachedCap
        checks = simulation.models.compactMap { simulated in
            evaluation[simulated.model].map { Check(analytic: $0, simulated: simulated) }
        }
        regret = Self.regret(of: evaluation.decision.recommended, in: simulation)
    }

    /// The regret of recommending `recommended`: the largest mean paired
    /// difference m − recommended over the simulated models m (the
    /// recommended model itself counting as 0), with its standard error;
    /// `nil` when `recommended` was not simulated. Paired common-random-number
    /// differences, so the noise of the runs both models share cancels.
    package static func regret(
        of recommended: FulfilmentModel, in simulation: SKUSimulation
    ) -> Regret? {
        guard let mine = simulation.models.firstIndex(where: { $0.model == recommended }) else {
            return nil
        }
        var regret = Regret(best: recommended, mean: 0, standardError: 0)
        for index in simulation.models.indices where index != mine {
            let difference = simulation.difference(at: index, mine)
            if difference.mean > regret.mean {
                regret = Regret(
                    best: simulation.models[index].model, mean: difference.mean,
                    standardError: difference.standardError)
            }
        }
        return regret
    }

    /// Whether `analytic` (money per month) is within the tolerance
    /// max(2 % of |profit|, 0.5 % of revenue, 1) + 3 standard errors of the
    /// simulated mean (MODEL.md §5, "Agreement").
    package static func agrees(analytic: Double, simulated: ModelSimulation) -> Bool {
        abs(analytic - simulated.meanMonthlyProfit)
            <= simulated.tolerance + 3 * simulated.standardError
    }
}
