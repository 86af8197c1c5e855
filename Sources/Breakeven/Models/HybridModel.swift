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
public enum HybridModel {
    /// Evaluates HYBRID given the VIRTUAL channel, its evaluation, and the own
    /// warehouse that holds the base stock.
    public static func evaluate(
        virtualChannel: Channel, virtualResult: ModelEvaluation, warehouse: Warehouse,
        price: Double, demand: Demand, policy: Policy
    ) -> ModelEvaluation {
        let stockChannel = warehouse.channel
        let handling = policy.returnHandlingCost
        let lostStocked = policy.lostShare(deliveryDays: stockChannel.deliveryDays)
        let lostVirtual = policy.lostShare(deliveryDays: virtualChannel.deliveryDays)
        let served = demand.afterLosing(lostStocked)
        let holdingCost = warehouse.holdingCostPerUnitYear(policy: policy)
        let reviewMonths = reviewPeriod(
            demand: served.mean, warehouse: warehouse, holdingCost: holdingCost, policy: policy)

        func pureVirtual(fractile: Double? = nil) -> ModelEvaluation {
            var result = virtualResult
            result.model = .hybrid
            result.replenishment = .baseStock(
                BaseStockPolicy(
                    reviewDays: reviewMonths * daysPerMonth, baseStock: 0, stockShare: 0,
                    averageStock: 0, criticalFractile: fractile))
            return result
        }
        guard served.mean > 0, lostStocked < 1 else { return pureVirtual() }

        let stockMargin = stockChannel.unitMargin(price: price, returnHandlingCost: handling)
        let virtualMargin = virtualChannel.unitMargin(price: price, returnHandlingCost: handling)
        let keptOverflow = virtualMargin > 0 ? (1 - lostVirtual) / (1 - lostStocked) : 0
        let overage = holdingCost * reviewMonths / 12
        // A unit of base stock that sells is held half a period on average.
        let underage = stockMargin - keptOverflow * max(virtualMargin, 0) - overage / 2
        guard underage > 0 else { return pureVirtual() }
        // A fractile of exactly 1 (free holding) would ask for infinite stock.
        let fractile = min(
            InventoryFormulas.criticalFractile(underage: underage, overage: overage), 1 - 1e-12)

        let periodMean = served.mean * reviewMonths
        let periodDeviation = served.deviation * reviewMonths.squareRoot()
        let baseStock = max(0, periodMean + StandardNormal.quantile(fractile) * periodDeviation)
        guard baseStock > 0 else { return pureVirtual(fractile: fractile) }

        let fromStock: Double
        if periodDeviation > 0 {
            let k = (baseStock - periodMean) / periodDeviation
            let expected = periodMean - periodDeviation * standardNormalLoss(k)
            fromStock = min(max(expected, 0), baseStock, periodMean)
        } else {
            fromStock = min(baseStock, periodMean)
        }
        let overflow = periodMean - fromStock
        let shippedVirtually = keptOverflow * overflow
        let leftover = baseStock - fromStock
        let averageStock = (baseStock + leftover) / 2
        let holding = warehouse.monthlyHolding(averageStock: averageStock, policy: policy)
        let holdingPerPeriod = (holding.storage + holding.capital) * reviewMonths
        let profitPerPeriod =
            fromStock * stockMargin + shippedVirtually * virtualMargin - holdingPerPeriod
            - warehouse.orderCost
        let monthlyProfit = profitPerPeriod / reviewMonths
        let unitsPerPeriod = fromStock + shippedVirtually
        guard monthlyProfit > virtualResult.monthlyProfit, unitsPerPeriod > 0 else {
            return pureVirtual(fractile: fractile)
        }

        let stockShare = fromStock / unitsPerPeriod
        let stockLines = stockChannel.unitCosts(price: price, returnHandlingCost: handling)
        let virtualLines = virtualChannel.unitCosts(price: price, returnHandlingCost: handling)
        var lines = stockLines.mixed(with: virtualLines, weight: stockShare)
        lines.storage = holding.storage * reviewMonths / unitsPerPeriod
        lines.capital = holding.capital * reviewMonths / unitsPerPeriod
        lines.ordering = warehouse.orderCost / unitsPerPeriod
        func mix(_ a: Double, _ b: Double) -> Double { stockShare * a + (1 - stockShare) * b }
        return ModelEvaluation(
            model: .hybrid, costPerUnit: lines, unitsSold: unitsPerPeriod / reviewMonths,
            monthlyProfit: monthlyProfit,
            workingCapital: averageStock * stockChannel.landedUnitCost,
            deliveryDays: mix(stockChannel.deliveryDays, virtualChannel.deliveryDays),
            lostToDelivery: mix(lostStocked, lostVirtual),
            returnRate: mix(stockChannel.returnRate, virtualChannel.returnRate),
            replenishment: .baseStock(
                BaseStockPolicy(
                    reviewDays: reviewMonths * daysPerMonth, baseStock: baseStock,
                    stockShare: stockShare, averageStock: averageStock,
                    criticalFractile: fractile)))
    }

    /// R in months: `review_days` when given, else the economic cycle
    /// max(EOQ, moq) / μ', held between 7 days and 12 months.
    static func reviewPeriod(
        demand: Double, warehouse: Warehouse, holdingCost: Double, policy: Policy
    ) -> Double {
        if let days = policy.reviewDays { return days / daysPerMonth }
        let shortest = 7 / daysPerMonth
        guard demand > 0, holdingCost > 0 else { return 12 }
        let economic = InventoryFormulas.economicOrderQuantity(
            annualDemand: 12 * demand, orderCost: warehouse.orderCost,
            holdingCostPerUnitYear: holdingCost)
        return min(12, max(shortest, max(economic, warehouse.minimumOrderQuantity) / demand))
    }
}
