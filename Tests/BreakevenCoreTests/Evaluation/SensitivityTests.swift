import TestSupport
import Testing

@testable import BreakevenCore

@Suite("Sensitivity")
struct SensitivityTests {
    static let sku = SKUInputs(
        sku: "LAMP",
        [.price: 129, .monthlyDemand: 28, .demandSD: 19, .virtualUnitCost: 68, .virtualShipping: 14.5,
         .virtualDeliveryDays: 10, .stockedUnitCost: 47, .inboundCost: 4.5, .volumeL: 60])

    @Test func rowsAreSortedBySwingAndMoveByTheShare() throws {
        let analysis = try Sensitivity(inputs: Self.sku, settings: Settings(), change: 0.2)
        let swings = analysis.rows.map(\.swing)
        #expect(swings == swings.sorted(by: >))
        let price = try #require(analysis.rows.first { $0.input == .price })
        #expect(isClose(price.low, 129 * 0.8) && isClose(price.high, 129 * 1.2))
        #expect(analysis.rows.first?.input == .price)
    }

    /// The profit at each end is the recommended model's profit with only that input moved.
    @Test func profitsAreTheModelsProfitAtTheMovedValue() throws {
        let analysis = try Sensitivity(inputs: Self.sku, settings: Settings(), change: 0.1)
        let chosen = analysis.base.decision.recommended
        let row = try #require(analysis.rows.first { $0.input == .stockedUnitCost })
        let moved = try evaluate(
            [.price: 129, .monthlyDemand: 28, .demandSD: 19, .virtualUnitCost: 68, .virtualShipping: 14.5,
             .virtualDeliveryDays: 10, .stockedUnitCost: 47 * 1.1, .inboundCost: 4.5, .volumeL: 60], breakEven: false)
        #expect(isCloseMoney(try #require(row.profitHigh), try #require(moved[chosen]).monthlyProfit))
    }

    /// 70% more on the stocked unit cost ends STOCKED's lead; a
    /// 1% change flips nothing.
    @Test func aChangeThatFlipsTheDecisionIsMarked() throws {
        let wide = try Sensitivity(inputs: Self.sku, settings: Settings(), change: 0.7)
        let today = wide.base.decision.recommended
        let cost = try #require(wide.rows.first { $0.input == .stockedUnitCost })
        #expect(cost.recommendedHigh != today)
        #expect(wide.flips(cost))
        let narrow = try Sensitivity(inputs: Self.sku, settings: Settings(), change: 0.01)
        #expect(!narrow.rows.contains { narrow.flips($0) })
    }

    @Test func ratesStayInRange() throws {
        let analysis = try Sensitivity(inputs: Self.sku, settings: Settings(), change: 1)
        let service = try #require(analysis.rows.first { $0.input == .serviceLevel })
        #expect(service.low > 0 && service.high < 1)
        let returns = try #require(analysis.rows.first { $0.input == .returnRate })
        #expect(returns.low == 0 && returns.high == 0.1)
    }
}
