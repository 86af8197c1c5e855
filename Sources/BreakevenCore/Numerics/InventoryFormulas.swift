/// The textbook formulas of inventory theory, free of any SKU.
///
/// Units are whatever the caller uses consistently; the names below assume
/// units per year for demand and money per unit per year for holding.
package enum InventoryFormulas {
    /// The economic order quantity √(2 D K / h) (Harris 1913, Wilson 1934).
    ///
    /// - Parameters:
    ///   - annualDemand: D, units per year, ≥ 0.
    ///   - orderCost: K, fixed cost of one order, ≥ 0.
    ///   - holdingCostPerUnitYear: h, cost of holding one unit for a year, > 0.
    /// - Returns: the order quantity in units; 0 when D or K is 0, +∞ when h is 0.
    package static func economicOrderQuantity(
        annualDemand: Double, orderCost: Double, holdingCostPerUnitYear: Double
    ) -> Double {
        let numerator = 2 * annualDemand * orderCost
        if numerator == 0 { return 0 }
        return (numerator / holdingCostPerUnitYear).squareRoot()
    }

    /// The safety stock z(α) σ √L that gives cycle service level α: the chance
    /// that a replenishment cycle ends without a stock-out.
    ///
    /// - Parameters:
    ///   - serviceLevel: α in (0, 1).
    ///   - demandDeviation: σ, the standard deviation of demand per period.
    ///   - leadTime: L, in the same periods.
    /// - Returns: units; negative when α < 0.5.
    package static func safetyStock(
        serviceLevel: Double, demandDeviation: Double, leadTime: Double
    ) -> Double {
        StandardNormal.quantile(serviceLevel) * demandDeviation * leadTime.squareRoot()
    }

    /// The newsvendor critical fractile cᵤ / (cᵤ + cₒ): the optimal chance of
    /// not running short when a unit short costs cᵤ and a unit left over costs cₒ.
    ///
    /// - Returns: a probability in [0, 1]; 1 when cₒ is 0 and cᵤ positive.
    package static func criticalFractile(underage: Double, overage: Double) -> Double {
        underage / (underage + overage)
    }

    /// The newsvendor order-up-to level μ + z(cᵤ / (cᵤ + cₒ)) σ for normal demand.
    ///
    /// - Returns: units; +∞ when the overage cost is 0.
    package static func newsvendorQuantity(
        mean: Double, deviation: Double, underage: Double, overage: Double
    ) -> Double {
        let fractile = criticalFractile(underage: underage, overage: overage)
        if deviation == 0 { return fractile > 0 ? mean : 0 }
        return mean + StandardNormal.quantile(fractile) * deviation
    }
}
