import BreakevenCore

/// A hand-made catalog whose back-test can be worked out by hand: three SKUs
/// with 24 months of history (12 to decide on, 12 to replay), one with 20
/// months and one without history (both skipped).
///
/// Every SKU sells at 100 with no returns, fees, shipping or inbound costs,
/// and every buyer accepts every promise (delivery 5 or 2 days against 5
/// expected: λ = 0), so a unit earns price − unit cost on its path:
/// VIRTUAL m_V = 100 − 90 = 10 (60 for `virtual-only`), STOCKED m_S = 100 −
/// stocked_unit_cost. Holding H = 12 × storage 4 = 48 a unit-year (capital and
/// obsolescence 0), order cost K = 10, moq 100, supplier lead time 0 days.
///
/// - `flat-virtual`: 50 units every month; m_S = 5 < m_V = 10. The row's
///   monthly_demand 999, demand_sd 5 and history_months 36 are set aside.
///   Fit: VIRTUAL 50 × 10 = 500 a month; STOCKED orders Q = max(EOQ
///   √(2 × 600 × 10 / 48) = 15.8, moq 100) = 100 and earns 50 × 5 − (100 / 2) × 4
///   − 50 / 100 × 10 = 45; HYBRID's underage 5 − 10 − … < 0: no base stock, it is
///   VIRTUAL. Recommended VIRTUAL (tied with HYBRID, the simpler model).
///   Replay: VIRTUAL sells all 50 units a month: exactly 500; HYBRID (no
///   stock) the same 500; STOCKED at most 50 × 5 = 250. Best in hindsight
///   VIRTUAL, regret 0.
/// - `jump-stocked`: 2 units a month for 12 months, then 200; m_S = 30, m_V = 10;
///   today STOCKED. Fit (σ = 0): VIRTUAL 2 × 10 = 20; STOCKED Q = max(√(2 × 24 ×
///   10 / 48) = 3.16, 100) = 100, reorder point 2 × 0 + 0 = 0, earning 2 × 30 −
///   50 × 4 − 2 / 100 × 10 = −140.20; HYBRID reviews every min(12, 100 / 2)
///   = 12 months, overage 48 × 12 / 12 = 48, underage 30 − 10 − 48 / 2 = −4 ≤ 0:
///   no base stock, VIRTUAL. Recommended VIRTUAL.
///   Replay of 12 months of 200 (σ = 0 gave v = 1: every customer order is
///   one unit, at uniform times in its month): VIRTUAL 200 × 10 = 2,000
///   exactly, HYBRID the same. STOCKED (s, Q) = (0, 100) with a lead time of 0
///   never runs out: it sells all 2,400 units (30 × 200 = 6,000 a month) and
///   orders 24 lots (24 × 10 / 12 = 20 a month); on hand is 100 − (j mod 100)
///   after j sales, and a month's 200 uniform times cut it into 201 gaps of
///   expected length D / 201 (D = 30.4375 days; the gap across a month's end
///   is two of them), so the expected stock on hand is
///   (24 × 5,050 + 100 + 11 × 100) / (201 × 12) = 122,400 / 2,412 = 50.746,
///   costing 4 × 50.746 = 202.99 a month. STOCKED: 6,000 − 202.99 − 20 =
///   5,777.01 a month (a simulation of our own in numpy, 4,000 runs:
///   5,777.01, run-to-run sd 2.4), and surely within
///   [6,000 − 20 − 4 × 100, 6,000 − 20 − 4 × 1]: on hand stays between 1 and 100.
///   Best in hindsight STOCKED, regret 5,777.01 − 2,000 = 3,777.01.
/// - `virtual-only`: only virtual_unit_cost 60 (m_V = 40); history 8, 12, …
///   (mean 10), then 10, 20, 30, 40 three times (mean 25): VIRTUAL, the only
///   model, earns 40 × 25 = 1,000 a month exactly.
/// - `short` (20 months) and `no-history` are skipped.
///
/// Totals: recommended 500 + 2,000 + 1,000 = 3,500; best in hindsight
/// 500 + 5,777.01 + 1,000 = 7,277.01; regret 3,777.01; 2 of 3 recommendations
/// the best in hindsight; all-VIRTUAL 3,500 (3 SKUs, difference 0); today's
/// models (flat-virtual VIRTUAL, jump-stocked STOCKED) 500 + 5,777.01 = 6,277.01
/// against the recommendations' 2,500.
package enum BacktestFixtures {
    /// The expected STOCKED profit of `jump-stocked` over the replayed months (see above).
    package static let jumpStockedExpected: Double = 6_000 - 4 * (122_400.0 / 2_412) - 20
    /// The bounds of any run of it, 6,000 − 20 − 4 × on hand, with 1 to 100 units on hand.
    package static let jumpStockedBounds: ClosedRange<Double> = 5_580...5_976

    /// The catalog as CSV.
    package static let csv = """
        sku,demand_history,monthly_demand,demand_sd,history_months,virtual_unit_cost,stocked_unit_cost,current_model,\
        price,return_rate,payment_fee_rate,virtual_order_fee,virtual_shipping,virtual_delivery_days,\
        expected_delivery_days,stocked_delivery_days,pick_pack_fee,stocked_shipping,inbound_cost,capital_rate,\
        obsolescence_rate,supplier_lead_days,storage_cost,order_cost,moq
        flat-virtual,\(history(flat)),999,5,36,90,95,virtual,\(terms)
        jump-stocked,\(history(jump)),,,,90,70,stocked,\(terms)
        virtual-only,\(history(virtualOnly)),,,,60,,,\(terms)
        short,\(history(short)),,,,90,70,,\(terms)
        no-history,,10,,,90,70,,\(terms)

        """

    /// The same SKUs as read.
    package static var inputs: [SKUInputs] {
        [
            SKUInputs(
                sku: "flat-virtual",
                common.merging([
                    .monthlyDemand: 999, .demandSD: 5, .historyMonths: 36, .virtualUnitCost: 90,
                    .stockedUnitCost: 95,
                ]) { $1 },
                demandHistory: flat, currentModel: .virtual),
            SKUInputs(
                sku: "jump-stocked",
                common.merging([.virtualUnitCost: 90, .stockedUnitCost: 70]) { $1 },
                demandHistory: jump, currentModel: .stocked),
            SKUInputs(
                sku: "virtual-only", common.merging([.virtualUnitCost: 60]) { $1 },
                demandHistory: virtualOnly),
            SKUInputs(
                sku: "short", common.merging([.virtualUnitCost: 90, .stockedUnitCost: 70]) { $1 },
                demandHistory: short),
            SKUInputs(
                sku: "no-history",
                common.merging([.monthlyDemand: 10, .virtualUnitCost: 90, .stockedUnitCost: 70]) {
                    $1
                }),
        ]
    }

    static let flat = Array(repeating: 50.0, count: 24)
    static let jump = Array(repeating: 2.0, count: 12) + Array(repeating: 200.0, count: 12)
    static let virtualOnly = Array([8.0, 12].repeated(6)) + Array([10.0, 20, 30, 40].repeated(3))
    static let short = Array(repeating: 5.0, count: 20)

    static let common: [InputName: Double] = [
        .price: 100, .returnRate: 0, .paymentFeeRate: 0, .virtualOrderFee: 0, .virtualShipping: 0,
        .virtualDeliveryDays: 5, .expectedDeliveryDays: 5, .stockedDeliveryDays: 2, .pickPackFee: 0,
        .stockedShipping: 0, .inboundCost: 0, .capitalRate: 0, .obsolescenceRate: 0,
        .supplierLeadDays: 0,
        .storageCost: 4, .orderCost: 10, .moq: 100,
    ]

    /// The common columns' cells, in the header's order.
    static let terms = "100,0,0,0,0,5,5,2,0,0,0,0,0,0,4,10,100"

    static func history(_ months: [Double]) -> String {
        months.map { String(Int($0)) }.joined(separator: "|")
    }
}

extension Array {
    fileprivate func repeated(_ times: Int) -> [Element] {
        (0..<times).flatMap { _ in self }
    }
}
