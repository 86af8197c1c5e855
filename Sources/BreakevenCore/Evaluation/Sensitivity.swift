/// What one input's change does to one SKU.
package struct SensitivityRow: Sendable, Equatable {
    /// The input.
    package var input: InputName
    /// Its value today.
    package var value: Double
    /// The value after the downward change (held to the input's range).
    package var low: Double
    /// The value after the upward change (held to the input's range).
    package var high: Double
    /// Today's recommended model's monthly profit at `low` and `high`
    /// (`nil` where that model is not evaluated).
    package var profitLow: Double?
    /// See ``profitLow``.
    package var profitHigh: Double?
    /// The recommendation at `low`.
    package var recommendedLow: FulfilmentModel?
    /// The recommendation at `high`.
    package var recommendedHigh: FulfilmentModel?

    /// |profit at high − profit at low|, money per month.
    package var swing: Double {
        guard let profitLow, let profitHigh else { return 0 }
        return abs(profitHigh - profitLow)
    }
}

/// A tornado analysis of one SKU: each input it uses moved down and up by a
/// share, sorted by how much today's recommended model's profit swings.
package struct Sensitivity: Sendable {
    /// The SKU evaluated today.
    package var base: SKUEvaluation
    /// The share each input moves, e.g. 0.2 for ±20%.
    package var change: Double
    /// One row per input used by the SKU, largest swing first.
    package var rows: [SensitivityRow]

    /// Moves each numeric input the SKU uses by −`change` and +`change`.
    ///
    /// Values are held to the input's allowed range (a rate stays within
    /// [0, 1], a probability within (0, 1)); an input that is 0 today does not
    /// move. `monthly_demand` moves by the scaling rule (σ follows it).
    ///
    /// - Throws: ``InputError`` when the SKU itself cannot be resolved.
    package init(inputs: SKUInputs, settings: Settings, change: Double) throws(InputError) {
        let terms = try SKUTerms(inputs, settings: settings)
        base = Evaluator.evaluate(terms, breakEven: false)
        self.change = change
        let chosen = base.decision.recommended
        var names = terms.trace.entries.map(\.name).filter(\.isNumeric)
        if !names.contains(.monthlyDemand) { names.insert(.monthlyDemand, at: 0) }
        var rows: [SensitivityRow] = []
        for name in names {
            let probe = try InputProbe(inputs: inputs, settings: settings, input: name)
            guard let value = probe.value else { continue }
            let low = Sensitivity.held(value * (1 - change), for: name)
            let high = Sensitivity.held(value * (1 + change), for: name)
            let atLow = probe.models(at: low)
            let atHigh = probe.models(at: high)
            rows.append(
                SensitivityRow(
                    input: name, value: value, low: low, high: high,
                    profitLow: atLow?.1.first { $0.model == chosen }?.monthlyProfit,
                    profitHigh: atHigh?.1.first { $0.model == chosen }?.monthlyProfit,
                    recommendedLow: atLow.flatMap { $0.1.isEmpty ? nil : Decision.recommendedModel(terms: $0.0, models: $0.1) },
                    recommendedHigh: atHigh.flatMap { $0.1.isEmpty ? nil : Decision.recommendedModel(terms: $0.0, models: $0.1) }))
        }
        self.rows = rows.enumerated().sorted { a, b in
            a.element.swing != b.element.swing ? a.element.swing > b.element.swing : a.offset < b.offset
        }.map(\.element)
    }

    /// Whether moving `row`'s input changes the recommendation.
    package func flips(_ row: SensitivityRow) -> Bool {
        let today = base.decision.recommended
        return (row.recommendedLow.map { $0 != today } ?? false) || (row.recommendedHigh.map { $0 != today } ?? false)
    }

    static func held(_ value: Double, for input: InputName) -> Double {
        switch input.constraint {
        case .unitInterval: return min(1, max(0, value))
        case .openUnitInterval: return min(1 - 1e-6, max(1e-6, value))
        case .positive: return max(value, 1e-9)
        default: return max(0, value)
        }
    }
}
