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
package enum ContinuousReviewModel {
    /// Evaluates the model `model` (`.stocked` or `.marketplace`) from `warehouse`.
    package static func evaluate(
        _ model: FulfilmentModel, warehouse: Warehouse, price: Double, demand: Demand,
        policy: Policy
    ) -> ModelEvaluation {
        let curve = Curve(warehouse: warehouse, price: price, policy: policy)
        let channel = warehouse.channel
        let served = demand.afterLosing(curve.lostShare)
        var result = ModelEvaluation(
            model: model, costPerUnit: curve.unitLines, unitsSold: 0, monthlyProfit: 0,
            workingCapital: 0, deliveryDays: channel.deliveryDays, lostToDelivery: curve.lostShare,
            returnRate: channel.returnRate,
            replenishment: .continuousReview(
                ContinuousReviewPolicy(
                    orderQuantity: 0, safetyStock: 0, reorderPoint: 0, fillRate: 0,
                    leadTimeMonths: curve.leadTime, holdingCostPerUnitYear: curve.holdingCost, averageStock: 0)))
        guard served.mean > 0 else { return result }

        let point = curve.operatingPoint(servedMean: served.mean, servedDeviation: served.deviation)
        var lines = curve.unitLines
        if point.units > 0 {
            lines.storage = point.storage / point.units
            lines.capital = point.capital / point.units
            lines.ordering = point.ordering / point.units
        }
        result.costPerUnit = lines
        result.unitsSold = point.units
        result.monthlyProfit = point.profit
        result.workingCapital = point.averageStock * channel.landedUnitCost
        result.replenishment = .continuousReview(
            ContinuousReviewPolicy(
                orderQuantity: point.orderQuantity, safetyStock: point.safetyStock,
                reorderPoint: served.mean * curve.leadTime + point.safetyStock, fillRate: point.fillRate,
                leadTimeMonths: curve.leadTime, holdingCostPerUnitYear: curve.holdingCost,
                averageStock: point.averageStock))
        return result
    }

    /// The policy and money of one month at a served demand.
    struct OperatingPoint {
        var orderQuantity: Double
        var safetyStock: Double
        var fillRate: Double
        var units: Double
        var averageStock: Double
        /// Money per month.
        var storage: Double
        var capital: Double
        var ordering: Double
        var profit: Double
    }

    /// Everything about a SKU's (r, Q) model that does not change with demand,
    /// so that the profit at another demand costs a few operations (break-even
    /// searches evaluate it many times).
    struct Curve {
        let lostShare: Double
        let unitLines: CostBreakdown
        /// Money kept per unit sold before ordering and holding.
        let margin: Double
        /// H, per unit per year.
        let holdingCost: Double
        let storagePerUnitMonth: Double
        /// Carrying cost of one unit for a month.
        let capitalPerUnitMonth: Double
        let orderCost: Double
        /// max(moq, 1).
        let lowest: Double
        /// L in months.
        let leadTime: Double
        /// z(service level).
        let z: Double
        /// G(z) √L: units short per cycle per unit of σ'.
        let shortPerDeviation: Double

        init(warehouse: Warehouse, price: Double, policy: Policy) {
            let channel = warehouse.channel
            lostShare = policy.lostShare(deliveryDays: channel.deliveryDays)
            unitLines = channel.unitCosts(price: price, returnHandlingCost: policy.returnHandlingCost)
            margin = channel.netRevenue(price: price) - unitLines.total
            holdingCost = warehouse.holdingCostPerUnitYear(policy: policy)
            storagePerUnitMonth = warehouse.storagePerUnitMonth
            capitalPerUnitMonth = policy.carryingRate * channel.landedUnitCost / 12
            orderCost = warehouse.orderCost
            lowest = max(warehouse.minimumOrderQuantity, 1)
            leadTime = warehouse.leadTimeMonths
            z = StandardNormal.quantile(policy.serviceLevel)
            shortPerDeviation = standardNormalLoss(z) * leadTime.squareRoot()
        }

        /// The profit-maximising policy at served demand `u` (units per month)
        /// with deviation `deviation`; see the type's documentation.
        func operatingPoint(servedMean u: Double, servedDeviation deviation: Double) -> OperatingPoint {
            let annualDemand = 12 * u
            let safetyStock = z * deviation * leadTime.squareRoot()
            let shortPerCycle = shortPerDeviation * deviation

            func outcome(_ q: Double) -> OperatingPoint {
                let fill = min(1, max(0, 1 - shortPerCycle / q))
                let units = u * fill
                let average = max(0, q / 2 + safetyStock)
                let storage = average * storagePerUnitMonth
                let capital = average * capitalPerUnitMonth
                let ordering = u / q * orderCost
                return OperatingPoint(
                    orderQuantity: q, safetyStock: safetyStock, fillRate: fill, units: units, averageStock: average,
                    storage: storage, capital: capital, ordering: ordering,
                    profit: units * margin - storage - capital - ordering)
            }

            guard holdingCost > 0 else { return outcome(max(annualDemand, lowest)) }
            // Where some units sell (q > n): Q* = √(2 D (K + m n) / H), or the lowest q when K + m n ≤ 0.
            let selling = InventoryFormulas.economicOrderQuantity(
                annualDemand: annualDemand, orderCost: max(0, orderCost + margin * shortPerCycle),
                holdingCostPerUnitYear: holdingCost)
            let sold = outcome(max(selling, lowest, shortPerCycle))
            guard shortPerCycle > lowest else { return sold }
            // Where nothing sells (q ≤ n) only K and H count: the EOQ, held in [lowest, n].
            let economic = InventoryFormulas.economicOrderQuantity(
                annualDemand: annualDemand, orderCost: orderCost, holdingCostPerUnitYear: holdingCost)
            let idle = outcome(min(max(economic, lowest), shortPerCycle))
            return idle.profit > sold.profit ? idle : sold
        }

        /// The monthly profit at demand `m` (before the delivery penalty).
        func profit(demand m: Double, spread: Demand.Spread) -> Double {
            let u = m * (1 - lostShare)
            guard u > 0 else { return 0 }
            return operatingPoint(servedMean: u, servedDeviation: Demand.deviation(at: u, spread: spread)).profit
        }

        /// Where the profit crosses a VIRTUAL profit of `slope` × m, in closed
        /// form, when the SKU's figures allow it; `nil` when they do not and a
        /// search is needed.
        ///
        /// With σ' = cv μ' and the policy in its main regime (Q = Q* above the
        /// MOQ and the shortage, z ≥ 0, holding and margin positive, VIRTUAL
        /// not losing money), the profit is
        /// μ' m_S − 2 √(μ' (K + m_S ν μ') H / 24) − s μ' H / 12 with μ' = a m,
        /// ν = cv √L G(z) and s = z cv √L. The difference from VIRTUAL is then
        /// f(m) = A m − 2 √(B m + C m²), A = a m_S − s a H / 12 − slope,
        /// B = a K H / 24, C = a² m_S ν H / 24, and f(m) / m is increasing:
        /// one crossing, at m* = 4 B / (A² − 4 C) when A > 2 √C, none otherwise.
        /// The regime is checked at m*; below m* the actual profit can only be
        /// lower (a forced larger lot, clamps), so m* is the first crossing.
        func crossing(withVirtualSlope slope: Double, spread: Demand.Spread) -> BreakEvenVolume? {
            guard case .proportional(let cv) = spread, holdingCost > 0, margin > 0, z >= 0, slope >= 0,
                orderCost > 0
            else { return nil }
            let a = 1 - lostShare
            guard a > 0 else { return .never }
            let nu = cv * shortPerDeviation
            let s = z * cv * leadTime.squareRoot()
            let bigA = a * margin - s * a * holdingCost / 12 - slope
            let bigB = a * orderCost * holdingCost / 24
            let bigC = a * a * margin * nu * holdingCost / 24
            guard bigA > 0, bigA * bigA > 4 * bigC else { return .never }
            let root = 4 * bigB / (bigA * bigA - 4 * bigC)
            // The regime at the root: the profit-maximising Q clears the MOQ and the shortage.
            let u = a * root
            let deviation = cv * u
            let q = InventoryFormulas.economicOrderQuantity(
                annualDemand: 12 * u, orderCost: orderCost + margin * shortPerDeviation * deviation,
                holdingCostPerUnitYear: holdingCost)
            guard q >= lowest, q > shortPerDeviation * deviation, q / 2 + z * deviation * leadTime.squareRoot() >= 0
            else { return nil }
            if root < BreakEven.range.lowerBound { return .always }
            if root > BreakEven.range.upperBound { return .never }
            return .units(root)
        }
    }
}
