/// The XYZ class of a SKU's demand: how stable it is month to month.
public enum StabilityClass: String, Sendable, Equatable, CaseIterable, CustomStringConvertible {
    /// Stable: cv ≤ the X limit (0.5 by default).
    case x = "X"
    /// Variable: cv ≤ the Y limit (1.0 by default).
    case y = "Y"
    /// Volatile: cv above the Y limit, or no demand to measure.
    case z = "Z"

    /// The class of a coefficient of variation, given the two limits.
    /// A SKU without demand (`cv == nil`) is Z.
    public init(cv: Double?, xMaxCV: Double, yMaxCV: Double) {
        guard let cv else {
            self = .z
            return
        }
        self = cv <= xMaxCV ? .x : cv <= yMaxCV ? .y : .z
    }

    /// "X", "Y" or "Z".
    public var description: String { rawValue }

    /// A word for a merchant: stable, variable or volatile.
    public var word: String {
        switch self {
        case .x: return "stable"
        case .y: return "variable"
        case .z: return "volatile"
        }
    }
}
