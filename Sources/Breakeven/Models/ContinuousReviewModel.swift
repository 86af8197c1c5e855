/// STOCKED and MARKETPLACE: stock replenished by a continuous-review (r, Q)
/// policy with lost sales (MODEL.md §3).
///
/// - SS = z(service level) σ' √L; reorder point μ' L + SS.
/// - A cycle runs short by n = σ' √L G(z) units; the fill rate is 1 − n / Q,
///   held in [0, 1], and units sold are μ' × fill rate.
/// - Monthly ordering D / Q × K / 12 with D = 12 μ' per year; holding
///   (Q / 2 + SS) × H / 12, split into storage and capital lines and spread
///   over the units sold.
/// - Q maximises that profit over Q ≥ max(moq, 1). Where the fill rate is
///   positive the profit is μ' m − μ' (K + m n) / Q − Q H / 24 − SS H / 12, so
///   Q* = √(2 D (K + m n) / H), m being the margin a unit short would have
///   earned: the (s, Q) order quantity with a cost per unit short (Hadley &
///   Whitin 1963; Silver, Pyke & Thomas, ch. 7). Without variability (n = 0)
///   it is the EOQ √(2 D K / H) of MODEL.md. Refinement over MODEL.md, which
///   uses the EOQ alone: a larger Q also means fewer cycles that run short,
///   and a Q that maximises the profit makes raising any cost lower the
///   profit (the envelope theorem). In the rare case where the expected
///   shortage n exceeds the order quantity (very erratic demand, a unit that
///   loses money), the best of the orders that sell nothing is compared too.
///   When holding costs nothing (H = 0): one order a year, Q = max(moq, D, 1).
///
/// With no demand left after the delivery penalty nothing is stocked and the
/// profit is 0. When the fill rate is 0 nothing sells but the stock still
/// costs: the fixed costs count in the profit, not in the cost per unit.
public enum ContinuousReviewModel {
    /// Evaluates the model `model` (`.stocked` or `.marketplace`) from `warehouse`.
    public static func evaluate(
        _ model: FulfilmentModel, warehouse: Warehouse, price: Double, demand: Demand,
        policy: Policy
    ) -> ModelEvaluation {
        let channel = warehouse.channel
        let lost = policy.lostShare(deliveryDays: channel.deliveryDays)
        let served = demand.afterLosing(lost)
        let unitLines = channel.unitCosts(price: price, returnHandlingCost: policy.returnHandlingCost)
        let holdingCost = warehouse.holdingCostPerUnitYear(policy: policy)
        let leadTime = warehouse.leadTimeMonths
        var result = ModelEvaluation(
            model: model, costPerUnit: unitLines, unitsSold: 0, monthlyProfit: 0,
            workingCapital: 0, deliveryDays: channel.deliveryDays, lostToDelivery: lost,
            returnRate: channel.returnRate,
            replenishment: .continuousReview(
                ContinuousReviewPolicy(
                    orderQuantity: 0, safetyStock: 0, reorderPoint: 0, fillRate: 0,
                    leadTimeMonths: leadTime, holdingCostPerUnitYear: holdingCost, averageStock: 0)))
        guard served.mean > 0 else { return result }

        let annualDemand = 12 * served.mean
        let z = StandardNormal.quantile(policy.serviceLevel)
        let leadTimeDeviation = served.deviation * leadTime.squareRoot()
        let safetyStock = z * leadTimeDeviation
        let shortPerCycle = leadTimeDeviation * standardNormalLoss(z)
        let margin = channel.netRevenue(price: price) - unitLines.total
        let lowest = max(warehouse.minimumOrderQuantity, 1)

        /// Units sold, holding and ordering per month for an order quantity `q`.
        func outcome(_ q: Double) -> (units: Double, holding: (storage: Double, capital: Double),
                                      ordering: Double, profit: Double) {
            let units = served.mean * min(1, max(0, 1 - shortPerCycle / q))
            let holding = warehouse.monthlyHolding(averageStock: max(0, q / 2 + safetyStock), policy: policy)
            let ordering = served.mean / q * warehouse.orderCost
            return (units, holding, ordering, units * margin - holding.storage - holding.capital - ordering)
        }

        var orderQuantity: Double
        if holdingCost > 0 {
            // Where some units sell (q > n): Q* = √(2 D (K + m n) / H), or the lowest q when K + m n ≤ 0.
            let selling = InventoryFormulas.economicOrderQuantity(
                annualDemand: annualDemand, orderCost: max(0, warehouse.orderCost + margin * shortPerCycle),
                holdingCostPerUnitYear: holdingCost)
            orderQuantity = max(selling, lowest, shortPerCycle)
            if shortPerCycle > lowest {
                // Where nothing sells (q ≤ n) only K and H count: the EOQ, held in [lowest, n].
                let economic = InventoryFormulas.economicOrderQuantity(
                    annualDemand: annualDemand, orderCost: warehouse.orderCost,
                    holdingCostPerUnitYear: holdingCost)
                let idle = min(max(economic, lowest), shortPerCycle)
                if outcome(idle).profit > outcome(orderQuantity).profit { orderQuantity = idle }
            }
        } else {
            orderQuantity = max(annualDemand, lowest)
        }
        let fillRate = min(1, max(0, 1 - shortPerCycle / orderQuantity))
        let (units, holding, orderingPerMonth, profit) = outcome(orderQuantity)
        let averageStock = max(0, orderQuantity / 2 + safetyStock)
        var lines = unitLines
        if units > 0 {
            lines.storage = holding.storage / units
            lines.capital = holding.capital / units
            lines.ordering = orderingPerMonth / units
        }

        result.costPerUnit = lines
        result.unitsSold = units
        result.monthlyProfit = profit
        result.workingCapital = averageStock * channel.landedUnitCost
        result.replenishment = .continuousReview(
            ContinuousReviewPolicy(
                orderQuantity: orderQuantity, safetyStock: safetyStock,
                reorderPoint: served.mean * leadTime + safetyStock, fillRate: fillRate,
                leadTimeMonths: leadTime, holdingCostPerUnitYear: holdingCost,
                averageStock: averageStock))
        return result
    }
}
