/// Run-wide terms of the decision that are not about one channel: money,
/// service and the shoppers' patience. Per SKU they may still differ.
package struct Policy: Sendable, Equatable {
    /// Yearly cost of money tied up in stock (share of its value per year).
    package var capitalRate: Double
    /// Yearly share of stock value lost to shrink and ageing.
    package var obsolescenceRate: Double
    /// Cycle service level of the (r, Q) models: the chance a cycle has no stock-out, in (0, 1).
    package var serviceLevel: Double
    /// Days shoppers expect delivery to take.
    package var expectedDeliveryDays: Double
    /// Share of demand lost per day of delivery beyond the expectation.
    package var lostSalesPerLateDay: Double
    /// Cost per returned unit (label, inspection), money per unit.
    package var returnHandlingCost: Double
    /// HYBRID review period in days; `nil` for the economic period.
    package var reviewDays: Double?

    /// Creates a policy; see the properties for units.
    package init(
        capitalRate: Double, obsolescenceRate: Double, serviceLevel: Double,
        expectedDeliveryDays: Double, lostSalesPerLateDay: Double, returnHandlingCost: Double,
        reviewDays: Double? = nil
    ) {
        self.capitalRate = capitalRate
        self.obsolescenceRate = obsolescenceRate
        self.serviceLevel = serviceLevel
        self.expectedDeliveryDays = expectedDeliveryDays
        self.lostSalesPerLateDay = lostSalesPerLateDay
        self.returnHandlingCost = returnHandlingCost
        self.reviewDays = reviewDays
    }

    /// The share λ of demand lost to a delivery of `days`:
    /// min(1, lost per late day × max(0, days − expected)).
    package func lostShare(deliveryDays days: Double) -> Double {
        min(1, lostSalesPerLateDay * max(0, days - expectedDeliveryDays))
    }

    /// The yearly carrying rate: capital plus obsolescence.
    package var carryingRate: Double { capitalRate + obsolescenceRate }
}

/// Days in an average month: 365.25 / 12.
package let daysPerMonth = 30.4375
