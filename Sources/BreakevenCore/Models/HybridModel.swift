/// HYBRID: a small base stock topped up every review period, the overflow
/// shipped virtually (MODEL.md §3).
///
/// Per period of R months, demand is normal with mean μ' R and deviation
/// σ' √R, where μ', σ' are the demand left at STOCKED's delivery promise.
/// The base stock S is a newsvendor quantity: a unit the stock does not hold
/// loses cᵤ = m_S − κ max(m_V, 0), a unit left over for a period costs
/// cₒ = H R / 12. Overflow buyers see VIRTUAL's promise, so only
/// κ = (1 − λ_V) / (1 − λ_S) of them buy (none when a virtual unit would be
/// sold at a loss).
///
/// Refinements over MODEL.md:
/// - The profit charges holding on the average stock (S + leftover) / 2, so a
///   unit of base stock that sells also costs half a period, cₒ / 2. The S
///   that maximises that profit is the newsvendor quantity with underage
///   cᵤ − cₒ / 2 and overage cₒ, critical fractile (cᵤ − cₒ/2) / (cᵤ + cₒ/2);
///   MODEL.md's cᵤ / (cᵤ + cₒ) overstocks. No base stock when cᵤ ≤ cₒ / 2.
/// - The normal demand of a period can be negative, so the units served from
///   stock are held in [0, min(S, μ' R)].
///
/// With no base stock (cᵤ ≤ 0, S = 0, or a stock that earns less than none)
/// HYBRID is VIRTUAL: the same profit, costs and delivery, with S = 0.
package enum HybridModel {
    /// Evaluates HYBRID given the VIRTUAL channel, its evaluation, and the own
    /// warehouse that holds the base stock.
    package static func evaluate(
        virtualChannel: Channel, virtualResult: ModelEvaluation, warehouse: Warehouse,
        price: Double, demand: Demand, policy: Policy
    ) -> ModelEvaluation {
        let curve = Curve(virtualChannel: virtualChannel, warehouse: warehouse, price: price, policy: policy)
        let stockChannel = warehouse.channel
        let served = demand.afterLosing(curve.lostStocked)
        let period = curve.period(servedMean: served.mean, servedDeviation: served.deviation)

        func pureVirtual(fractile: Double? = nil) -> ModelEvaluation {
            var result = virtualResult
            result.model = .hybrid
            result.replenishment = .baseStock(
                BaseStockPolicy(
                    reviewDays: period.reviewMonths * daysPerMonth, baseStock: 0, stockShare: 0,
                    averageStock: 0, criticalFractile: fractile))
            return result
        }
        guard period.holdsStock, period.monthlyProfit > virtualResult.monthlyProfit else {
            return pureVirtual(fractile: period.fractile)
        }

        let unitsPerPeriod = period.fromStock + period.shippedVirtually
        let stockShare = period.fromStock / unitsPerPeriod
        let handling = policy.returnHandlingCost
        let stockLines = stockChannel.unitCosts(price: price, returnHandlingCost: handling)
        let virtualLines = virtualChannel.unitCosts(price: price, returnHandlingCost: handling)
        var lines = stockLines.mixed(with: virtualLines, weight: stockShare)
        lines.storage = period.storage / unitsPerPeriod
        lines.capital = period.capital / unitsPerPeriod
        lines.ordering = warehouse.orderCost / unitsPerPeriod
        func mix(_ a: Double, _ b: Double) -> Double { stockShare * a + (1 - stockShare) * b }
        return ModelEvaluation(
            model: .hybrid, costPerUnit: lines, unitsSold: unitsPerPeriod / period.reviewMonths,
            monthlyProfit: period.monthlyProfit,
            workingCapital: period.averageStock * stockChannel.landedUnitCost,
            deliveryDays: mix(stockChannel.deliveryDays, virtualChannel.deliveryDays),
            lostToDelivery: mix(curve.lostStocked, curve.lostVirtual),
            returnRate: mix(stockChannel.returnRate, virtualChannel.returnRate),
            replenishment: .baseStock(
                BaseStockPolicy(
                    reviewDays: period.reviewMonths * daysPerMonth, baseStock: period.baseStock,
                    stockShare: stockShare, averageStock: period.averageStock,
                    criticalFractile: period.fractile)))
    }

    /// One review period of the base-stock policy at a served demand.
    struct Period {
        /// R, months.
        var reviewMonths: Double
        /// The critical fractile, when a base stock was considered.
        var fractile: Double?
        /// S, units.
        var baseStock = 0.0
        /// Units per period.
        var fromStock = 0.0
        var shippedVirtually = 0.0
        var averageStock = 0.0
        /// Money per period.
        var storage = 0.0
        var capital = 0.0
        /// The monthly profit with this base stock (before comparing with VIRTUAL).
        var monthlyProfit = 0.0

        /// Whether a base stock is held and something sells.
        var holdsStock: Bool { baseStock > 0 && fromStock + shippedVirtually > 0 }
    }

    /// Everything about a SKU's HYBRID that does not change with demand.
    struct Curve {
        let lostStocked: Double
        let lostVirtual: Double
        let stockMargin: Double
        let virtualMargin: Double
        /// κ: the share of overflow buyers kept (0 when a virtual unit loses money).
        let keptOverflow: Double
        /// H, per unit per year.
        let holdingCost: Double
        let storagePerUnitMonth: Double
        let capitalPerUnitMonth: Double
        let orderCost: Double
        let minimumOrderQuantity: Double
        let reviewDays: Double?

        init(virtualChannel: Channel, warehouse: Warehouse, price: Double, policy: Policy) {
            let handling = policy.returnHandlingCost
            lostStocked = policy.lostShare(deliveryDays: warehouse.channel.deliveryDays)
            lostVirtual = policy.lostShare(deliveryDays: virtualChannel.deliveryDays)
            stockMargin = warehouse.channel.unitMargin(price: price, returnHandlingCost: handling)
            virtualMargin = virtualChannel.unitMargin(price: price, returnHandlingCost: handling)
            keptOverflow = virtualMargin > 0 && lostStocked < 1 ? (1 - lostVirtual) / (1 - lostStocked) : 0
            holdingCost = warehouse.holdingCostPerUnitYear(policy: policy)
            storagePerUnitMonth = warehouse.storagePerUnitMonth
            capitalPerUnitMonth = policy.carryingRate * warehouse.channel.landedUnitCost / 12
            orderCost = warehouse.orderCost
            minimumOrderQuantity = warehouse.minimumOrderQuantity
            reviewDays = policy.reviewDays
        }

        /// R in months: `review_days` when given, else the economic cycle
        /// max(EOQ, moq) / μ', held between 7 days and 12 months.
        func reviewMonths(servedMean u: Double) -> Double {
            if let reviewDays { return reviewDays / daysPerMonth }
            guard u > 0, holdingCost > 0 else { return 12 }
            let economic = InventoryFormulas.economicOrderQuantity(
                annualDemand: 12 * u, orderCost: orderCost, holdingCostPerUnitYear: holdingCost)
            return min(12, max(7 / daysPerMonth, max(economic, minimumOrderQuantity) / u))
        }

        /// The base-stock period at served demand `u` with deviation `deviation`.
        func period(servedMean u: Double, servedDeviation deviation: Double) -> Period {
            let reviewMonths = reviewMonths(servedMean: u)
            var period = Period(reviewMonths: reviewMonths)
            guard u > 0, lostStocked < 1 else { return period }
            let overage = holdingCost * reviewMonths / 12
            // A unit of base stock that sells is held half a period on average.
            let underage = stockMargin - keptOverflow * max(virtualMargin, 0) - overage / 2
            guard underage > 0 else { return period }
            // A fractile of exactly 1 (free holding) would ask for infinite stock.
            let fractile = min(InventoryFormulas.criticalFractile(underage: underage, overage: overage), 1 - 1e-12)
            period.fractile = fractile
            let periodMean = u * reviewMonths
            let periodDeviation = deviation * reviewMonths.squareRoot()
            let baseStock = max(0, periodMean + StandardNormal.quantile(fractile) * periodDeviation)
            guard baseStock > 0 else { return period }
            let fromStock: Double
            if periodDeviation > 0 {
                let k = (baseStock - periodMean) / periodDeviation
                let expected = periodMean - periodDeviation * standardNormalLoss(k)
                fromStock = min(max(expected, 0), baseStock, periodMean)
            } else {
                fromStock = min(baseStock, periodMean)
            }
            let shippedVirtually = keptOverflow * (periodMean - fromStock)
            let averageStock = (baseStock + baseStock - fromStock) / 2
            period.baseStock = baseStock
            period.fromStock = fromStock
            period.shippedVirtually = shippedVirtually
            period.averageStock = averageStock
            period.storage = averageStock * storagePerUnitMonth * reviewMonths
            period.capital = averageStock * capitalPerUnitMonth * reviewMonths
            let profitPerPeriod =
                fromStock * stockMargin + shippedVirtually * virtualMargin - period.storage - period.capital - orderCost
            period.monthlyProfit = profitPerPeriod / reviewMonths
            return period
        }

        /// HYBRID's advantage over VIRTUAL at demand `m`, VIRTUAL earning
        /// `virtualProfit` there: positive exactly when HYBRID holds stock and
        /// earns more (else HYBRID is VIRTUAL and the advantage is 0).
        func advantage(demand m: Double, spread: Demand.Spread, virtualProfit: Double) -> Double {
            let u = m * (1 - lostStocked)
            let period = period(servedMean: u, servedDeviation: Demand.deviation(at: u, spread: spread))
            guard period.holdsStock else { return 0 }
            return max(0, period.monthlyProfit - virtualProfit)
        }
    }
}
