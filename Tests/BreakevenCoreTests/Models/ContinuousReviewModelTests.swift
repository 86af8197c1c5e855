import TestSupport
import Testing

@testable import BreakevenCore

@Suite("STOCKED and MARKETPLACE: (r, Q) with lost sales")
struct ContinuousReviewModelTests {
    /// A SKU whose holding cost works out to the textbook h = 0.225 per unit-year
    /// (no storage, capital 0.225, no obsolescence, unit cost 1), K = 8 and
    /// D = 1300 per year reaches the textbook EOQ 304.0467800264368.
    /// With σ = 0 nothing is short, and at the EOQ ordering = holding =
    /// √(D K h / 2) / 12 = √1170 / 12 a month, so the profit is
    /// 1300/12 · (10 · 0.95 − (1 + 2.5 + 0.3 + 3.74 + 0.05 · (4 − 0.8))) − 2 √1170 / 12 = 189.29912…
    @Test func textbookEOQThroughASKU() throws {
        let evaluation = try evaluate([
            .price: 10, .monthlyDemand: 1300.0 / 12, .demandSD: 0, .stockedUnitCost: 1, .orderCost: 8,
            .storageCost: 0, .capitalRate: 0.225, .obsolescenceRate: 0,
        ])
        let stocked = try #require(evaluation[.stocked])
        let policy = try #require(stocked.continuousReview)
        #expect(isClose(policy.holdingCostPerUnitYear, 0.225, relative: 1e-15))
        #expect(isClose(policy.orderQuantity, 304.0467800264368, relative: 1e-14))
        #expect(policy.fillRate == 1)
        #expect(isClose(stocked.unitsSold, 1300.0 / 12))
        let fixed = 2 * 1170.0.squareRoot() / 12
        #expect(isCloseMoney(stocked.monthlyProfit, 1300.0 / 12 * (9.5 - 7.7) - fixed))
        #expect(isCloseMoney(stocked.costPerUnit.capital, 1170.0.squareRoot() / 12 / (1300.0 / 12)))
        #expect(isCloseMoney(stocked.costPerUnit.ordering, 8 / 304.0467800264368))
    }

    /// σ = 10 a month, lead time exactly one month: SS = z(0.95) · 10 = 16.448536269514722.
    @Test func safetyStockReachesTheTextbookQuantile() throws {
        let evaluation = try evaluate([
            .price: 10, .monthlyDemand: 100, .demandSD: 10, .stockedUnitCost: 1,
            .supplierLeadDays: daysPerMonth,
        ])
        let policy = try #require(evaluation[.stocked]?.continuousReview)
        #expect(isClose(policy.safetyStock, 16.448536269514722, relative: 1e-13))
        #expect(isClose(policy.reorderPoint, 100 + 16.448536269514722, relative: 1e-13))
    }

    /// Service level Φ(1) makes z = 1; with Q held at the MOQ of 100 (the EOQ,
    /// √(2 · 240 · 1 / 0.46) = 32.3, is below it) and
    /// σ √L = 10 the fill rate is 1 − 10 · G(1) / 100 = 1 − 0.08331547058768629 / 10.
    @Test func fillRateReachesTheTextbookLoss() throws {
        let evaluation = try evaluate([
            .price: 10, .monthlyDemand: 20, .demandSD: 10, .stockedUnitCost: 1, .moq: 100, .orderCost: 1,
            .supplierLeadDays: daysPerMonth, .serviceLevel: 0.8413447460685429,
        ])
        let stocked = try #require(evaluation[.stocked])
        let policy = try #require(stocked.continuousReview)
        #expect(policy.orderQuantity == 100)
        #expect(isClose(policy.fillRate, 1 - 0.08331547058768629 / 10, relative: 1e-13))
        #expect(isClose(stocked.unitsSold, 20 * policy.fillRate))
    }

    /// A full hand computation (price 30, μ 200, σ 60, unit 12, inbound 0.5,
    /// volume 2 l, weight 0.8 kg, all else default), evaluated in scipy from
    /// these formulas:
    /// H = 12 · 0.04 + 0.22 · 12.5 = 3.23; L = 30 / 30.4375; SS = z(0.95) · 60 · √L;
    /// n = 60 √L G(z) units short a cycle; shipping 3 + 0.8 + 0.24 = 4.04;
    /// returns 0.05 · (4 − 0.8 · 12.5) = −0.30; margin m = 28.5 − 19.64 = 8.86;
    /// Q = √(2 · 2400 · (50 + m n) / H); fill = 1 − n / Q; units = 200 · fill;
    /// profit = units · m − (Q/2 + SS) · H / 12 − 200 / Q · 50.
    @Test func handComputedStocked() throws {
        let evaluation = try evaluate([
            .price: 30, .monthlyDemand: 200, .demandSD: 60, .stockedUnitCost: 12, .inboundCost: 0.5,
            .volumeL: 2, .weightKg: 0.8,
        ])
        let stocked = try #require(evaluation[.stocked])
        let policy = try #require(stocked.continuousReview)
        #expect(isClose(policy.holdingCostPerUnitYear, 3.23, relative: 1e-14))
        #expect(isClose(policy.orderQuantity, 301.14724500824894, relative: 1e-12))
        #expect(isClose(policy.safetyStock, 97.97937058859961, relative: 1e-12))
        #expect(isClose(policy.reorderPoint, 295.10462726211085, relative: 1e-12))
        #expect(isClose(policy.fillRate, 0.9958673517054805, relative: 1e-12))
        #expect(isClose(stocked.unitsSold, 199.1734703410961, relative: 1e-12))
        #expect(isCloseMoney(stocked.costPerUnit.returns, -0.30))
        #expect(isCloseMoney(stocked.costPerUnit.shipping, 4.04))
        #expect(isCloseMoney(stocked.landedCostPerUnit, 20.14261979042099))
        #expect(isCloseMoney(stocked.monthlyProfit, 1664.5684193018485))
        #expect(isCloseMoney(stocked.workingCapital, 3106.912413659051))
    }

    /// The order quantity maximises the profit: forcing a larger one through
    /// the MOQ earns less.
    @Test func orderQuantityMaximisesTheProfit() throws {
        let values: [InputName: Double] = [
            .price: 30, .monthlyDemand: 200, .demandSD: 60, .stockedUnitCost: 12, .inboundCost: 0.5,
        ]
        let best = try #require(try evaluate(values)[.stocked])
        let q = try #require(best.continuousReview?.orderQuantity)
        for factor in [1.01, 1.1, 2] {
            var forced = values
            forced[.moq] = q * factor
            let other = try #require(try evaluate(forced)[.stocked])
            #expect(other.monthlyProfit < best.monthlyProfit)
        }
    }

    /// MARKETPLACE swaps pick-pack and shipping for the fulfilment fee, the
    /// payment fee for the referral fee, and adds inbound days to the lead time.
    @Test func marketplaceUsesItsOwnFeesAndLeadTime() throws {
        let evaluation = try evaluate([
            .price: 20, .monthlyDemand: 100, .stockedUnitCost: 5, .marketplaceFulfillmentFee: 3.2,
            .marketplaceFeeRate: 0.15, .supplierLeadDays: 30, .marketplaceInboundDays: 7, .volumeL: 1,
        ])
        let marketplace = try #require(evaluation[.marketplace])
        #expect(isCloseMoney(marketplace.costPerUnit.fees, 3.2 + 0.15 * 20))
        #expect(marketplace.costPerUnit.shipping == 0)
        #expect(isCloseMoney(marketplace.costPerUnit.inbound, 0.3))
        let policy = try #require(marketplace.continuousReview)
        #expect(isClose(policy.leadTimeMonths, 37 / daysPerMonth))
        // storage 1 l · 0.028 · (9 + 3 · 3) / 12 = 0.042 a month; H = 12 · 0.042 + 0.22 · 5.3.
        #expect(isClose(policy.holdingCostPerUnitYear, 12 * 0.042 + 0.22 * 5.3, relative: 1e-12))
    }

    @Test func noDemandHoldsNoStockAndEarnsNothing() throws {
        let stocked = try #require(try evaluate([.price: 10, .monthlyDemand: 0, .stockedUnitCost: 1])[.stocked])
        #expect(stocked.monthlyProfit == 0)
        #expect(stocked.workingCapital == 0)
        #expect(stocked.continuousReview?.orderQuantity == 0)
    }

    @Test func moqRaisesTheOrderQuantity() throws {
        let stocked = try #require(
            try evaluate([.price: 10, .monthlyDemand: 10, .stockedUnitCost: 1, .moq: 5000])[.stocked])
        #expect(stocked.continuousReview?.orderQuantity == 5000)
    }
}
