/// What values an input accepts.
package enum InputConstraint: Sendable, Equatable {
    /// Text, checked elsewhere (`sku`, `demand_history`, `current_model`).
    case text
    /// Any number ≥ 0.
    case nonNegative
    /// A number > 0.
    case positive
    /// A share in [0, 1].
    case unitInterval
    /// A probability strictly between 0 and 1.
    case openUnitInterval

    /// The largest value of any input, 10¹⁵: more than any real price, cost,
    /// volume or distance, and small enough that the products the models
    /// form of several inputs stay finite (`1e308` made money `inf`).
    package static let largest = 1e15

    /// The smallest value of any input other than 0, 10⁻¹⁰⁰: far below any
    /// real figure, and large enough that the products the models form of a
    /// few inputs never sink to subnormals that a division turns into `inf`
    /// (`1e-107` freight × `5e-215` capital rate made a holding cost of
    /// `1e-322`, an order quantity of `inf` and profits of `NaN`).
    package static let smallest = 1e-100

    /// Whether `value` is acceptable; `nil` when it is, else the reason.
    package func violation(by value: Double) -> String? {
        if !value.isFinite { return "is not a finite number" }
        let sign: String?
        switch self {
        case .text: return nil
        case .nonNegative: sign = value < 0 ? "must not be negative" : nil
        case .positive: sign = value <= 0 ? "must be greater than 0" : nil
        case .unitInterval: sign = (0...1).contains(value) ? nil : "must be between 0 and 1"
        case .openUnitInterval:
            sign = value > 0 && value < 1 ? nil : "must be strictly between 0 and 1"
        }
        if let sign { return sign }
        if value > Self.largest { return "must be at most 1e15" }
        if value != 0, value < Self.smallest {
            let zero = self == .positive || self == .openUnitInterval ? "" : "0 or "
            return "must be \(zero)at least 1e-100"
        }
        return nil
    }
}

/// The default of an input when neither the SKU's row nor a setting gives it.
package enum InputDefault: Sendable, Equatable {
    /// Required: a row without it is rejected.
    case required
    /// Optional, with no default: what needs it is not evaluated.
    case none
    /// A fixed number.
    case value(Double)
    /// Worked out from other inputs, as described.
    case derived(String)
}

/// The reference entry of one input: unit, default, meaning and constraint.
package struct InputSpec: Sendable, Equatable {
    /// The unit, e.g. "money/unit", "units/month", "share".
    package var unit: String
    /// The built-in default.
    package var defaultValue: InputDefault
    /// One line for a merchant.
    package var meaning: String
    /// The values accepted.
    package var constraint: InputConstraint
    /// True for run-wide policy (rate cards, cost of capital, thresholds): not
    /// listed per SKU as "defaulted", since it is a setting of the whole run.
    package var isPolicy: Bool

    /// Whether the input is a share or probability, so `15%` may be typed for 0.15.
    package var isRate: Bool { constraint == .unitInterval || constraint == .openUnitInterval }

    /// The fixed built-in default, if the default is a number.
    package var builtInValue: Double? {
        if case .value(let v) = defaultValue { return v }
        return nil
    }
}

extension InputName {
    /// The reference entry for this input (MODEL.md §1).
    package var spec: InputSpec { InputName.specs[ordinal] }

    /// The values accepted (without building the whole entry: used per cell).
    package var constraint: InputConstraint { InputName.constraints[ordinal] }

    /// The fixed built-in default, if any (used per SKU).
    package var builtInValue: Double? {
        let value = InputName.builtInValues[ordinal]
        return value.isNaN ? nil : value
    }

    /// Whether the input is run-wide policy.
    package var isPolicy: Bool { InputName.policies[ordinal] }

    /// Whether `15%` may be typed for 0.15.
    package var isRate: Bool { constraint == .unitInterval || constraint == .openUnitInterval }

    private static let specs: [InputSpec] = allCases.map(\.makeSpec)
    private static let constraints: [InputConstraint] = specs.map(\.constraint)
    private static let builtInValues: [Double] = specs.map { $0.builtInValue ?? .nan }
    private static let policies: [Bool] = specs.map(\.isPolicy)

    private var makeSpec: InputSpec {
        switch self {
        case .sku:
            return .init(unit: "text", defaultValue: .required,
                meaning: "identifier of the SKU, unique in the file", constraint: .text, isPolicy: false)
        case .price:
            return .init(unit: "money/unit", defaultValue: .required,
                meaning: "selling price per unit", constraint: .positive, isPolicy: false)
        case .monthlyDemand:
            return .init(unit: "units/month", defaultValue: .derived("mean of demand_history"),
                meaning: "mean units sold per month (this or demand_history is required)",
                constraint: .nonNegative, isPolicy: false)
        case .demandHistory:
            return .init(unit: "units/month", defaultValue: .none,
                meaning: "past monthly unit sales, oldest first, separated by | or spaces",
                constraint: .text, isPolicy: false)
        case .demandSD:
            return .init(unit: "units/month",
                defaultValue: .derived("sample sd of demand_history; else demand_cv × mean; else √mean (Poisson)"),
                meaning: "standard deviation of monthly demand", constraint: .nonNegative, isPolicy: false)
        case .demandCV:
            return .init(unit: "ratio", defaultValue: .none,
                meaning: "coefficient of variation of monthly demand", constraint: .nonNegative,
                isPolicy: false)
        case .historyMonths:
            return .init(unit: "months", defaultValue: .derived("length of demand_history"),
                meaning: "months of sales history behind the figures", constraint: .nonNegative,
                isPolicy: false)
        case .unitsPerOrder:
            return .init(unit: "units/order", defaultValue: .value(1),
                meaning: "units in one customer order", constraint: .positive, isPolicy: false)
        case .weightKg:
            return .init(unit: "kg/unit", defaultValue: .value(0.5),
                meaning: "weight of one unit, for the rate card", constraint: .nonNegative, isPolicy: false)
        case .volumeL:
            return .init(unit: "l/unit", defaultValue: .value(1),
                meaning: "volume of one unit, for storage", constraint: .nonNegative, isPolicy: false)
        case .virtualUnitCost:
            return .init(unit: "money/unit", defaultValue: .none,
                meaning: "supplier price per unit, shipped on demand (without it VIRTUAL and HYBRID are not evaluated)",
                constraint: .nonNegative, isPolicy: false)
        case .virtualOrderFee:
            return .init(unit: "money/order", defaultValue: .value(0),
                meaning: "dropship supplier's fee per customer order", constraint: .nonNegative, isPolicy: false)
        case .virtualShipping:
            return .init(unit: "money/unit", defaultValue: .derived("rate card at virtual_distance_km"),
                meaning: "shipping per unit from the supplier", constraint: .nonNegative, isPolicy: false)
        case .virtualDistanceKm:
            return .init(unit: "km", defaultValue: .value(8000),
                meaning: "supplier → customer distance", constraint: .nonNegative, isPolicy: false)
        case .virtualDeliveryDays:
            return .init(unit: "days", defaultValue: .value(12),
                meaning: "days to the customer when shipped by the supplier", constraint: .nonNegative,
                isPolicy: false)
        case .stockedUnitCost:
            return .init(unit: "money/unit", defaultValue: .none,
                meaning: "wholesale price per unit (without it STOCKED, MARKETPLACE and HYBRID are not evaluated)",
                constraint: .nonNegative, isPolicy: false)
        case .inboundCost:
            return .init(unit: "money/unit", defaultValue: .value(0),
                meaning: "freight per unit into your own warehouse or 3PL", constraint: .nonNegative,
                isPolicy: false)
        case .orderCost:
            return .init(unit: "money/order", defaultValue: .value(50),
                meaning: "fixed cost of one purchase order", constraint: .nonNegative, isPolicy: false)
        case .moq:
            return .init(unit: "units", defaultValue: .value(1),
                meaning: "supplier's minimum order quantity", constraint: .nonNegative, isPolicy: false)
        case .supplierLeadDays:
            return .init(unit: "days", defaultValue: .value(30),
                meaning: "purchase order → stock available", constraint: .nonNegative, isPolicy: false)
        case .leadTimeSDDays:
            return .init(unit: "days", defaultValue: .value(0),
                meaning: "standard deviation of the supplier lead time (used by the simulator; the analytic models take the lead time as fixed)",
                constraint: .nonNegative, isPolicy: false)
        case .storageCost:
            return .init(unit: "money/unit/month", defaultValue: .derived("volume_l × storage_rate_l"),
                meaning: "storage per unit per month in your warehouse or 3PL", constraint: .nonNegative,
                isPolicy: false)
        case .storageRateL:
            return .init(unit: "money/l/month", defaultValue: .value(0.02),
                meaning: "warehouse storage price per litre per month", constraint: .nonNegative,
                isPolicy: true)
        case .pickPackFee:
            return .init(unit: "money/order", defaultValue: .value(2.5),
                meaning: "pick and pack per customer order from your stock", constraint: .nonNegative,
                isPolicy: false)
        case .stockedShipping:
            return .init(unit: "money/unit", defaultValue: .derived("rate card at stocked_distance_km"),
                meaning: "shipping per unit from your warehouse", constraint: .nonNegative, isPolicy: false)
        case .stockedDistanceKm:
            return .init(unit: "km", defaultValue: .value(300),
                meaning: "warehouse → customer distance", constraint: .nonNegative, isPolicy: false)
        case .stockedDeliveryDays:
            return .init(unit: "days", defaultValue: .value(2),
                meaning: "days to the customer from your warehouse", constraint: .nonNegative, isPolicy: false)
        case .marketplaceFeeRate:
            return .init(unit: "share of price", defaultValue: .value(0.15),
                meaning: "marketplace referral fee", constraint: .unitInterval, isPolicy: false)
        case .marketplaceFulfillmentFee:
            return .init(unit: "money/unit", defaultValue: .none,
                meaning: "marketplace fulfilment fee (without it MARKETPLACE is not evaluated)",
                constraint: .nonNegative, isPolicy: false)
        case .marketplaceStorageCost:
            return .init(unit: "money/unit/month",
                defaultValue: .derived("volume_l × marketplace_storage_rate_l × (9 + 3 × peak_storage_multiplier) / 12"),
                meaning: "marketplace storage per unit per month, averaged over the year",
                constraint: .nonNegative, isPolicy: false)
        case .marketplaceStorageRateL:
            return .init(unit: "money/l/month", defaultValue: .value(0.028),
                meaning: "marketplace storage price per litre per month, off-peak", constraint: .nonNegative,
                isPolicy: true)
        case .peakStorageMultiplier:
            return .init(unit: "ratio", defaultValue: .value(3),
                meaning: "October–December storage price ÷ off-peak", constraint: .nonNegative, isPolicy: true)
        case .marketplaceInboundCost:
            return .init(unit: "money/unit", defaultValue: .value(0.3),
                meaning: "freight per unit into the marketplace's warehouses", constraint: .nonNegative,
                isPolicy: false)
        case .marketplaceInboundDays:
            return .init(unit: "days", defaultValue: .value(7),
                meaning: "extra days from supplier to the marketplace's warehouses", constraint: .nonNegative,
                isPolicy: false)
        case .marketplaceDeliveryDays:
            return .init(unit: "days", defaultValue: .value(2),
                meaning: "days to the customer from the marketplace", constraint: .nonNegative, isPolicy: false)
        case .returnRate:
            return .init(unit: "share of units", defaultValue: .value(0.05),
                meaning: "share of units returned, all models", constraint: .unitInterval, isPolicy: false)
        case .virtualReturnRate:
            return .init(unit: "share of units", defaultValue: .derived("return_rate"),
                meaning: "return rate when shipped virtually", constraint: .unitInterval, isPolicy: false)
        case .stockedReturnRate:
            return .init(unit: "share of units", defaultValue: .derived("return_rate"),
                meaning: "return rate when shipped from your stock", constraint: .unitInterval, isPolicy: false)
        case .marketplaceReturnRate:
            return .init(unit: "share of units", defaultValue: .derived("return_rate"),
                meaning: "return rate on the marketplace", constraint: .unitInterval, isPolicy: false)
        case .returnHandlingCost:
            return .init(unit: "money/unit", defaultValue: .value(4),
                meaning: "cost per returned unit (label, inspection)", constraint: .nonNegative, isPolicy: false)
        case .virtualRestockRate:
            return .init(unit: "share", defaultValue: .value(0),
                meaning: "share of virtually shipped returns that can be resold", constraint: .unitInterval,
                isPolicy: false)
        case .restockRate:
            return .init(unit: "share", defaultValue: .value(0.8),
                meaning: "share of returns from held stock that can be resold", constraint: .unitInterval,
                isPolicy: false)
        case .paymentFeeRate:
            return .init(unit: "share of price", defaultValue: .value(0.03),
                meaning: "card / payment fee on own-store sales", constraint: .unitInterval, isPolicy: true)
        case .capitalRate:
            return .init(unit: "per year", defaultValue: .value(0.12),
                meaning: "yearly cost of money tied up in stock", constraint: .unitInterval, isPolicy: true)
        case .obsolescenceRate:
            return .init(unit: "per year", defaultValue: .value(0.10),
                meaning: "yearly share of stock value lost (shrink, ageing)", constraint: .unitInterval,
                isPolicy: true)
        case .serviceLevel:
            return .init(unit: "probability", defaultValue: .value(0.95),
                meaning: "chance of no stock-out in a replenishment cycle", constraint: .openUnitInterval,
                isPolicy: true)
        case .reviewDays:
            return .init(unit: "days", defaultValue: .derived("the economic cycle, EOQ ÷ demand, 7 days to 12 months"),
                meaning: "HYBRID: how often the base stock is topped up", constraint: .positive, isPolicy: true)
        case .expectedDeliveryDays:
            return .init(unit: "days", defaultValue: .value(4),
                meaning: "delivery time shoppers expect", constraint: .nonNegative, isPolicy: true)
        case .lostSalesPerLateDay:
            return .init(unit: "share/day", defaultValue: .value(0.03),
                meaning: "share of demand lost per day beyond expected_delivery_days",
                constraint: .unitInterval, isPolicy: true)
        case .minHistoryMonths:
            return .init(unit: "months", defaultValue: .value(3),
                meaning: "below this much history, stay VIRTUAL to validate demand",
                constraint: .nonNegative, isPolicy: true)
        case .xyzXMaxCV:
            return .init(unit: "ratio", defaultValue: .value(0.5),
                meaning: "largest cv of a stable (X) SKU", constraint: .nonNegative, isPolicy: true)
        case .xyzYMaxCV:
            return .init(unit: "ratio", defaultValue: .value(1.0),
                meaning: "largest cv of a variable (Y) SKU; above it Z", constraint: .nonNegative,
                isPolicy: true)
        case .shipBase:
            return .init(unit: "money/parcel", defaultValue: .value(3.0),
                meaning: "rate card: base price of a parcel", constraint: .nonNegative, isPolicy: true)
        case .shipPerKg:
            return .init(unit: "money/kg", defaultValue: .value(1.0),
                meaning: "rate card: price per kg of a parcel", constraint: .nonNegative, isPolicy: true)
        case .shipPer1000Km:
            return .init(unit: "money/1000 km", defaultValue: .value(0.8),
                meaning: "rate card: price per 1000 km of a parcel", constraint: .nonNegative, isPolicy: true)
        case .currentModel:
            return .init(unit: "model", defaultValue: .none,
                meaning: "how the SKU is fulfilled today: virtual, stocked, marketplace or hybrid",
                constraint: .text, isPolicy: false)
        }
    }
}
