/// A change to one input, applied to every SKU over its own value.
public enum Adjustment: Sendable, Equatable {
    /// Replace the value (`NAME=VALUE`).
    case set(Double)
    /// Multiply the value (`NAME*=FACTOR`).
    case scale(Double)
    /// Add to the value (`NAME+=DELTA`).
    case shift(Double)

    /// The adjusted value. Scaling or shifting a value that is not given leaves it not given.
    public func apply(to value: Double?) -> Double? {
        switch self {
        case .set(let new): return new
        case .scale(let factor): return value.map { $0 * factor }
        case .shift(let delta): return value.map { $0 + delta }
        }
    }
}

/// Run-wide settings: defaults that stand in for empty cells, and
/// adjustments that apply to every SKU.
///
/// Precedence (MODEL.md §1): an adjustment beats the SKU's own value, which
/// beats a settings default, which beats the built-in default.
public struct Settings: Sendable, Equatable {
    /// Defaults for SKUs that leave an input empty (a settings file, `--default`).
    public var defaults: InputValues
    /// Changes applied to every SKU (`--set`).
    public var adjustments: [InputName: Adjustment]

    /// Creates settings; with no arguments, the built-in defaults alone.
    public init(defaults: InputValues = InputValues(), adjustments: [InputName: Adjustment] = [:]) {
        self.defaults = defaults
        self.adjustments = adjustments
    }
}
