/// One line of the landed cost of a unit.
package enum CostLine: String, CaseIterable, Sendable, Hashable, CustomStringConvertible {
    /// What the supplier charges for the unit.
    case product
    /// Freight into the warehouse that holds it.
    case inbound
    /// Per-order and per-unit fees: payment, referral, pick-pack, fulfilment, dropship order fee.
    case fees
    /// Shipping to the buyer.
    case shipping
    /// Warehouse or marketplace storage.
    case storage
    /// Cost of the money tied up in stock, and stock lost to shrink and ageing.
    case capital
    /// Fixed cost of purchase orders.
    case ordering
    /// Handling of returned units, less the value of those resold (may be negative).
    case returns

    /// The lower-case name.
    package var description: String { rawValue }
}

/// The landed cost of one unit sold, line by line (money per unit sold).
package struct CostBreakdown: Sendable, Equatable {
    /// Supplier price per unit.
    package var product = 0.0
    /// Inbound freight per unit.
    package var inbound = 0.0
    /// Fees per unit.
    package var fees = 0.0
    /// Outbound shipping per unit.
    package var shipping = 0.0
    /// Storage per unit sold.
    package var storage = 0.0
    /// Capital and obsolescence per unit sold.
    package var capital = 0.0
    /// Purchase-order cost per unit sold.
    package var ordering = 0.0
    /// Returns per unit sold.
    package var returns = 0.0

    /// All lines zero.
    package init() {}

    /// The landed cost per unit: the sum of the lines.
    package var total: Double {
        product + inbound + fees + shipping + storage + capital + ordering + returns
    }

    /// One line by name.
    package subscript(line: CostLine) -> Double {
        get {
            switch line {
            case .product: return product
            case .inbound: return inbound
            case .fees: return fees
            case .shipping: return shipping
            case .storage: return storage
            case .capital: return capital
            case .ordering: return ordering
            case .returns: return returns
            }
        }
        set {
            switch line {
            case .product: product = newValue
            case .inbound: inbound = newValue
            case .fees: fees = newValue
            case .shipping: shipping = newValue
            case .storage: storage = newValue
            case .capital: capital = newValue
            case .ordering: ordering = newValue
            case .returns: returns = newValue
            }
        }
    }

    /// The unit-weighted mix of two breakdowns: `weight` of `self`, `1 − weight` of `other`.
    package func mixed(with other: CostBreakdown, weight: Double) -> CostBreakdown {
        var result = CostBreakdown()
        for line in CostLine.allCases {
            result[line] = weight * self[line] + (1 - weight) * other[line]
        }
        return result
    }
}
