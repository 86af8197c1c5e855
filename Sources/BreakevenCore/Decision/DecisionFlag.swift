/// A warning attached to a SKU's decision.
package enum DecisionFlag: String, CaseIterable, Sendable, Hashable, CustomStringConvertible {
    /// The SKU has no demand: it stays VIRTUAL.
    case noDemand = "no_demand"
    /// Less history than `min_history_months`: VIRTUAL until demand is proven.
    case shortHistory = "short_history"
    /// Every evaluated model loses money: reprice or drop.
    case unprofitable
    /// The history is erratic, intermittent or lumpy: the normal approximation
    /// behind safety stock and base stock is weakest there.
    case irregularDemand = "irregular_demand"
    /// The recommended model loses at least ``lateDeliveryThreshold`` of
    /// demand to slow delivery.
    case lateDelivery = "late_delivery"
    /// Only one model has the figures to be evaluated.
    case singleModel = "single_model"
    /// A model's analytic profit is further from the day-by-day simulation of
    /// its policy than the tolerance + 3 standard errors (docs/decision-math.md §9).
    case modelRisk = "model_risk"

    /// The share of demand lost to delivery from which ``lateDelivery`` is raised: 5%.
    package static let lateDeliveryThreshold = 0.05

    /// The snake_case name used in output.
    package var description: String { rawValue }
}

extension DecisionFlag {
    /// Flags raised while deciding, as bits: no hashing for a set of at most six.
    struct Set {
        private var bits: UInt8 = 0

        mutating func insert(_ flag: DecisionFlag) { bits |= Self.bit(flag) }

        func contains(_ flag: DecisionFlag) -> Bool { bits & Self.bit(flag) != 0 }

        /// The flags raised, in ``DecisionFlag`` order.
        var inOrder: [DecisionFlag] { bits == 0 ? [] : DecisionFlag.allCases.filter(contains) }

        private static func bit(_ flag: DecisionFlag) -> UInt8 {
            switch flag {
            case .noDemand: return 1
            case .shortHistory: return 2
            case .unprofitable: return 4
            case .irregularDemand: return 8
            case .lateDelivery: return 16
            case .singleModel: return 32
            case .modelRisk: return 64
            }
        }
    }
}
