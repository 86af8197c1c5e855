import TestSupport
import Testing

@testable import BreakevenCore

@Suite("Portfolio totals")
struct PortfolioSummaryTests {
    @Test func totalsAddUpTheSKUs() throws {
        let a = try evaluate([.price: 20, .monthlyDemand: 500, .virtualUnitCost: 8, .stockedUnitCost: 5])
        let b = try evaluate([.price: 20, .monthlyDemand: 2, .virtualUnitCost: 8, .stockedUnitCost: 5])
        let c = try evaluate([.price: 20, .monthlyDemand: 50, .stockedUnitCost: 5])  // no baseline
        let summary = PortfolioSummary([a, b, c])
        #expect(summary.skuCount == 3)
        #expect(summary.skusWithoutBaseline == 1)
        #expect(isCloseMoney(
            summary.profitRecommended,
            a.recommended.monthlyProfit + b.recommended.monthlyProfit + c.recommended.monthlyProfit))
        #expect(isCloseMoney(summary.profitToday, a[.virtual]!.monthlyProfit + b[.virtual]!.monthlyProfit))
        #expect(isCloseMoney(summary.saving, a.decision.saving! + b.decision.saving!))
        #expect(isCloseMoney(
            summary.workingCapitalRecommended,
            a.recommended.workingCapital + b.recommended.workingCapital + c.recommended.workingCapital))
        #expect(FulfilmentModel.allCases.map(summary.count).reduce(0, +) == 3)
    }
}
