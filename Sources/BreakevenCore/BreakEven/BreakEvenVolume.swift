#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The monthly demand at which a stock-holding model starts to earn more than
/// VIRTUAL (MODEL.md §5).
package enum BreakEvenVolume: Sendable, Equatable {
    /// It earns more above this many units per month.
    case units(Double)
    /// It never earns more in the searched range.
    case never
    /// It earns more over the whole searched range.
    case always

    /// The volume, when there is a crossing.
    package var units: Double? {
        if case .units(let value) = self { return value }
        return nil
    }
}

/// Finds break-even volumes against VIRTUAL.
///
/// The difference f(m) = Π_model(m) − Π_VIRTUAL(m) is evaluated with monthly
/// demand m and every other input held, σ following σ(m) (MODEL.md §2). The
/// search scans 10⁻³ … 10⁷ units/month on a log grid of four points per
/// decade and bisects, on the log scale, the first interval where f turns
/// positive, to a relative width of 10⁻¹¹. The scan, rather than one
/// bisection over the whole range, finds the first crossing when there are
/// several (at very high volumes the (r, Q) fill rate falls again, so a
/// stock-holding model can lose to VIRTUAL once more).
package enum BreakEven {
    /// The searched range, units per month.
    package static let range: ClosedRange<Double> = 1e-3...1e7

    /// The break-even volume of `model` (STOCKED, MARKETPLACE or HYBRID)
    /// against VIRTUAL; `nil` when either is not evaluated.
    ///
    /// STOCKED and MARKETPLACE use the closed form of
    /// `ContinuousReviewModel.Curve.crossing` where it holds (a measured or
    /// given deviation, the policy in its main regime) and the scan below
    /// otherwise; HYBRID is always scanned. Every profit is evaluated on curves
    /// built once per SKU, so a scan costs a few microseconds. The answers
    /// agree with ``referenceVolume(of:for:)`` (a test checks it).
    package static func volume(of model: FulfilmentModel, for terms: SKUTerms) -> BreakEvenVolume? {
        guard model != .virtual, let virtualChannel = terms.virtual else { return nil }
        let price = terms.price
        let policy = terms.policy
        let virtualLost = policy.lostShare(deliveryDays: virtualChannel.deliveryDays)
        let virtualSlope =
            (1 - virtualLost) * virtualChannel.unitMargin(price: price, returnHandlingCost: policy.returnHandlingCost)
        let spread = terms.demand.spread
        switch model {
        case .stocked, .marketplace:
            guard let warehouse = model == .stocked ? terms.stocked : terms.marketplace else { return nil }
            let curve = ContinuousReviewModel.Curve(warehouse: warehouse, price: price, policy: policy)
            if let closed = curve.crossing(withVirtualSlope: virtualSlope, spread: spread) { return closed }
            return firstCrossing { m in curve.profit(demand: m, spread: spread) - virtualSlope * m }
        case .hybrid:
            guard let warehouse = terms.stocked else { return nil }
            let curve = HybridModel.Curve(
                virtualChannel: virtualChannel, warehouse: warehouse, price: price, policy: policy)
            return firstCrossing { m in
                curve.advantage(demand: m, spread: spread, virtualProfit: virtualSlope * m)
            }
        case .virtual:
            return nil
        }
    }

    /// The break-even volume found the plain way: every point of the scan and
    /// of the bisection is a full evaluation of both models. Slow; kept as
    /// the reference the fast ``volume(of:for:)`` is tested against.
    package static func referenceVolume(of model: FulfilmentModel, for terms: SKUTerms) -> BreakEvenVolume? {
        guard model != .virtual, terms.virtual != nil else { return nil }
        guard Evaluator.evaluate(model, terms) != nil else { return nil }
        return firstCrossing { m in
            let scaled = terms.withMonthlyDemand(m)
            guard let virtual = Evaluator.evaluate(.virtual, scaled),
                let other = Evaluator.evaluate(model, scaled, virtual: virtual)
            else { return 0 }
            // HYBRID is an exact copy of VIRTUAL until a base stock pays, so a
            // strict comparison needs no tolerance.
            return other.monthlyProfit - virtual.monthlyProfit
        }
    }

    /// The first m in ``range`` where `advantage(m)` turns from ≤ 0 to > 0.
    static func firstCrossing(_ advantage: (Double) -> Double) -> BreakEvenVolume {
        if advantage(scanGrid[0]) > 0 { return .always }
        for step in 1..<scanGrid.count where advantage(scanGrid[step]) > 0 {
            var low = scanExponent(step - 1)
            var high = scanExponent(step)
            while (high - low) * 2.302_585_092_994_046 > 1e-11 {
                let middle = (low + high) / 2
                if advantage(pow10(middle)) > 0 { high = middle } else { low = middle }
            }
            return .units(pow10((low + high) / 2))
        }
        return .never
    }

    /// The scan's exponents: 10⁻³ … 10⁷ in steps of a quarter decade.
    private static func scanExponent(_ step: Int) -> Double { -3.0 + Double(step) * 0.25 }

    /// The scan's volumes, computed once.
    private static let scanGrid: [Double] = (0...40).map { pow10(scanExponent($0)) }

    private static func pow10(_ exponent: Double) -> Double {
        exp(exponent * 2.302_585_092_994_046)
    }
}
