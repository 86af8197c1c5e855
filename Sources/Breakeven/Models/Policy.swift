/// Run-wide terms of the decision that are not about one channel: money,
/// service and the shoppers' patience. Per SKU they may still differ.
public struct Policy: Sendable, Equatable {
    /// Yearly cost of money tied up in stock (share of its value per year).
    public var capitalRate: Double
    /// Yearly share of stock value lost to shrink and ageing.
    public var obsolescenceRate: Double
    /// Cycle service level of the (r, Q) models: the chance a cycle has no stock-out, in (0, 1).
    public var serviceLevel: Double
    /// Days shoppers expect delivery to take.
    public var expectedDeliveryDays: Double
    /// Share of demand lost per day of delivery beyond the expectation.
    public var lostSalesPerLateDay: Double
    /// Cost per returned unit (label, inspection), money per unit.
    public var returnHandlingCost: Double
    /// HYBRID review period in days; `nil` for the economic period.
    public var reviewDays: Double?

    /// Creates a policy; see the properties for units.
    public init(
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
    public func lostShare(deliveryDays days: Double) -> Double {
        min(1, lostSalesPerLateDay * max(0, days - expectedDeliveryDays))
    }

    /// The yearly carrying rate: capital plus obsolescence.
    public var carryingRate: Double { capitalRate + obsolescenceRate }
}

/// Days in an average month: 365.25 / 12.
public let daysPerMonth = 30.4375
