import BreakevenCore

/// Resolves a SKU from its row values under the given settings; fails the test on an input error.
package func terms(
    _ values: [InputName: Double], sku: String = "TEST", history: [Double]? = nil,
    current: FulfilmentModel? = nil, settings: Settings = Settings()
) throws -> SKUTerms {
    try SKUTerms(
        SKUInputs(sku: sku, values, demandHistory: history, currentModel: current), settings: settings)
}

/// Evaluates a SKU from its row values.
package func evaluate(
    _ values: [InputName: Double], history: [Double]? = nil, current: FulfilmentModel? = nil,
    settings: Settings = Settings(), breakEven: Bool = true
) throws -> SKUEvaluation {
    Evaluator.evaluate(
        try terms(values, history: history, current: current, settings: settings), breakEven: breakEven)
}
