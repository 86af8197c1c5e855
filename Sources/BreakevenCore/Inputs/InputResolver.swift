extension SKUTerms {
    /// Resolves every input of one SKU: an adjustment beats the row, which
    /// beats a settings default, which beats a value derived from other inputs
    /// or the built-in default (MODEL.md §1). Only inputs a model uses are
    /// resolved, so the trace lists exactly the figures behind the numbers.
    ///
    /// - Throws: ``InputError`` when `price` or demand is missing, or a value
    ///   (after adjustments) breaks its constraint.
    package init(_ inputs: SKUInputs, settings: Settings = Settings()) throws(InputError) {
        var resolver = InputResolver(inputs: inputs, settings: settings)
        self = try resolver.terms()
    }
}

/// Resolves one SKU's inputs in order, recording where each value came from.
struct InputResolver {
    let inputs: SKUInputs
    let settings: Settings
    private var trace = InputTrace()

    init(inputs: SKUInputs, settings: Settings) {
        self.inputs = inputs
        self.settings = settings
    }

    mutating func terms() throws(InputError) -> SKUTerms {
        guard let price = try value(.price) else {
            throw InputError(name: .price, reason: "is required")
        }
        let history = inputs.demandHistory
        let historyMean = history.flatMap { $0.isEmpty ? nil : $0.reduce(0, +) / Double($0.count) }
        guard let mean = try value(.monthlyDemand, derived: { _ in historyMean }) else {
            throw InputError(name: .monthlyDemand, reason: "is required (or demand_history)")
        }
        let demand = try resolveDemand(mean: mean, history: history)
        let historyMonths = try value(.historyMonths, derived: { _ in history.map { Double($0.count) } })

        let policy = Policy(
            capitalRate: try required(.capitalRate),
            obsolescenceRate: try required(.obsolescenceRate),
            serviceLevel: try required(.serviceLevel),
            expectedDeliveryDays: try required(.expectedDeliveryDays),
            lostSalesPerLateDay: try required(.lostSalesPerLateDay),
            returnHandlingCost: try required(.returnHandlingCost),
            reviewDays: try value(.reviewDays))
        let minHistory = try required(.minHistoryMonths)
        let xMaxCV = try required(.xyzXMaxCV)
        let yMaxCV = try required(.xyzYMaxCV)

        let virtual = try virtualChannel(price: price)
        let stocked = try stockedWarehouse()
        let marketplace = try marketplaceWarehouse()
        guard virtual != nil || stocked != nil else {
            throw InputError(
                name: .virtualUnitCost,
                reason: "or stocked_unit_cost is required: without a unit cost no model can be evaluated")
        }

        return SKUTerms(
            sku: inputs.sku, name: inputs.name, price: price, demand: demand, demandHistory: history,
            historyMonths: historyMonths, minHistoryMonths: minHistory, xMaxCV: xMaxCV,
            yMaxCV: yMaxCV, policy: policy, virtual: virtual, stocked: stocked,
            marketplace: marketplace, currentModel: inputs.currentModel, trace: trace)
    }

    // MARK: Demand

    /// σ: given; else the sample sd of a history of two months or more; else
    /// demand_cv × μ; else √μ (Poisson), recorded as a built-in default.
    private mutating func resolveDemand(mean: Double, history: [Double]?) throws(InputError) -> Demand {
        let cv = try value(.demandCV)
        let deviation = try value(
            .demandSD,
            derived: { _ in
                if let history, history.count >= 2 { return sampleVariance(history).squareRoot() }
                return cv.map { $0 * mean }
            })
        if let deviation { return Demand(mean: mean, deviation: deviation, fallbackCV: cv) }
        let poisson = Demand(mean: mean, spread: .poisson)
        trace.record(.demandSD, poisson.deviation, .builtIn)
        return poisson
    }

    // MARK: Channels

    private mutating func virtualChannel(price: Double) throws(InputError) -> Channel? {
        guard let unitCost = try value(.virtualUnitCost) else { return nil }
        let unitsPerOrder = try required(.unitsPerOrder)
        let orderFee = try required(.virtualOrderFee)
        let shipping = try required(
            .virtualShipping, derived: { r throws(InputError) in try r.rateCard(distance: .virtualDistanceKm) })
        return Channel(
            unitCost: unitCost, feesPerUnit: orderFee / unitsPerOrder,
            feeRate: try required(.paymentFeeRate), shippingPerUnit: shipping,
            deliveryDays: try required(.virtualDeliveryDays),
            returnRate: try returnRate(.virtualReturnRate),
            restockRate: try required(.virtualRestockRate))
    }

    private mutating func stockedWarehouse() throws(InputError) -> Warehouse? {
        guard let unitCost = try value(.stockedUnitCost) else { return nil }
        let unitsPerOrder = try required(.unitsPerOrder)
        let shipping = try required(
            .stockedShipping, derived: { r throws(InputError) in try r.rateCard(distance: .stockedDistanceKm) })
        let storage = try required(
            .storageCost,
            derived: { r throws(InputError) in try r.required(.volumeL) * r.required(.storageRateL) })
        let channel = Channel(
            unitCost: unitCost, inboundCost: try required(.inboundCost),
            feesPerUnit: try required(.pickPackFee) / unitsPerOrder,
            feeRate: try required(.paymentFeeRate), shippingPerUnit: shipping,
            deliveryDays: try required(.stockedDeliveryDays),
            returnRate: try returnRate(.stockedReturnRate),
            restockRate: try required(.restockRate))
        return Warehouse(
            channel: channel, storagePerUnitMonth: storage, orderCost: try required(.orderCost),
            minimumOrderQuantity: try required(.moq), leadTimeDays: try required(.supplierLeadDays),
            leadTimeDeviationDays: try simulatorOnly(.leadTimeSDDays))
    }

    private mutating func marketplaceWarehouse() throws(InputError) -> Warehouse? {
        guard let unitCost = try value(.stockedUnitCost),
            let fulfilment = try value(.marketplaceFulfillmentFee)
        else { return nil }
        let storage = try required(
            .marketplaceStorageCost,
            derived: { r throws(InputError) in
                let offPeak = try r.required(.volumeL) * r.required(.marketplaceStorageRateL)
                return offPeak * (9 + 3 * (try r.required(.peakStorageMultiplier))) / 12
            })
        let channel = Channel(
            unitCost: unitCost, inboundCost: try required(.marketplaceInboundCost),
            feesPerUnit: fulfilment, feeRate: try required(.marketplaceFeeRate), shippingPerUnit: 0,
            deliveryDays: try required(.marketplaceDeliveryDays),
            returnRate: try returnRate(.marketplaceReturnRate),
            restockRate: try required(.restockRate))
        let leadDays = try required(.supplierLeadDays) + required(.marketplaceInboundDays)
        return Warehouse(
            channel: channel, storagePerUnitMonth: storage, orderCost: try required(.orderCost),
            minimumOrderQuantity: try required(.moq), leadTimeDays: leadDays,
            leadTimeDeviationDays: try simulatorOnly(.leadTimeSDDays))
    }

    /// A per-model return rate, falling back to `return_rate`.
    private mutating func returnRate(_ name: InputName) throws(InputError) -> Double {
        try required(name, derived: { r throws(InputError) in try r.required(.returnRate) })
    }

    /// The rate card's price per unit of one parcel of `units_per_order` units
    /// sent `distance` km: (base + per kg × weight × units + per 1000 km × km / 1000) / units.
    private mutating func rateCard(distance: InputName) throws(InputError) -> Double {
        let units = try required(.unitsPerOrder)
        let parcel =
            try required(.shipBase) + required(.shipPerKg) * required(.weightKg) * units
            + required(.shipPer1000Km) * required(distance) / 1000
        return parcel / units
    }

    // MARK: Lookup

    /// An input that always has a value (a built-in default or a derivation).
    private mutating func required(
        _ name: InputName, derived: ((inout InputResolver) throws(InputError) -> Double?)? = nil
    ) throws(InputError) -> Double {
        guard let resolved = try value(name, derived: derived) else {
            preconditionFailure("\(name.name) has no default")
        }
        return resolved
    }

    /// An input only the simulator uses (`lead_time_sd_days`), resolved and
    /// checked as any other but left out of the trace when it is the built-in
    /// default: the trace lists the figures behind the analytic numbers, and
    /// these do not use it. Given by the row, a setting or a `--set`, it is
    /// listed, so `explain` shows what the simulator will use.
    private mutating func simulatorOnly(_ name: InputName) throws(InputError) -> Double {
        let resolved = try required(name)
        if trace.source(of: name) == .builtIn { trace.remove(name) }
        return resolved
    }

    /// The value of an input, or `nil` when nothing gives it.
    private mutating func value(
        _ name: InputName, derived: ((inout InputResolver) throws(InputError) -> Double?)? = nil
    ) throws(InputError) -> Double? {
        if let cached = trace.value(of: name) { return cached }
        var resolved: Double?
        var source = InputSource.row
        let adjustment = settings.adjustments.isEmpty ? nil : settings.adjustments[name]
        if case .set(let new)? = adjustment {
            resolved = new
            source = .override
        } else if let given = inputs.values[name] {
            resolved = given
        } else if let setting = settings.defaults[name] {
            resolved = setting
            source = .settings
        } else if let derived, let worked = try derived(&self) {
            resolved = worked
            source = .derived
        } else if let builtIn = name.builtInValue {
            resolved = builtIn
            source = .builtIn
        }
        guard var result = resolved else { return nil }
        if let adjustment, source != .override, let adjusted = adjustment.apply(to: result) {
            result = adjusted
            source = .adjusted
        }
        if let reason = name.constraint.violation(by: result) {
            throw InputError(name: name, reason: reason, value: result)
        }
        trace.record(name, result, source)
        return result
    }
}
