/// The recommendation for one SKU and why (MODEL.md §4).
package struct Decision: Sendable, Equatable {
    /// The model to use.
    package var recommended: FulfilmentModel
    /// The model with the highest monthly profit (ties: less working capital,
    /// then the simpler model); differs from ``recommended`` only when a
    /// guardrail applies.
    package var mostProfitable: FulfilmentModel
    /// The model with the lowest landed cost per unit among those that sell.
    package var cheapest: FulfilmentModel?
    /// The XYZ class of the demand.
    package var stability: StabilityClass
    /// The Syntetos–Boylan class of the history, when there is one with a sale.
    package var pattern: DemandPattern?
    /// Warnings, in ``DecisionFlag`` order.
    package var flags: [DecisionFlag]
    /// The best other model (a HYBRID that holds no stock is left out: it is
    /// VIRTUAL); `nil` when only one model is evaluated.
    package var runnerUp: FulfilmentModel?
    /// The recommended model's monthly profit minus the runner-up's.
    package var lead: Double?
    /// Two or three reasons, as facts with the numbers that decided.
    package var reasons: [Reason]
    /// What the saving is measured against: `current_model`, else VIRTUAL.
    package var baseline: FulfilmentModel
    /// Recommended profit minus the baseline's, money per month; `nil` when the
    /// baseline is not evaluated.
    package var saving: Double?

    /// Decides between the evaluated `models` (at least one) of `terms`.
    package init(
        terms: SKUTerms, models: [ModelEvaluation],
        breakEven: [FulfilmentModel: BreakEvenVolume] = [:]
    ) {
        let choice = Decision.choose(terms: terms, models: models)
        let recommended = choice.recommended
        let demand = terms.demand
        var flags = choice.flags
        let pattern = terms.demandHistory.flatMap(DemandPattern.init(history:))
        if let pattern, pattern != .smooth { flags.insert(.irregularDemand) }
        if demand.mean > 0, recommended.lostToDelivery >= DecisionFlag.lateDeliveryThreshold {
            flags.insert(.lateDelivery)
        }
        if models.count == 1 { flags.insert(.singleModel) }

        let recommendedProfit = recommended.monthlyProfit
        self.recommended = recommended.model
        self.mostProfitable = choice.best.model
        var cheapest: ModelEvaluation?
        for model in models where model.unitsSold > 0 {
            if let current = cheapest, current.landedCostPerUnit <= model.landedCostPerUnit { continue }
            cheapest = model
        }
        self.cheapest = cheapest?.model
        self.stability = StabilityClass(
            cv: demand.coefficientOfVariation, xMaxCV: terms.xMaxCV, yMaxCV: terms.yMaxCV)
        self.pattern = pattern
        self.flags = flags.inOrder
        let baseline = Decision.baseline(for: terms)
        self.baseline = baseline
        let baselineResult = models.first { $0.model == baseline }
        self.saving = baselineResult.map { recommendedProfit - $0.monthlyProfit }
        let runnerUp = Decision.runnerUp(to: recommended.model, among: models)
        self.runnerUp = runnerUp?.model
        self.lead = runnerUp.map { recommendedProfit - $0.monthlyProfit }
        self.reasons = []
        self.reasons = Reason.facts(terms: terms, models: models, decision: self, breakEven: breakEven)
    }

    /// The best model of `models` other than `model`, leaving out a HYBRID
    /// that holds no stock (it is VIRTUAL).
    private static func runnerUp(to model: FulfilmentModel, among models: [ModelEvaluation]) -> ModelEvaluation? {
        var best: ModelEvaluation?
        for candidate in models
        where candidate.model != model && !(candidate.model == .hybrid && candidate.baseStock?.baseStock == 0) {
            if let current = best, !Decision.isBetter(candidate, than: current) { continue }
            best = candidate
        }
        return best
    }

    /// What the saving of `terms` is measured against: `current_model`, else VIRTUAL.
    package static func baseline(for terms: SKUTerms) -> FulfilmentModel { terms.currentModel ?? .virtual }

    /// The recommendation alone, without reasons or classes: the most
    /// profitable model, then the guardrails of MODEL.md §4 (no demand, short
    /// history, every model losing). Cheap enough to call in searches.
    package static func recommendedModel(terms: SKUTerms, models: [ModelEvaluation]) -> FulfilmentModel {
        choose(terms: terms, models: models).recommended.model
    }

    private static func choose(terms: SKUTerms, models: [ModelEvaluation])
        -> (recommended: ModelEvaluation, best: ModelEvaluation, flags: DecisionFlag.Set)
    {
        precondition(!models.isEmpty, "a SKU needs at least one evaluated model")
        let best = models.dropFirst().reduce(models[0]) { Decision.isBetter($1, than: $0) ? $1 : $0 }
        let virtual = models.first { $0.model == .virtual }
        let demand = terms.demand
        var flags = DecisionFlag.Set()
        var recommended = best
        if demand.mean == 0 {
            flags.insert(.noDemand)
            if let virtual { recommended = virtual }
        } else if models.allSatisfy({ $0.monthlyProfit < 0 }) {
            flags.insert(.unprofitable)
        }
        if let months = terms.historyMonths, months < terms.minHistoryMonths, demand.mean > 0 {
            flags.insert(.shortHistory)
            // Validating demand virtually is advice for a product not yet in
            // stock; one already held stays where it earns most.
            let alreadyStocked = terms.currentModel.map { $0 != .virtual } ?? false
            if let virtual, !alreadyStocked { recommended = virtual }
        }
        return (recommended, best, flags)
    }

    /// Whether `a` beats `b`: more profit; on a tie (within 10⁻⁹ relative)
    /// less working capital; then the simpler model.
    static func isBetter(_ a: ModelEvaluation, than b: ModelEvaluation) -> Bool {
        let scale = max(1, abs(a.monthlyProfit), abs(b.monthlyProfit))
        let difference = a.monthlyProfit - b.monthlyProfit
        if abs(difference) > 1e-9 * scale { return difference > 0 }
        let capitalDifference = a.workingCapital - b.workingCapital
        if abs(capitalDifference) > 1e-9 * max(1, a.workingCapital, b.workingCapital) {
            return capitalDifference < 0
        }
        return a.model < b.model
    }
}
