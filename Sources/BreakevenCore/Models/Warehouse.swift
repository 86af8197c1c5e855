/// A place that holds stock (own warehouse, 3PL or the marketplace's network)
/// and the per-unit channel that ships from it.
package struct Warehouse: Sendable, Equatable {
    /// Per-unit terms of a sale shipped from this stock.
    package var channel: Channel
    /// Storage, money per unit per month.
    package var storagePerUnitMonth: Double
    /// Fixed cost of one purchase order, money.
    package var orderCost: Double
    /// Supplier's minimum order quantity, units.
    package var minimumOrderQuantity: Double
    /// Days from purchase order to stock available here (mean).
    package var leadTimeDays: Double
    /// Standard deviation of that lead time, days (`lead_time_sd_days`: the
    /// supplier's). Only the simulator uses it: the analytic models take the
    /// lead time as fixed.
    package var leadTimeDeviationDays: Double

    /// Creates the terms of a warehouse; see the properties for units.
    package init(
        channel: Channel, storagePerUnitMonth: Double, orderCost: Double,
        minimumOrderQuantity: Double, leadTimeDays: Double, leadTimeDeviationDays: Double = 0
    ) {
        self.channel = channel
        self.storagePerUnitMonth = storagePerUnitMonth
        self.orderCost = orderCost
        self.minimumOrderQuantity = minimumOrderQuantity
        self.leadTimeDays = leadTimeDays
        self.leadTimeDeviationDays = leadTimeDeviationDays
    }

    /// H, the cost of holding one unit for a year: 12 × storage + carrying rate × landed unit cost.
    package func holdingCostPerUnitYear(policy: Policy) -> Double {
        12 * storagePerUnitMonth + policy.carryingRate * channel.landedUnitCost
    }

    /// Lead time L in months.
    package var leadTimeMonths: Double { leadTimeDays / daysPerMonth }

    /// Splits a monthly holding cost of `averageStock` units into its storage
    /// and capital parts, money per month.
    func monthlyHolding(averageStock: Double, policy: Policy) -> (storage: Double, capital: Double) {
        (averageStock * storagePerUnitMonth,
         averageStock * policy.carryingRate * channel.landedUnitCost / 12)
    }
}
