/// One SKU with every input resolved to a number: what the models compute
/// from. Made by ``SKUTerms/init(_:settings:)`` from a row and the settings.
public struct SKUTerms: Sendable, Equatable {
    /// The SKU identifier.
    public var sku: String
    /// The product's name, when the catalog gives one.
    public var name: String?
    /// Selling price, money per unit.
    public var price: Double
    /// Monthly demand.
    public var demand: Demand
    /// Monthly unit sales, oldest first, when given.
    public var demandHistory: [Double]?
    /// Months of history behind the figures, when known.
    public var historyMonths: Double?
    /// Below this many months of history, stay VIRTUAL.
    public var minHistoryMonths: Double
    /// Largest cv of an X SKU.
    public var xMaxCV: Double
    /// Largest cv of a Y SKU.
    public var yMaxCV: Double
    /// Money, service and delivery terms.
    public var policy: Policy
    /// VIRTUAL's channel; `nil` when `virtual_unit_cost` is missing.
    public var virtual: Channel?
    /// The own warehouse or 3PL; `nil` when `stocked_unit_cost` is missing.
    public var stocked: Warehouse?
    /// The marketplace's network; `nil` when `stocked_unit_cost` or
    /// `marketplace_fulfillment_fee` is missing.
    public var marketplace: Warehouse?
    /// How the SKU is fulfilled today.
    public var currentModel: FulfilmentModel?
    /// Every input used, with its value and source.
    public var trace: InputTrace

    /// Whether the deviation of demand was assumed Poisson.
    public var isPoissonDemand: Bool { demand.spread == .poisson }

    /// The same SKU with monthly demand `m` (σ follows the spread rule).
    public func withMonthlyDemand(_ m: Double) -> SKUTerms {
        var copy = self
        copy.demand = demand.scaled(toMean: m)
        return copy
    }
}

/// A value of one SKU that cannot be used.
public struct InputError: Error, Sendable, Equatable {
    /// The input at fault.
    public var name: InputName
    /// What is wrong, e.g. "must be between 0 and 1".
    public var reason: String
    /// The offending value, when there is one.
    public var value: Double?

    /// Creates an input error.
    public init(name: InputName, reason: String, value: Double? = nil) {
        self.name = name
        self.reason = reason
        self.value = value
    }
}
