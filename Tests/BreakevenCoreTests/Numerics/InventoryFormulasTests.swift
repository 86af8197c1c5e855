import TestSupport
import Testing

@testable import BreakevenCore

@Suite("Inventory formulas")
struct InventoryFormulasTests {
    /// Textbook: K = 8, h = 0.225 per unit-year, D = 1300 per year:
    /// √(2 · 1300 · 8 / 0.225) = √92444.4… = 304.0467800264368.
    @Test func economicOrderQuantityTextbook() {
        let q = InventoryFormulas.economicOrderQuantity(
            annualDemand: 1300, orderCost: 8, holdingCostPerUnitYear: 0.225)
        #expect(isClose(q, 304.0467800264368, relative: 1e-15))
    }

    @Test func economicOrderQuantityEdges() {
        #expect(InventoryFormulas.economicOrderQuantity(annualDemand: 0, orderCost: 8, holdingCostPerUnitYear: 1) == 0)
        #expect(InventoryFormulas.economicOrderQuantity(annualDemand: 10, orderCost: 0, holdingCostPerUnitYear: 1) == 0)
        #expect(
            InventoryFormulas.economicOrderQuantity(annualDemand: 10, orderCost: 1, holdingCostPerUnitYear: 0)
                == .infinity)
    }

    /// z(0.95) σ √L with σ = 10, L = 4: 1.6448536269514722 · 10 · 2.
    @Test func safetyStockIsQuantileTimesLeadTimeDeviation() {
        let ss = InventoryFormulas.safetyStock(serviceLevel: 0.95, demandDeviation: 10, leadTime: 4)
        #expect(isClose(ss, 32.897072539029444, relative: 1e-14))
    }

    /// Overage 0.18, underage 0.7: fractile 0.7 / 0.88 = 0.79545…, z = 0.82549…,
    /// S = 50 + 8 z = 56.60395592743389.
    @Test func newsvendorTextbook() {
        #expect(isClose(InventoryFormulas.criticalFractile(underage: 0.7, overage: 0.18), 0.7 / 0.88))
        let s = InventoryFormulas.newsvendorQuantity(mean: 50, deviation: 8, underage: 0.7, overage: 0.18)
        #expect(isClose(s, 56.60395592743389, relative: 1e-13))
    }

    @Test func newsvendorWithoutSpreadOrdersTheMean() {
        #expect(InventoryFormulas.newsvendorQuantity(mean: 50, deviation: 0, underage: 1, overage: 1) == 50)
    }
}
