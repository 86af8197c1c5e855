/// The per-unit terms of one way of getting a unit to a buyer, before any
/// stock-holding cost: what a unit costs, the fees, the shipping, how fast it
/// arrives and how often it comes back.
package struct Channel: Sendable, Equatable {
    /// Supplier price, money per unit.
    package var unitCost: Double
    /// Freight into the warehouse that holds the unit, money per unit (0 for VIRTUAL).
    package var inboundCost: Double
    /// Fixed fees per unit, money per unit (per-order fees already divided by units per order).
    package var feesPerUnit: Double
    /// Fees charged as a share of the price (payment or referral fee).
    package var feeRate: Double
    /// Shipping to the buyer, money per unit.
    package var shippingPerUnit: Double
    /// Days from order to the buyer's door.
    package var deliveryDays: Double
    /// Share of units returned.
    package var returnRate: Double
    /// Share of returned units resold.
    package var restockRate: Double

    /// Creates the terms of a channel; see the properties for units.
    package init(
        unitCost: Double, inboundCost: Double = 0, feesPerUnit: Double, feeRate: Double,
        shippingPerUnit: Double, deliveryDays: Double, returnRate: Double, restockRate: Double
    ) {
        self.unitCost = unitCost
        self.inboundCost = inboundCost
        self.feesPerUnit = feesPerUnit
        self.feeRate = feeRate
        self.shippingPerUnit = shippingPerUnit
        self.deliveryDays = deliveryDays
        self.returnRate = returnRate
        self.restockRate = restockRate
    }

    /// What a unit is worth once it stands in the warehouse: unit cost plus inbound.
    package var landedUnitCost: Double { unitCost + inboundCost }

    /// The per-unit cost lines of a sale at `price` (storage, capital and ordering 0).
    ///
    /// Returns cost r × (handling − restock × landed unit cost): a resold return
    /// replaces a unit that would otherwise be bought and brought in again.
    package func unitCosts(price: Double, returnHandlingCost: Double) -> CostBreakdown {
        var lines = CostBreakdown()
        lines.product = unitCost
        lines.inbound = inboundCost
        lines.fees = feesPerUnit + feeRate * price
        lines.shipping = shippingPerUnit
        lines.returns = returnRate * (returnHandlingCost - restockRate * landedUnitCost)
        return lines
    }

    /// Revenue kept per unit shipped: price × (1 − return rate).
    package func netRevenue(price: Double) -> Double { price * (1 - returnRate) }

    /// Margin per unit shipped before any stock-holding cost.
    package func unitMargin(price: Double, returnHandlingCost: Double) -> Double {
        netRevenue(price: price) - unitCosts(price: price, returnHandlingCost: returnHandlingCost).total
    }
}
