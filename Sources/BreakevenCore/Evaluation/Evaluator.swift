/// Evaluates the four models for one SKU and decides between them.
package enum Evaluator {
    /// Everything about one SKU: each evaluated model, the decision and, when
    /// `breakEven` is true, the break-even volumes against VIRTUAL.
    package static func evaluate(_ terms: SKUTerms, breakEven: Bool = true) -> SKUEvaluation {
        let models = evaluateModels(terms)
        var volumes = [FulfilmentModel: BreakEvenVolume](minimumCapacity: 3)
        if breakEven {
            for model in [FulfilmentModel.stocked, .marketplace, .hybrid] {
                volumes[model] = BreakEven.volume(of: model, for: terms)
            }
        }
        let decision = Decision(terms: terms, models: models, breakEven: volumes)
        return SKUEvaluation(terms: terms, models: models, decision: decision, breakEven: volumes)
    }

    /// The evaluated models of one SKU, in model order; a model whose inputs
    /// are missing is left out (never a zero).
    package static func evaluateModels(_ terms: SKUTerms) -> [ModelEvaluation] {
        var results: [ModelEvaluation] = []
        let virtual = evaluate(.virtual, terms)
        if let virtual { results.append(virtual) }
        for model in [FulfilmentModel.stocked, .marketplace, .hybrid] {
            if let result = evaluate(model, terms, virtual: virtual) { results.append(result) }
        }
        return results
    }

    /// One model of one SKU; `nil` when its inputs are missing. HYBRID reuses
    /// `virtual` when given (it is VIRTUAL's evaluation of the same terms).
    package static func evaluate(
        _ model: FulfilmentModel, _ terms: SKUTerms, virtual: ModelEvaluation? = nil
    ) -> ModelEvaluation? {
        switch model {
        case .virtual:
            guard let channel = terms.virtual else { return nil }
            return VirtualModel.evaluate(
                channel: channel, price: terms.price, demand: terms.demand, policy: terms.policy)
        case .stocked:
            guard let warehouse = terms.stocked else { return nil }
            return ContinuousReviewModel.evaluate(
                .stocked, warehouse: warehouse, price: terms.price, demand: terms.demand,
                policy: terms.policy)
        case .marketplace:
            guard let warehouse = terms.marketplace else { return nil }
            return ContinuousReviewModel.evaluate(
                .marketplace, warehouse: warehouse, price: terms.price, demand: terms.demand,
                policy: terms.policy)
        case .hybrid:
            guard let channel = terms.virtual, let warehouse = terms.stocked,
                let virtualResult = virtual ?? evaluate(.virtual, terms)
            else { return nil }
            return HybridModel.evaluate(
                virtualChannel: channel, virtualResult: virtualResult, warehouse: warehouse,
                price: terms.price, demand: terms.demand, policy: terms.policy)
        }
    }
}

/// Everything the library says about one SKU.
package struct SKUEvaluation: Sendable, Equatable {
    /// The resolved inputs.
    package var terms: SKUTerms
    /// The evaluated models, in model order.
    package var models: [ModelEvaluation]
    /// The recommendation and why.
    package var decision: Decision
    /// Break-even volumes of STOCKED, MARKETPLACE and HYBRID against VIRTUAL,
    /// for those evaluated (empty when not computed).
    package var breakEven: [FulfilmentModel: BreakEvenVolume]

    /// The SKU identifier.
    package var sku: String { terms.sku }

    /// One model's evaluation; `nil` when not evaluated.
    package subscript(model: FulfilmentModel) -> ModelEvaluation? {
        models.first { $0.model == model }
    }

    /// The recommended model's evaluation.
    package var recommended: ModelEvaluation {
        guard let result = self[decision.recommended] else {
            preconditionFailure("the recommended model is always evaluated")
        }
        return result
    }
}
