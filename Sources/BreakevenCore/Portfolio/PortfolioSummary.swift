/// Totals over a catalog (MODEL.md §6, first part).
package struct PortfolioSummary: Sendable, Equatable {
    /// SKUs evaluated.
    package var skuCount = 0
    /// Σ monthly profit of each SKU's baseline (`current_model`, else VIRTUAL),
    /// over the SKUs whose baseline is evaluated.
    package var profitToday = 0.0
    /// Σ monthly profit under the recommendations.
    package var profitRecommended = 0.0
    /// Σ saving, over the SKUs that have one.
    package var saving = 0.0
    /// SKUs whose baseline is not evaluated, so they have no saving.
    package var skusWithoutBaseline = 0
    /// Σ working capital of the baselines.
    package var workingCapitalToday = 0.0
    /// Σ working capital under the recommendations.
    package var workingCapitalRecommended = 0.0
    /// SKUs per recommended model.
    package var recommendedCount: [FulfilmentModel: Int] = [:]

    /// Empty totals.
    package init() {}

    /// Totals of `evaluations`.
    package init<S: Sequence>(_ evaluations: S) where S.Element == SKUEvaluation {
        for evaluation in evaluations { add(evaluation) }
    }

    /// Adds one SKU to the totals.
    package mutating func add(_ evaluation: SKUEvaluation) { add(Share(evaluation)) }

    /// Adds one SKU's share.
    package mutating func add(_ share: Share) {
        skuCount += 1
        profitRecommended += share.profit
        workingCapitalRecommended += share.capital
        recommendedCount[share.recommended, default: 0] += 1
        if let baselineProfit = share.baselineProfit {
            profitToday += baselineProfit
            workingCapitalToday += share.baselineCapital ?? 0
            saving += share.profit - baselineProfit
        } else {
            skusWithoutBaseline += 1
        }
    }

    /// SKUs recommended `model`.
    package func count(_ model: FulfilmentModel) -> Int { recommendedCount[model] ?? 0 }
}

extension PortfolioSummary {
    /// One SKU's share of the totals: all they need of it, small enough to
    /// keep for a million SKUs, and computable without reasons or break-even
    /// volumes (see ``init(terms:)``).
    package struct Share: Sendable {
        package var recommended: FulfilmentModel
        /// Monthly profit and working capital under the recommendation.
        package var profit: Double
        package var capital: Double
        /// The same under the baseline, when it is evaluated.
        package var baselineProfit: Double?
        package var baselineCapital: Double?
        /// Recommended profit minus the baseline's.
        package var saving: Double? { baselineProfit.map { profit - $0 } }

        /// The share of one evaluated SKU.
        package init(_ evaluation: SKUEvaluation) {
            self.init(
                models: evaluation.models, recommended: evaluation.decision.recommended,
                baseline: evaluation.decision.baseline)
        }

        /// The share of one SKU from its models and the choice alone: what
        /// ``Evaluator/evaluate(_:breakEven:)`` would give, without break-even
        /// volumes or reasons.
        package init(terms: SKUTerms) {
            let models = Evaluator.evaluateModels(terms)
            self.init(
                models: models, recommended: Decision.recommendedModel(terms: terms, models: models),
                baseline: Decision.baseline(for: terms))
        }

        private init(models: [ModelEvaluation], recommended: FulfilmentModel, baseline: FulfilmentModel) {
            guard let chosen = models.first(where: { $0.model == recommended }) else {
                preconditionFailure("the recommended model is always evaluated")
            }
            let base = models.first { $0.model == baseline }
            self.recommended = recommended
            profit = chosen.monthlyProfit
            capital = chosen.workingCapital
            baselineProfit = base?.monthlyProfit
            baselineCapital = base?.workingCapital
        }
    }
}
