import TestSupport
import Testing

@testable import BreakevenCore

@Suite("Break-even volumes")
struct BreakEvenTests {
    /// A case with a closed form: no variability (demand_sd 0), MOQ forcing a
    /// fixed order quantity of 100, no storage, no capital cost. STOCKED then
    /// earns μ m_S − μ K / Q − (Q / 2) H / 12 and VIRTUAL μ m_V, so they meet at
    /// μ* = (Q H / 24) / (m_S − m_V − K / Q).
    /// Here m_S − m_V = (unit 10 vs 14, shipping 4 vs 5) = 5, K / Q = 0.5,
    /// H = 0.22 · 10 = 2.2: μ* = (100 · 2.2 / 24) / 4.5 = 2.037037…
    @Test func closedFormCase() throws {
        let evaluation = try evaluate([
            .price: 40, .monthlyDemand: 30, .demandSD: 0, .moq: 100, .storageCost: 0, .orderCost: 50,
            .virtualUnitCost: 14, .virtualShipping: 5, .virtualDeliveryDays: 4, .stockedUnitCost: 10,
            .stockedShipping: 4, .returnRate: 0, .pickPackFee: 0, .demandCV: 0,
        ])
        let volume = try #require(evaluation.breakEven[.stocked]?.units)
        #expect(isClose(volume, (100 * 2.2 / 24) / 4.5, relative: 1e-9))
    }

    @Test func neverWhenStockingCostsMorePerUnit() throws {
        let evaluation = try evaluate([
            .price: 30, .monthlyDemand: 100, .virtualUnitCost: 8, .virtualShipping: 2, .virtualDeliveryDays: 3,
            .stockedUnitCost: 12,
        ])
        #expect(evaluation.breakEven[.stocked] == .never)
        #expect(evaluation.breakEven[.hybrid] == .never)
    }

    @Test func firstCrossingOnASyntheticAdvantage() throws {
        let single = try #require(BreakEven.firstCrossing { $0 - 37.5 }.units)
        #expect(isClose(single, 37.5, relative: 1e-10))
        #expect(BreakEven.firstCrossing { _ in 1 } == .always)
        #expect(BreakEven.firstCrossing { _ in -1 } == .never)
        // Two crossings: the first upward one is reported.
        let twice = BreakEven.firstCrossing { m in (m > 2 && m < 50) || m > 1000 ? 1 : -1 }
        #expect(isClose(try #require(twice.units), 2, relative: 1e-9))
    }

    @Test func notComputedWithoutVirtual() throws {
        let evaluation = try evaluate([.price: 30, .monthlyDemand: 100, .stockedUnitCost: 12])
        #expect(evaluation.breakEven.isEmpty)
        #expect(BreakEven.volume(of: .stocked, for: evaluation.terms) == nil)
    }

    /// The break-even volume found by search agrees with the demand at which
    /// the recommendation flips when demand is the only thing that changes.
    @Test func agreesWithTheProfitsAroundIt() throws {
        let terms = try terms([
            .price: 25, .monthlyDemand: 10, .demandCV: 0.4, .virtualUnitCost: 9, .virtualDeliveryDays: 9,
            .stockedUnitCost: 6, .volumeL: 4,
        ])
        let volume = try #require(BreakEven.volume(of: .stocked, for: terms)?.units)
        for (factor, stockedWins) in [(0.999, false), (1.001, true)] {
            let scaled = terms.withMonthlyDemand(volume * factor)
            let virtual = try #require(Evaluator.evaluate(.virtual, scaled)).monthlyProfit
            let stocked = try #require(Evaluator.evaluate(.stocked, scaled)).monthlyProfit
            #expect((stocked > virtual) == stockedWins)
        }
    }
}
