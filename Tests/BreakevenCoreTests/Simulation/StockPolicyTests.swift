import Testing

@testable import BreakevenCore

@Suite("Simulation: printed policies in whole units")
struct StockPolicyTests {
    func printed(r: Double, q: Double) -> ContinuousReviewPolicy {
        ContinuousReviewPolicy(
            orderQuantity: q, safetyStock: 0, reorderPoint: r, fillRate: 1, leadTimeMonths: 1,
            holdingCostPerUnitYear: 1, averageStock: 0)
    }

    /// s = ⌊r⌋ (a whole position ≤ r exactly when ≤ ⌊r⌋), at least 0; Q to the nearest, at least 1.
    @Test func continuousReviewRounding() {
        #expect(
            StockPolicy(printed: printed(r: 7.9, q: 12.4))
                == .continuousReview(reorderPoint: 7, orderQuantity: 12))
        #expect(
            StockPolicy(printed: printed(r: 7.0, q: 12.5))
                == .continuousReview(reorderPoint: 7, orderQuantity: 13))
        #expect(
            StockPolicy(printed: printed(r: -2.3, q: 0.2))
                == .continuousReview(reorderPoint: 0, orderQuantity: 1))
        #expect(StockPolicy(printed: printed(r: 0, q: 0)) == nil)
        #expect(
            StockPolicy.continuousReview(reorderPoint: 7, orderQuantity: 12).startingStock == 19)
    }

    /// S to the nearest, at least 1; S = 0 is no stock (HYBRID is VIRTUAL).
    @Test func baseStockRounding() {
        func printed(_ level: Double) -> BaseStockPolicy {
            BaseStockPolicy(
                reviewDays: 14.5, baseStock: level, stockShare: 1, averageStock: 0,
                criticalFractile: 0.9)
        }
        #expect(
            StockPolicy(printed: printed(6.49)) == .periodicReview(reviewDays: 14.5, orderUpTo: 6))
        #expect(
            StockPolicy(printed: printed(0.3)) == .periodicReview(reviewDays: 14.5, orderUpTo: 1))
        #expect(StockPolicy(printed: printed(0)) == nil)
        #expect(StockPolicy.periodicReview(reviewDays: 14.5, orderUpTo: 6).startingStock == 6)
        #expect(
            StockPolicy.periodicReview(reviewDays: 14.5, orderUpTo: 6).cycleDays(unitsPerDay: 3)
                == 14.5)
        #expect(
            StockPolicy.continuousReview(reorderPoint: 1, orderQuantity: 30).cycleDays(
                unitsPerDay: 3) == 10)
    }
}
