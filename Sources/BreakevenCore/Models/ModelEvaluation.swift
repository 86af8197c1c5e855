/// The replenishment quantities of an (r, Q) model (STOCKED, MARKETPLACE).
package struct ContinuousReviewPolicy: Sendable, Equatable {
    /// Q, units per purchase order.
    package var orderQuantity: Double
    /// SS, units held against demand over the lead time.
    package var safetyStock: Double
    /// r, the stock level that triggers an order, units.
    package var reorderPoint: Double
    /// Share of demand served from stock; the rest finds it out of stock.
    package var fillRate: Double
    /// L, months from order to stock available.
    package var leadTimeMonths: Double
    /// H, money per unit per year.
    package var holdingCostPerUnitYear: Double
    /// Average units on hand, Q / 2 + SS.
    package var averageStock: Double
}

/// The quantities of HYBRID's periodic base-stock policy.
package struct BaseStockPolicy: Sendable, Equatable {
    /// R in days: how often the base stock is topped up.
    package var reviewDays: Double
    /// S, units the stock is topped up to; 0 when HYBRID is pure VIRTUAL.
    package var baseStock: Double
    /// Share of units sold that are served from stock.
    package var stockShare: Double
    /// Average units on hand.
    package var averageStock: Double
    /// The newsvendor critical fractile cᵤ / (cᵤ + cₒ) behind S; `nil` when no stock pays.
    package var criticalFractile: Double?
}

/// How a model keeps stock.
package enum Replenishment: Sendable, Equatable {
    /// No stock (VIRTUAL).
    case none
    /// Continuous review, reorder point and order quantity.
    case continuousReview(ContinuousReviewPolicy)
    /// Periodic review up to a base stock.
    case baseStock(BaseStockPolicy)
}

/// The outcome of one fulfilment model for one SKU (MODEL.md §3).
package struct ModelEvaluation: Sendable, Equatable {
    /// Which model.
    package var model: FulfilmentModel
    /// The landed cost per unit sold, line by line.
    package var costPerUnit: CostBreakdown
    /// Units sold per month, after delivery and stock-out losses.
    package var unitsSold: Double
    /// Π, money per month: units sold × (price × (1 − returns) − landed cost per unit).
    package var monthlyProfit: Double
    /// Average money tied up in stock.
    package var workingCapital: Double
    /// Expected days to the buyer (unit-weighted for HYBRID).
    package var deliveryDays: Double
    /// Share of demand lost to slow delivery.
    package var lostToDelivery: Double
    /// Share of units returned (unit-weighted for HYBRID).
    package var returnRate: Double
    /// The stock policy behind the numbers.
    package var replenishment: Replenishment

    /// The landed cost per unit sold: the sum of the cost lines.
    package var landedCostPerUnit: Double { costPerUnit.total }

    /// The (r, Q) quantities, for STOCKED and MARKETPLACE.
    package var continuousReview: ContinuousReviewPolicy? {
        if case .continuousReview(let policy) = replenishment { return policy }
        return nil
    }

    /// The base-stock quantities, for HYBRID.
    package var baseStock: BaseStockPolicy? {
        if case .baseStock(let policy) = replenishment { return policy }
        return nil
    }
}
