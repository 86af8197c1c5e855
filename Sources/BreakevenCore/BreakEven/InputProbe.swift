/// One SKU re-evaluated with one input moved to another value, every other
/// input held: the common ground of flip points and sensitivity.
///
/// `monthly_demand` moves by the scaling rule of MODEL.md §2 (σ follows
/// cv × m, or √m for Poisson), so that its flip points agree with the
/// break-even volumes; every other input is replaced as by `--set NAME=VALUE`
/// and the SKU is resolved again (derived values follow).
package struct InputProbe: Sendable {
    /// The SKU as given.
    package var inputs: SKUInputs
    /// The run's settings.
    package var settings: Settings
    /// The input that moves.
    package var input: InputName
    /// The SKU resolved under the run's settings.
    package var base: SKUTerms

    /// A probe of `input` for one SKU.
    ///
    /// - Throws: ``InputError`` when the SKU itself cannot be resolved.
    package init(inputs: SKUInputs, settings: Settings, input: InputName) throws(InputError) {
        precondition(input.isNumeric, "only numeric inputs can move")
        self.inputs = inputs
        self.settings = settings
        self.input = input
        base = try SKUTerms(inputs, settings: settings)
    }

    /// The input's value today, when this SKU uses it.
    package var value: Double? {
        if input == .monthlyDemand { return base.demand.mean }
        return base.trace.value(of: input)
    }

    /// The SKU with the input at `value`; `nil` when that value cannot be used.
    package func terms(at value: Double) -> SKUTerms? {
        if input == .monthlyDemand { return base.withMonthlyDemand(value) }
        let moved = settings.overlaid(with: Settings(adjustments: [input: .set(value)]))
        return try? SKUTerms(inputs, settings: moved)
    }

    /// The evaluated models with the input at `value`.
    package func models(at value: Double) -> (SKUTerms, [ModelEvaluation])? {
        guard let terms = terms(at: value) else { return nil }
        return (terms, Evaluator.evaluateModels(terms))
    }

    /// The recommended model with the input at `value`.
    package func recommended(at value: Double) -> FulfilmentModel? {
        guard let (terms, models) = models(at: value), !models.isEmpty else { return nil }
        return Decision.recommendedModel(terms: terms, models: models)
    }
}
