/// One SKU with every input resolved to a number: what the models compute
/// from. Made by ``SKUTerms/init(_:settings:)`` from a row and the settings.
package struct SKUTerms: Sendable, Equatable {
    /// The SKU identifier.
    package var sku: String
    /// The product's name, when the catalog gives one.
    package var name: String?
    /// Selling price, money per unit.
    package var price: Double
    /// Monthly demand.
    package var demand: Demand
    /// Monthly unit sales, oldest first, when given.
    package var demandHistory: [Double]?
    /// Months of history behind the figures, when known.
    package var historyMonths: Double?
    /// Below this many months of history, stay VIRTUAL.
    package var minHistoryMonths: Double
    /// Largest cv of an X SKU.
    package var xMaxCV: Double
    /// Largest cv of a Y SKU.
    package var yMaxCV: Double
    /// Money, service and delivery terms.
    package var policy: Policy
    /// VIRTUAL's channel; `nil` when `virtual_unit_cost` is missing.
    package var virtual: Channel?
    /// The own warehouse or 3PL; `nil` when `stocked_unit_cost` is missing.
    package var stocked: Warehouse?
    /// The marketplace's network; `nil` when `stocked_unit_cost` or
    /// `marketplace_fulfillment_fee` is missing.
    package var marketplace: Warehouse?
    /// How the SKU is fulfilled today.
    package var currentModel: FulfilmentModel?
    /// Every input used, with its value and source.
    package var trace: InputTrace

    /// Whether the deviation of demand was assumed Poisson.
    package var isPoissonDemand: Bool { demand.spread == .poisson }

    /// The same SKU with monthly demand `m` (σ follows the spread rule).
    package func withMonthlyDemand(_ m: Double) -> SKUTerms {
        var copy = self
        copy.demand = demand.scaled(toMean: m)
        return copy
    }
}

/// A value of one SKU that cannot be used.
package struct InputError: Error, Sendable, Equatable {
    /// The input at fault.
    package var name: InputName
    /// What is wrong, e.g. "must be between 0 and 1".
    package var reason: String
    /// The offending value, when there is one.
    package var value: Double?

    /// Creates an input error.
    package init(name: InputName, reason: String, value: Double? = nil) {
        self.name = name
        self.reason = reason
        self.value = value
    }
}
