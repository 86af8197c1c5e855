/// The replenishment quantities of an (r, Q) model (STOCKED, MARKETPLACE).
public struct ContinuousReviewPolicy: Sendable, Equatable {
    /// Q, units per purchase order.
    public var orderQuantity: Double
    /// SS, units held against demand over the lead time.
    public var safetyStock: Double
    /// r, the stock level that triggers an order, units.
    public var reorderPoint: Double
    /// Share of demand served from stock; the rest finds it out of stock.
    public var fillRate: Double
    /// L, months from order to stock available.
    public var leadTimeMonths: Double
    /// H, money per unit per year.
    public var holdingCostPerUnitYear: Double
    /// Average units on hand, Q / 2 + SS.
    public var averageStock: Double
}

/// The quantities of HYBRID's periodic base-stock policy.
public struct BaseStockPolicy: Sendable, Equatable {
    /// R in days: how often the base stock is topped up.
    public var reviewDays: Double
    /// S, units the stock is topped up to; 0 when HYBRID is pure VIRTUAL.
    public var baseStock: Double
    /// Share of units sold that are served from stock.
    public var stockShare: Double
    /// Average units on hand.
    public var averageStock: Double
    /// The newsvendor critical fractile cᵤ / (cᵤ + cₒ) behind S; `nil` when no stock pays.
    public var criticalFractile: Double?
}

/// How a model keeps stock.
public enum Replenishment: Sendable, Equatable {
    /// No stock (VIRTUAL).
    case none
    /// Continuous review, reorder point and order quantity.
    case continuousReview(ContinuousReviewPolicy)
    /// Periodic review up to a base stock.
    case baseStock(BaseStockPolicy)
}

/// The outcome of one fulfilment model for one SKU (MODEL.md §3).
public struct ModelEvaluation: Sendable, Equatable {
    /// Which model.
    public var model: FulfilmentModel
    /// The landed cost per unit sold, line by line.
    public var costPerUnit: CostBreakdown
    /// Units sold per month, after delivery and stock-out losses.
    public var unitsSold: Double
    /// Π, money per month: units sold × (price × (1 − returns) − landed cost per unit).
    public var monthlyProfit: Double
    /// Average money tied up in stock.
    public var workingCapital: Double
    /// Expected days to the buyer (unit-weighted for HYBRID).
    public var deliveryDays: Double
    /// Share of demand lost to slow delivery.
    public var lostToDelivery: Double
    /// Share of units returned (unit-weighted for HYBRID).
    public var returnRate: Double
    /// The stock policy behind the numbers.
    public var replenishment: Replenishment

    /// The landed cost per unit sold: the sum of the cost lines.
    public var landedCostPerUnit: Double { costPerUnit.total }

    /// The (r, Q) quantities, for STOCKED and MARKETPLACE.
    public var continuousReview: ContinuousReviewPolicy? {
        if case .continuousReview(let policy) = replenishment { return policy }
        return nil
    }

    /// The base-stock quantities, for HYBRID.
    public var baseStock: BaseStockPolicy? {
        if case .baseStock(let policy) = replenishment { return policy }
        return nil
    }
}
