import Testing

@testable import BreakevenCore

/// One model over one run's orders: deterministic demand worked out by hand,
/// and lost-sales systems against exact figures computed independently.
@Suite("Simulation: one model, one run")
struct InventoryRunTests {
    /// One unit every Δ = 30.4375 / 20 days (20 a month), at (j + ½) Δ.
    static let delta = daysPerMonth / 20
    /// H = 12 × 0.5 storage + 0.25 × 11 landed = 8.75 a unit-year.
    static let holdingPerDay = 8.75 / 365.25

    func runOnce(
        _ model: SimulatedModel, _ source: DemandSource, window: Range<Double>
    ) -> RunOutcome {
        var demand = RandomStream(seed: 1, key: 1, run: 0, stream: 0)
        var leads = RandomStream(seed: 1, key: 1, run: 0, stream: 1)
        let orders = source.orders(horizonDays: window.upperBound, random: &demand)
        return model.run(orders: orders, window: window, leadTimes: &leads)
    }

    /// (s, Q) = (4, 10), lead time 3.5 Δ, lost sales, 20 units a month.
    ///
    /// By hand: on hand starts at s + Q = 14; the 10th unit (at 9.5 Δ) brings the
    /// position to 4 = s, so 10 are ordered, arriving at 13 Δ; the shelf reads
    /// 4, 3, 2, 1 (half a Δ), 11 (half a Δ), 10, 9, 8, 7, 6, 5 and the next order
    /// goes at 19.5 Δ: a cycle of 10 Δ = half a month, never empty.
    /// Unit-Δ on hand per cycle 4 + 3 + 2 + 0.5 + 5.5 + 10 + 9 + 8 + 7 + 6 + 5 = 60:
    /// average 6.0 units. Counted over [20.2 Δ, 60.2 Δ) = 2 months (4 whole
    /// cycles, no event on a boundary): 40 units sold, orders at 29.5, 39.5,
    /// 49.5, 59.5 Δ: 2 a month, fill rate 1.
    /// Margin: price 30 × (1 − 0.1) − (10 + 1 + 1.5 + 0.03 × 30 + 3 + 0.1 × (4 − 0.5 × 11))
    /// = 27 − 16.25 = 10.75 a unit. Monthly: 20 × 10.75 = 215.00, holding
    /// 6 × 8.75 / 12 = 4.375, orders 2 × 20 = 40: profit 170.625.
    @Test func continuousReviewByHand() {
        let model = SimulatedModel(
            model: .stocked, price: 30, unitMargin: 10.75, deliveryLoss: 0,
            stock: .init(
                policy: .continuousReview(reorderPoint: 4, orderQuantity: 10),
                leadTimeDays: 3.5 * Self.delta,
                holdingCostPerUnitDay: Self.holdingPerDay, orderCost: 20))
        let outcome = runOnce(
            model, .regular(size: 1, intervalDays: Self.delta),
            window: 20.2 * Self.delta..<60.2 * Self.delta)
        #expect(outcome.unitsReaching == 40)
        #expect(outcome.unitsFromStock == 40)
        #expect(outcome.unitsShippedVirtually == 0)
        #expect(outcome.purchaseOrders == 4)
        #expect(abs(outcome.stockDays / (40 * Self.delta) - 6.0) < 1e-9)
        #expect(abs(outcome.profit / 2 - 170.625) < 1e-6)
        #expect(abs(outcome.revenue / 2 - 600) < 1e-9)
    }

    /// (R, S) = (10 Δ, 10) with the supplier's lead time 3.25 Δ and a dropship
    /// fallback earning 4.00 a unit (both promises accepted).
    ///
    /// By hand: the review at 0 finds 10 = S; the shelf is empty at 9.5 Δ; the
    /// review at 10 Δ orders 10, which arrive at 13.25 Δ, so the units of 10.5,
    /// 11.5 and 12.5 Δ ship virtually; 7 more sell from stock, leaving 3; the
    /// review at 20 Δ orders 7 (arriving 23.25 Δ), the 3 sell, then 7: empty at
    /// 29.5 Δ, and the pattern repeats every 20 Δ = a month. Per month: 17 from
    /// stock, 3 virtual (fill rate 0.85), 2 orders. Unit-Δ on hand over
    /// [10 Δ, 30 Δ): 10 × 0.25 + (9 + 8 + 7 + 6 + 5 + 4) + 3 + 2 + 1 + 7 × 0.25 +
    /// (6 + 5 + 4 + 3 + 2 + 1) = 70.25: average 3.5125 units.
    /// Profit: 17 × 10.75 + 3 × 4 − 3.5125 × 8.75 / 12 − 2 × 20 = 152.18880208…
    /// With the top-up arriving at once (the analytic HYBRID's assumption) the
    /// shelf is never empty: 20 from stock, average (10 × 0.5 + 45) / 10 = 5,
    /// profit 215 − 5 × 8.75 / 12 − 40 = 171.35416…
    @Test func periodicReviewWithFallbackByHand() {
        var model = SimulatedModel(
            model: .hybrid, price: 30, unitMargin: 10.75, deliveryLoss: 0,
            stock: .init(
                policy: .periodicReview(reviewDays: 10 * Self.delta, orderUpTo: 10),
                leadTimeDays: 3.25 * Self.delta,
                holdingCostPerUnitDay: Self.holdingPerDay, orderCost: 20),
            fallback: .init(deliveryLoss: 0, unitMargin: 4))
        let window = 20.2 * Self.delta..<60.2 * Self.delta
        let late = runOnce(model, .regular(size: 1, intervalDays: Self.delta), window: window)
        #expect(late.unitsReaching == 40)
        #expect(late.unitsFromStock == 34)
        #expect(late.unitsShippedVirtually == 6)
        #expect(late.purchaseOrders == 4)
        #expect(abs(late.stockDays / (40 * Self.delta) - 3.5125) < 1e-9)
        #expect(abs(late.profit / 2 - (17 * 10.75 + 12 - 3.5125 * 8.75 / 12 - 40)) < 1e-6)
        #expect(abs(late.profit / 2 - 152.188_802_083_333) < 1e-6)

        model.stock?.leadTimeDays = 0
        let atOnce = runOnce(model, .regular(size: 1, intervalDays: Self.delta), window: window)
        #expect(atOnce.unitsFromStock == 40 && atOnce.unitsShippedVirtually == 0)
        #expect(abs(atOnce.stockDays / (40 * Self.delta) - 5) < 1e-9)
        #expect(abs(atOnce.profit / 2 - 171.354_166_666_667) < 1e-6)
    }

    /// A customer order that carries the position through more than one lot:
    /// (s, Q) = (12, 5), orders of 10 units every Δ, lead time 1.75 Δ.
    /// By hand: 17 on hand; at 0.5 Δ 10 sell, position 7, two lots (10) ordered,
    /// arriving 2.25 Δ; at 1.5 Δ 7 sell (3 lost), position 10, one lot (5); at
    /// 2.25 Δ 10 arrive; at 2.5 Δ 10 sell, position 5, two lots. Over [0, 3 Δ):
    /// 27 from stock of 30, 3 orders, 17 × 0.5 + 7 + 10 × 0.25 = 18 unit-Δ.
    @Test func largeOrdersBuyEnoughLots() {
        let model = SimulatedModel(
            model: .stocked, price: 1, unitMargin: 1, deliveryLoss: 0,
            stock: .init(
                policy: .continuousReview(reorderPoint: 12, orderQuantity: 5),
                leadTimeDays: 1.75 * Self.delta,
                holdingCostPerUnitDay: 0, orderCost: 0))
        let outcome = runOnce(
            model, .regular(size: 10, intervalDays: Self.delta), window: 0..<3 * Self.delta)
        #expect(outcome.unitsReaching == 30)
        #expect(outcome.unitsFromStock == 27)
        #expect(outcome.purchaseOrders == 3)
        #expect(abs(outcome.stockDays / Self.delta - 18) < 1e-9)
    }

    /// Delivery losses thin each order with its uniform: a model losing 30 %
    /// keeps about 70 % of the units, and VIRTUAL sells exactly the orders whose
    /// uniform is below 1 − λ.
    @Test func deliveryLossThinsOrders() {
        var demand = RandomStream(seed: 2, key: 2, run: 0, stream: 0)
        let orders = DemandSource.compoundPoisson(DemandLaw(monthlyMean: 300, varianceToMean: 3))
            .orders(horizonDays: 12 * daysPerMonth, random: &demand)
        var leads = RandomStream(seed: 2, key: 2, run: 0, stream: 1)
        let virtual = SimulatedModel(model: .virtual, price: 2, unitMargin: 1.5, deliveryLoss: 0.3)
        let outcome = virtual.run(orders: orders, window: 0..<12 * daysPerMonth, leadTimes: &leads)
        var expected = 0
        for index in 0..<orders.count where orders.acceptance[index] < 0.7 {
            expected += orders.sizes[index]
        }
        #expect(outcome.unitsSold == expected)
        #expect(outcome.profit == 1.5 * Double(expected))
        #expect(outcome.revenue == 2 * Double(expected))
        let share = Double(expected) / Double(orders.units(in: 0..<12 * daysPerMonth))
        #expect(abs(share - 0.7) < 0.05)
    }

    /// Pooled ratio Σa / Σb over runs and its delta-method standard error.
    func ratio(_ a: [Double], _ b: [Double]) -> (value: Double, se: Double) {
        let n = Double(a.count)
        let r = a.reduce(0, +) / b.reduce(0, +)
        let meanB = b.reduce(0, +) / n
        let residual = zip(a, b).reduce(0) { $0 + ($1.0 - r * $1.1) * ($1.0 - r * $1.1) } / (n - 1)
        return (r, (residual / n).squareRoot() / meanB)
    }

    /// Runs `model` for `runs` runs of `days` after `warmUp` days, Poisson
    /// demand of 1 unit a day (or compound with ratio `v`), and compares the fill
    /// rate and average on hand with the exact values.
    func expectExact(
        _ model: SimulatedModel, v: Double, fill: Double, onHand: Double,
        ordersPerDay: Double? = nil,
        runs: Int = 120, days: Double = 365, warmUp: Double = 20
    ) {
        let plan = SimulationPlan(
            key: 99,
            demand: .compoundPoisson(DemandLaw(monthlyMean: daysPerMonth, varianceToMean: v)),
            models: [model], warmUpDays: warmUp, windowDays: days)
        let outcomes = (0..<runs).map { Simulator.run(plan, index: $0, seed: 5).outcomes[0] }
        let simulatedFill = ratio(
            outcomes.map { Double($0.unitsFromStock) }, outcomes.map { Double($0.unitsReaching) })
        #expect(
            abs(simulatedFill.value - fill) <= 3 * simulatedFill.se,
            "fill \(simulatedFill) vs \(fill)")
        let stock = RunStatistics.plainMean(outcomes.map { $0.stockDays / days })
        #expect(
            abs(stock.mean - onHand) <= 3 * stock.standardError, "on hand \(stock) vs \(onHand)")
        if let ordersPerDay {
            let orders = RunStatistics.plainMean(outcomes.map { Double($0.purchaseOrders) / days })
            #expect(
                abs(orders.mean - ordersPerDay) <= 3 * orders.standardError,
                "orders \(orders) vs \(ordersPerDay)")
        }
    }

    /// Periodic review every day, order up to S, lead time 2 days, lost sales,
    /// demand 1 unit a day: Poisson (v = 1) or negative binomial (v = 3).
    /// Exact values from the Markov chain of (on hand, order due tomorrow) at
    /// each review, solved with numpy for its stationary law; fill = E[min(on
    /// hand, day's demand)] / 1, time-average on hand = E Σ_{j<x} (x − j)
    /// ∫₀¹ P(D(t) = j) dt by quadrature (scipy), D(t) negative binomial of mean t,
    /// variance v t. Script: Python, numpy 2.4, scipy 1.17, kept out of the project.
    @Test(arguments: [
        (1.0, 3, 0.708074976142, 1.202729616080), (1.0, 4, 0.841093370863, 1.878312991567),
        (1.0, 6, 0.967493170617, 3.575870220392), (3.0, 4, 0.669698888096, 2.313395025480),
        (3.0, 6, 0.821929652896, 3.936665708010),
    ])
    func periodicLostSalesAgainstTheMarkovChain(
        _ v: Double, _ level: Int, _ fill: Double, _ onHand: Double
    ) {
        let model = SimulatedModel(
            model: .hybrid, price: 1, unitMargin: 1, deliveryLoss: 0,
            stock: .init(
                policy: .periodicReview(reviewDays: 1, orderUpTo: level), leadTimeDays: 2,
                holdingCostPerUnitDay: 0,
                orderCost: 0))
        expectExact(model, v: v, fill: fill, onHand: onHand)
    }

    /// Continuous review (s, Q) with s < Q (never two orders out), Poisson
    /// demand 1 a day, lead time 2 days, lost sales. Exact by renewal reward over
    /// the cycle from one order to the next: lost E[(D_L − s)⁺]; on hand during
    /// the lead time Σ_{j<s} (s − j) P(Poisson(2) > j); after the receipt
    /// y = Q + (s − D_L)⁺ units, each held 1 day on average while it drains to s;
    /// cycle 2 + E[y − s] days (Python with scipy, out of the project).
    @Test(arguments: [
        (2, 5, 0.902308643348, 3.195382713303, 0.180461728670),
        (1, 4, 0.778917009189, 2.052707477028, 0.194729252297),
    ])
    func continuousLostSalesAgainstRenewal(
        _ s: Int, _ q: Int, _ fill: Double, _ onHand: Double, _ orders: Double
    ) {
        let model = SimulatedModel(
            model: .stocked, price: 1, unitMargin: 1, deliveryLoss: 0,
            stock: .init(
                policy: .continuousReview(reorderPoint: s, orderQuantity: q), leadTimeDays: 2,
                holdingCostPerUnitDay: 0, orderCost: 0))
        expectExact(model, v: 1, fill: fill, onHand: onHand, ordersPerDay: orders)
    }
}
