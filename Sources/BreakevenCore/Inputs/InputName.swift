/// The name of one input of the decision math (MODEL.md §1).
///
/// The raw value is the snake_case name used everywhere: the CSV column, the
/// key in a settings file and the name of a `--set` override.
package enum InputName: String, CaseIterable, Sendable, Hashable, Comparable {
    // Identity and demand
    case sku
    case price
    case monthlyDemand = "monthly_demand"
    case demandHistory = "demand_history"
    case demandSD = "demand_sd"
    case demandCV = "demand_cv"
    case historyMonths = "history_months"
    case unitsPerOrder = "units_per_order"
    case weightKg = "weight_kg"
    case volumeL = "volume_l"
    // VIRTUAL
    case virtualUnitCost = "virtual_unit_cost"
    case virtualOrderFee = "virtual_order_fee"
    case virtualShipping = "virtual_shipping"
    case virtualDistanceKm = "virtual_distance_km"
    case virtualDeliveryDays = "virtual_delivery_days"
    // STOCKED
    case stockedUnitCost = "stocked_unit_cost"
    case inboundCost = "inbound_cost"
    case orderCost = "order_cost"
    case moq
    case supplierLeadDays = "supplier_lead_days"
    case leadTimeSDDays = "lead_time_sd_days"
    case storageCost = "storage_cost"
    case storageRateL = "storage_rate_l"
    case pickPackFee = "pick_pack_fee"
    case stockedShipping = "stocked_shipping"
    case stockedDistanceKm = "stocked_distance_km"
    case stockedDeliveryDays = "stocked_delivery_days"
    // MARKETPLACE
    case marketplaceFeeRate = "marketplace_fee_rate"
    case marketplaceFulfillmentFee = "marketplace_fulfillment_fee"
    case marketplaceStorageCost = "marketplace_storage_cost"
    case marketplaceStorageRateL = "marketplace_storage_rate_l"
    case peakStorageMultiplier = "peak_storage_multiplier"
    case marketplaceInboundCost = "marketplace_inbound_cost"
    case marketplaceInboundDays = "marketplace_inbound_days"
    case marketplaceDeliveryDays = "marketplace_delivery_days"
    // Returns
    case returnRate = "return_rate"
    case virtualReturnRate = "virtual_return_rate"
    case stockedReturnRate = "stocked_return_rate"
    case marketplaceReturnRate = "marketplace_return_rate"
    case returnHandlingCost = "return_handling_cost"
    case virtualRestockRate = "virtual_restock_rate"
    case restockRate = "restock_rate"
    // Money, service and policy
    case paymentFeeRate = "payment_fee_rate"
    case capitalRate = "capital_rate"
    case obsolescenceRate = "obsolescence_rate"
    case serviceLevel = "service_level"
    case reviewDays = "review_days"
    case expectedDeliveryDays = "expected_delivery_days"
    case lostSalesPerLateDay = "lost_sales_per_late_day"
    case minHistoryMonths = "min_history_months"
    case xyzXMaxCV = "xyz_x_max_cv"
    case xyzYMaxCV = "xyz_y_max_cv"
    // Parcel rate card
    case shipBase = "ship_base"
    case shipPerKg = "ship_per_kg"
    case shipPer1000Km = "ship_per_1000km"
    // Today
    case currentModel = "current_model"

    /// The snake_case name: CSV column, settings key, `--set` name.
    package var name: String { rawValue }

    /// The input with this snake_case name, if any.
    package init?(name: String) { self.init(rawValue: name) }

    /// Position in ``allCases``: the order of the reference table.
    ///
    /// A switch, because it is read for every input of every row: computing
    /// it as `Self.allCases.firstIndex(of: self)!` made `rank --format csv`
    /// 45 % slower (100,000 generated rows, one thread: 2.66–2.75 s of CPU
    /// against 1.85–1.89 s; 2026-12-06). A test checks it against ``allCases``.
    package var ordinal: Int {
        switch self {
        case .sku: return 0
        case .price: return 1
        case .monthlyDemand: return 2
        case .demandHistory: return 3
        case .demandSD: return 4
        case .demandCV: return 5
        case .historyMonths: return 6
        case .unitsPerOrder: return 7
        case .weightKg: return 8
        case .volumeL: return 9
        case .virtualUnitCost: return 10
        case .virtualOrderFee: return 11
        case .virtualShipping: return 12
        case .virtualDistanceKm: return 13
        case .virtualDeliveryDays: return 14
        case .stockedUnitCost: return 15
        case .inboundCost: return 16
        case .orderCost: return 17
        case .moq: return 18
        case .supplierLeadDays: return 19
        case .leadTimeSDDays: return 20
        case .storageCost: return 21
        case .storageRateL: return 22
        case .pickPackFee: return 23
        case .stockedShipping: return 24
        case .stockedDistanceKm: return 25
        case .stockedDeliveryDays: return 26
        case .marketplaceFeeRate: return 27
        case .marketplaceFulfillmentFee: return 28
        case .marketplaceStorageCost: return 29
        case .marketplaceStorageRateL: return 30
        case .peakStorageMultiplier: return 31
        case .marketplaceInboundCost: return 32
        case .marketplaceInboundDays: return 33
        case .marketplaceDeliveryDays: return 34
        case .returnRate: return 35
        case .virtualReturnRate: return 36
        case .stockedReturnRate: return 37
        case .marketplaceReturnRate: return 38
        case .returnHandlingCost: return 39
        case .virtualRestockRate: return 40
        case .restockRate: return 41
        case .paymentFeeRate: return 42
        case .capitalRate: return 43
        case .obsolescenceRate: return 44
        case .serviceLevel: return 45
        case .reviewDays: return 46
        case .expectedDeliveryDays: return 47
        case .lostSalesPerLateDay: return 48
        case .minHistoryMonths: return 49
        case .xyzXMaxCV: return 50
        case .xyzYMaxCV: return 51
        case .shipBase: return 52
        case .shipPerKg: return 53
        case .shipPer1000Km: return 54
        case .currentModel: return 55
        }
    }

    package static func < (lhs: InputName, rhs: InputName) -> Bool { lhs.ordinal < rhs.ordinal }

    /// The inputs that hold a number (all but `sku`, `demand_history` and `current_model`).
    package static let numeric: [InputName] = allCases.filter(\.isNumeric)

    /// Whether the input is a number.
    package var isNumeric: Bool {
        switch self {
        case .sku, .demandHistory, .currentModel: return false
        default: return true
        }
    }
}
