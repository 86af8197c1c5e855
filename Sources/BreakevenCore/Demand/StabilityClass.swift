/// The XYZ class of a SKU's demand: how stable it is month to month.
package enum StabilityClass: String, Sendable, Equatable, CaseIterable, CustomStringConvertible {
    /// Stable: cv ≤ the X limit (0.5 by default).
    case x = "X"
    /// Variable: cv ≤ the Y limit (1.0 by default).
    case y = "Y"
    /// Volatile: cv above the Y limit, or no demand to measure.
    case z = "Z"

    /// The class of a coefficient of variation, given the two limits.
    /// A SKU without demand (`cv == nil`) is Z.
    package init(cv: Double?, xMaxCV: Double, yMaxCV: Double) {
        guard let cv else {
            self = .z
            return
        }
        self = cv <= xMaxCV ? .x : cv <= yMaxCV ? .y : .z
    }

    /// "X", "Y" or "Z".
    package var description: String { rawValue }
}
