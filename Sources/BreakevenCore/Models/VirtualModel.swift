/// VIRTUAL: dropship or print on demand. No stock; every unit is bought and
/// shipped by the supplier when it sells (MODEL.md §3).
package enum VirtualModel {
    /// Evaluates VIRTUAL.
    ///
    /// Per unit: unit cost + order fee / units per order + shipping + payment
    /// fee + returns. Units sold are the demand left after the delivery penalty.
    /// Working capital is 0.
    package static func evaluate(
        channel: Channel, price: Double, demand: Demand, policy: Policy
    ) -> ModelEvaluation {
        let lost = policy.lostShare(deliveryDays: channel.deliveryDays)
        let units = demand.mean * (1 - lost)
        let lines = channel.unitCosts(price: price, returnHandlingCost: policy.returnHandlingCost)
        return ModelEvaluation(
            model: .virtual, costPerUnit: lines, unitsSold: units,
            monthlyProfit: units * (channel.netRevenue(price: price) - lines.total),
            workingCapital: 0, deliveryDays: channel.deliveryDays, lostToDelivery: lost,
            returnRate: channel.returnRate, replenishment: .none)
    }
}
