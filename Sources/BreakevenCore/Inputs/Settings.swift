/// A change to one input, applied to every SKU over its own value.
package enum Adjustment: Sendable, Equatable {
    /// Replace the value (`NAME=VALUE`).
    case set(Double)
    /// Multiply the value (`NAME*=FACTOR`).
    case scale(Double)
    /// Add to the value (`NAME+=DELTA`).
    case shift(Double)
    /// Multiply, then add: what a scale and a shift make together.
    case affine(factor: Double, offset: Double)

    /// The adjusted value. Scaling or shifting a value that is not given leaves it not given.
    package func apply(to value: Double?) -> Double? {
        switch self {
        case .set(let new): return new
        case .scale(let factor): return value.map { $0 * factor }
        case .shift(let delta): return value.map { $0 + delta }
        case .affine(let factor, let offset): return value.map { $0 * factor + offset }
        }
    }

    /// This adjustment followed by `next`: a run's `--set` and then a
    /// scenario's change to the same input both apply.
    package func then(_ next: Adjustment) -> Adjustment {
        switch (self, next) {
        case (_, .set): return next
        case (.set(let value), _): return .set(next.apply(to: value) ?? value)
        default:
            let (a, b) = affine
            let (c, d) = next.affine
            return .affine(factor: a * c, offset: b * c + d)
        }
    }

    /// The adjustment as v ↦ a v + b (not meaningful for `.set`).
    private var affine: (Double, Double) {
        switch self {
        case .set: return (0, 0)
        case .scale(let factor): return (factor, 0)
        case .shift(let delta): return (1, delta)
        case .affine(let factor, let offset): return (factor, offset)
        }
    }
}

/// Run-wide settings: defaults that stand in for empty cells, and
/// adjustments that apply to every SKU.
///
/// Precedence (MODEL.md §1): an adjustment beats the SKU's own value, which
/// beats a settings default, which beats the built-in default.
package struct Settings: Sendable, Equatable {
    /// Defaults for SKUs that leave an input empty (a settings file, `--default`).
    package var defaults: InputValues
    /// Changes applied to every SKU (`--set`).
    package var adjustments: [InputName: Adjustment]

    /// Creates settings; with no arguments, the built-in defaults alone.
    package init(defaults: InputValues = InputValues(), adjustments: [InputName: Adjustment] = [:]) {
        self.defaults = defaults
        self.adjustments = adjustments
    }

    /// These settings with `other` on top: its defaults win, and its
    /// adjustments apply after these.
    package func overlaid(with other: Settings) -> Settings {
        var result = self
        for name in other.defaults.givenNames { result.defaults[name] = other.defaults[name] }
        for (name, adjustment) in other.adjustments {
            result.adjustments[name] = result.adjustments[name].map { $0.then(adjustment) } ?? adjustment
        }
        return result
    }
}
