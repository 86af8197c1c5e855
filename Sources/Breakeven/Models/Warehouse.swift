/// A place that holds stock (own warehouse, 3PL or the marketplace's network)
/// and the per-unit channel that ships from it.
public struct Warehouse: Sendable, Equatable {
    /// Per-unit terms of a sale shipped from this stock.
    public var channel: Channel
    /// Storage, money per unit per month.
    public var storagePerUnitMonth: Double
    /// Fixed cost of one purchase order, money.
    public var orderCost: Double
    /// Supplier's minimum order quantity, units.
    public var minimumOrderQuantity: Double
    /// Days from purchase order to stock available here.
    public var leadTimeDays: Double

    /// Creates the terms of a warehouse; see the properties for units.
    public init(
        channel: Channel, storagePerUnitMonth: Double, orderCost: Double,
        minimumOrderQuantity: Double, leadTimeDays: Double
    ) {
        self.channel = channel
        self.storagePerUnitMonth = storagePerUnitMonth
        self.orderCost = orderCost
        self.minimumOrderQuantity = minimumOrderQuantity
        self.leadTimeDays = leadTimeDays
    }

    /// H, the cost of holding one unit for a year: 12 × storage + carrying rate × landed unit cost.
    public func holdingCostPerUnitYear(policy: Policy) -> Double {
        12 * storagePerUnitMonth + policy.carryingRate * channel.landedUnitCost
    }

    /// Lead time L in months.
    public var leadTimeMonths: Double { leadTimeDays / daysPerMonth }

    /// Splits a monthly holding cost of `averageStock` units into its storage
    /// and capital parts, money per month.
    func monthlyHolding(averageStock: Double, policy: Policy) -> (storage: Double, capital: Double) {
        (averageStock * storagePerUnitMonth,
         averageStock * policy.carryingRate * channel.landedUnitCost / 12)
    }
}
