import TestSupport
import Testing

@testable import BreakevenCore

@Suite("VIRTUAL")
struct VirtualModelTests {
    /// A print-on-demand t-shirt, by hand:
    /// shipping 3 + 1 · 0.2 + 0.8 · 8000 / 1000 = 9.60; payment 0.03 · 24.99 = 0.7497;
    /// returns 0.1 · (4 − 0 · 11.5) = 0.40; landed 11.5 + 1 + 0.7497 + 9.60 + 0.40 = 23.2497.
    /// Delivery 6 days vs 4 expected: λ = 0.06, units 40 · 0.94 = 37.6.
    /// Profit 37.6 · (24.99 · 0.9 − 23.2497) = 37.6 · (−0.7587) = −28.52712.
    @Test func handComputedTShirt() throws {
        let evaluation = try evaluate([
            .price: 24.99, .monthlyDemand: 40, .virtualUnitCost: 11.5, .virtualOrderFee: 1,
            .weightKg: 0.2, .virtualDeliveryDays: 6, .returnRate: 0.1,
        ])
        let virtual = try #require(evaluation[.virtual])
        #expect(isCloseMoney(virtual.costPerUnit.shipping, 9.60))
        #expect(isCloseMoney(virtual.costPerUnit.fees, 1.7497))
        #expect(isCloseMoney(virtual.costPerUnit.returns, 0.40))
        #expect(isCloseMoney(virtual.landedCostPerUnit, 23.2497))
        #expect(isClose(virtual.unitsSold, 37.6))
        #expect(isCloseMoney(virtual.monthlyProfit, -28.52712))
        #expect(virtual.workingCapital == 0)
        #expect(virtual.deliveryDays == 6)
        #expect(virtual.replenishment == .none)
    }

    @Test func deliveryLossIsCappedAtAllDemand() {
        let channel = Channel(
            unitCost: 1, feesPerUnit: 0, feeRate: 0, shippingPerUnit: 0, deliveryDays: 90,
            returnRate: 0, restockRate: 0)
        let policy = Policy(
            capitalRate: 0.12, obsolescenceRate: 0.1, serviceLevel: 0.95, expectedDeliveryDays: 4,
            lostSalesPerLateDay: 0.03, returnHandlingCost: 4)
        let result = VirtualModel.evaluate(
            channel: channel, price: 10, demand: Demand(mean: 100, spread: .poisson), policy: policy)
        #expect(result.lostToDelivery == 1)
        #expect(result.unitsSold == 0)
        #expect(result.monthlyProfit == 0)
    }
}
