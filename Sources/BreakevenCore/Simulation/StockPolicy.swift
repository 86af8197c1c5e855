/// A replenishment policy as the simulator runs it: whole units.
///
/// The tool prints fractional reorder points, lot sizes and base stocks; the
/// simulator runs the policy a merchant would run from them:
/// - reorder point s = ⌊r⌋: positions are whole, so "position ≤ r" is exactly
///   "position ≤ ⌊r⌋" — no rounding choice at all; held at ≥ 0 (under lost
///   sales the position never falls below 0, so a negative r would never
///   order: it is read as "order when the shelf is empty with nothing on order");
/// - order quantity and base stock: the nearest whole number, at least 1.
package enum StockPolicy: Sendable, Equatable {
    /// Continuous review (s, Q): as soon as the inventory position (on hand +
    /// on order − backorders) is at or below s, order as many lots of Q as lift
    /// it above s — one lot unless a large customer order carried the position
    /// down through more than one lot.
    case continuousReview(reorderPoint: Int, orderQuantity: Int)
    /// Periodic review (R, S): every R days (from day 0), order up to S if the
    /// position is below it.
    case periodicReview(reviewDays: Double, orderUpTo: Int)

    /// The (s, Q) the tool prints; `nil` when the printed lot is 0 (no demand left: nothing is stocked).
    package init?(printed policy: ContinuousReviewPolicy) {
        guard policy.orderQuantity > 0, policy.orderQuantity.isFinite, policy.reorderPoint.isFinite
        else { return nil }
        let lot = max(1, min(policy.orderQuantity.rounded(), 1e15))
        let reorderPoint = max(0, min(policy.reorderPoint.rounded(.down), 1e15))
        self = .continuousReview(reorderPoint: Int(reorderPoint), orderQuantity: Int(lot))
    }

    /// The (R, S) the tool prints; `nil` when the base stock is 0 (HYBRID is VIRTUAL).
    package init?(printed policy: BaseStockPolicy) {
        guard policy.baseStock > 0, policy.baseStock.isFinite, policy.reviewDays > 0 else {
            return nil
        }
        self = .periodicReview(
            reviewDays: policy.reviewDays,
            orderUpTo: max(1, Int(min(policy.baseStock.rounded(), 1e15))))
    }

    /// Units on hand at the start of a run: s + Q, or S.
    package var startingStock: Int {
        switch self {
        case .continuousReview(let s, let q): return s + q
        case .periodicReview(_, let level): return level
        }
    }

    /// The length of a replenishment cycle in days at `unitsPerDay` reaching
    /// the stock: Q / demand, or R.
    func cycleDays(unitsPerDay: Double) -> Double {
        switch self {
        case .continuousReview(_, let q): return unitsPerDay > 0 ? Double(q) / unitsPerDay : 0
        case .periodicReview(let review, _): return review
        }
    }
}
