/// STOCKED and MARKETPLACE: stock replenished by a continuous-review (r, Q)
/// policy with lost sales (MODEL.md §3).
///
/// - Q = max(moq, EOQ, 1) with EOQ = √(2 D K / H), D = 12 μ' per year.
///   When H is 0 (nothing costs to hold) one order a year: Q = max(moq, D, 1).
/// - SS = z(service level) σ' √L; reorder point μ' L + SS.
/// - A cycle runs short by σ' √L G(z) units; the fill rate is
///   1 − σ' √L G(z) / Q, held in [0, 1], and units sold are μ' × fill rate.
/// - Monthly ordering D / Q × K / 12; holding (Q / 2 + SS) × H / 12, split
///   into storage and capital lines and spread over the units sold.
///
/// When no demand is left after the delivery penalty, or the fill rate is 0,
/// no stock is held: nothing sells and the profit is 0.
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
        let economic =
            holdingCost > 0
            ? InventoryFormulas.economicOrderQuantity(
                annualDemand: annualDemand, orderCost: warehouse.orderCost,
                holdingCostPerUnitYear: holdingCost)
            : annualDemand
        let orderQuantity = max(economic, warehouse.minimumOrderQuantity, 1)
        let z = StandardNormal.quantile(policy.serviceLevel)
        let leadTimeDeviation = served.deviation * leadTime.squareRoot()
        let safetyStock = z * leadTimeDeviation
        let shortPerCycle = leadTimeDeviation * standardNormalLoss(z)
        let fillRate = min(1, max(0, 1 - shortPerCycle / orderQuantity))
        guard fillRate > 0 else { return result }

        let units = served.mean * fillRate
        let averageStock = max(0, orderQuantity / 2 + safetyStock)
        let holding = warehouse.monthlyHolding(averageStock: averageStock, policy: policy)
        let orderingPerMonth = served.mean / orderQuantity * warehouse.orderCost
        var lines = unitLines
        lines.storage = holding.storage / units
        lines.capital = holding.capital / units
        lines.ordering = orderingPerMonth / units

        result.costPerUnit = lines
        result.unitsSold = units
        result.monthlyProfit = units * (channel.netRevenue(price: price) - lines.total)
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
