/// Totals over a catalog (MODEL.md §6, first part).
public struct PortfolioSummary: Sendable, Equatable {
    /// SKUs evaluated.
    public var skuCount = 0
    /// Σ monthly profit of each SKU's baseline (`current_model`, else VIRTUAL),
    /// over the SKUs whose baseline is evaluated.
    public var profitToday = 0.0
    /// Σ monthly profit under the recommendations.
    public var profitRecommended = 0.0
    /// Σ saving, over the SKUs that have one.
    public var saving = 0.0
    /// SKUs whose baseline is not evaluated, so they have no saving.
    public var skusWithoutBaseline = 0
    /// Σ working capital of the baselines.
    public var workingCapitalToday = 0.0
    /// Σ working capital under the recommendations.
    public var workingCapitalRecommended = 0.0
    /// SKUs per recommended model.
    public var recommendedCount: [FulfilmentModel: Int] = [:]

    /// Empty totals.
    public init() {}

    /// Totals of `evaluations`.
    public init<S: Sequence>(_ evaluations: S) where S.Element == SKUEvaluation {
        for evaluation in evaluations { add(evaluation) }
    }

    /// Adds one SKU to the totals.
    public mutating func add(_ evaluation: SKUEvaluation) {
        let decision = evaluation.decision
        let recommended = evaluation.recommended
        skuCount += 1
        profitRecommended += recommended.monthlyProfit
        workingCapitalRecommended += recommended.workingCapital
        recommendedCount[decision.recommended, default: 0] += 1
        if let baseline = evaluation[decision.baseline], let saving = decision.saving {
            profitToday += baseline.monthlyProfit
            workingCapitalToday += baseline.workingCapital
            self.saving += saving
        } else {
            skusWithoutBaseline += 1
        }
    }

    /// SKUs recommended `model`.
    public func count(_ model: FulfilmentModel) -> Int { recommendedCount[model] ?? 0 }
}
