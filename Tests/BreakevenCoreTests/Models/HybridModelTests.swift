import TestSupport
import Testing

@testable import BreakevenCore

@Suite("HYBRID: base stock with virtual overflow")
struct HybridModelTests {
    /// A SKU built so that the newsvendor is the textbook one: review period one
    /// month, μ' R = 50, σ' √R = 8; overage cₒ = H R / 12 = 2.16 / 12 = 0.18
    /// (storage 0.18 a month, no capital cost); the lost margin of a unit not
    /// held is m_S = 10 − 9.21 = 0.79 (VIRTUAL earns nothing per unit, so κ = 0),
    /// less the half period a sold unit is held, 0.09: underage 0.7.
    /// S = 56.60395592743389. By hand (scipy): served 50 − 8 G(k) = 49.08080326563802,
    /// average stock (S + S − served) / 2 = 32.063554294614875,
    /// profit 0.79 · served − 0.18 · average = 33.002394806823354.
    @Test func textbookNewsvendorThroughASKU() throws {
        let evaluation = try evaluate([
            .price: 10, .monthlyDemand: 50, .demandSD: 8, .reviewDays: daysPerMonth,
            .stockedUnitCost: 9.21, .storageCost: 0.18, .capitalRate: 0, .obsolescenceRate: 0,
            .returnRate: 0, .paymentFeeRate: 0, .pickPackFee: 0, .stockedShipping: 0, .orderCost: 0,
            .virtualUnitCost: 10, .virtualShipping: 0,
        ])
        let hybrid = try #require(evaluation[.hybrid])
        let policy = try #require(hybrid.baseStock)
        #expect(isClose(policy.baseStock, 56.60395592743389, relative: 1e-13))
        #expect(isClose(policy.reviewDays, daysPerMonth))
        #expect(isClose(policy.averageStock, 32.063554294614875, relative: 1e-12))
        #expect(policy.stockShare == 1)
        #expect(isCloseMoney(hybrid.monthlyProfit, 33.002394806823354))
        #expect(isCloseMoney(hybrid.workingCapital, 32.063554294614875 * 9.21))
    }

    @Test func withoutAStockAdvantageItIsExactlyVirtual() throws {
        // Stocked margin below virtual's: cᵤ ≤ 0, S = 0.
        let evaluation = try evaluate([
            .price: 20, .monthlyDemand: 100, .virtualUnitCost: 5, .virtualShipping: 1,
            .virtualDeliveryDays: 3, .stockedUnitCost: 15,
        ])
        let hybrid = try #require(evaluation[.hybrid])
        let virtual = try #require(evaluation[.virtual])
        #expect(hybrid.monthlyProfit == virtual.monthlyProfit)
        #expect(hybrid.costPerUnit == virtual.costPerUnit)
        #expect(hybrid.baseStock?.baseStock == 0)
        #expect(hybrid.workingCapital == 0)
    }

    @Test func economicReviewPeriodIsHeldBetweenAWeekAndAYear() throws {
        let fast = try evaluate([.price: 20, .monthlyDemand: 100_000, .virtualUnitCost: 5, .stockedUnitCost: 3])
        #expect(isClose(try #require(fast[.hybrid]?.baseStock?.reviewDays), 7))
        let slow = try evaluate([.price: 20, .monthlyDemand: 0.01, .virtualUnitCost: 5, .stockedUnitCost: 3])
        #expect(isClose(try #require(slow[.hybrid]?.baseStock?.reviewDays), 12 * daysPerMonth))
    }

    /// Units served from stock and shipped virtually add up, the mix of the
    /// cost lines reproduces the profit, and the delivery days are the mix.
    @Test func mixedBreakdownReproducesTheProfit() throws {
        let evaluation = try evaluate([
            .price: 40, .monthlyDemand: 30, .demandSD: 25, .virtualUnitCost: 14, .virtualDeliveryDays: 5,
            .stockedUnitCost: 10, .volumeL: 3, .reviewDays: 14,
        ])
        let hybrid = try #require(evaluation[.hybrid])
        let share = try #require(hybrid.baseStock?.stockShare)
        #expect(share > 0 && share < 1)
        let kept = 40 * (1 - hybrid.returnRate)
        #expect(isCloseMoney(hybrid.unitsSold * (kept - hybrid.landedCostPerUnit), hybrid.monthlyProfit))
        #expect(isClose(hybrid.deliveryDays, share * 2 + (1 - share) * 5))
    }
}
