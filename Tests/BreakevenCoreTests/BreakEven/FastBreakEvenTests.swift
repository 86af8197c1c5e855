import TestSupport
import Testing

@testable import BreakevenCore

/// The fast break-even (closed forms and profit curves) against the plain
/// search that evaluates both models in full at every point.
@Suite("Fast break-even volumes agree with the plain search")
struct FastBreakEvenTests {
    static let skus = RandomSKUs.make(count: 300, seed: 4242)

    @Test(arguments: [FulfilmentModel.stocked, .marketplace, .hybrid])
    func agreesToOneInABillion(_ model: FulfilmentModel) throws {
        var crossings = 0
        for sku in Self.skus {
            let terms = try SKUTerms(sku)
            let fast = BreakEven.volume(of: model, for: terms)
            let plain = BreakEven.referenceVolume(of: model, for: terms)
            switch (fast, plain) {
            case (.units(let a)?, .units(let b)?):
                #expect(isClose(a, b, relative: 1e-9), "\(sku.sku) \(model): \(a) vs \(b)")
                crossings += 1
            default:
                #expect(fast == plain, "\(sku.sku) \(model): \(String(describing: fast)) vs \(String(describing: plain))")
            }
        }
        #expect(crossings > 50)
    }

    /// The closed form applies to most SKUs with a measured deviation, and
    /// where it applies it is the bisection's answer.
    @Test func closedFormIsUsedAndRight() throws {
        var used = 0
        for sku in Self.skus {
            let terms = try SKUTerms(sku)
            guard let channel = terms.virtual, let warehouse = terms.stocked else { continue }
            let slope = (1 - terms.policy.lostShare(deliveryDays: channel.deliveryDays))
                * channel.unitMargin(price: terms.price, returnHandlingCost: terms.policy.returnHandlingCost)
            let curve = ContinuousReviewModel.Curve(warehouse: warehouse, price: terms.price, policy: terms.policy)
            guard let closed = curve.crossing(withVirtualSlope: slope, spread: terms.demand.spread) else { continue }
            used += 1
            let plain = BreakEven.referenceVolume(of: .stocked, for: terms)
            if case .units(let a) = closed, case .units(let b)? = plain {
                #expect(isClose(a, b, relative: 1e-9), "\(sku.sku): \(a) vs \(b)")
            } else {
                #expect(closed == plain, "\(sku.sku)")
            }
        }
        #expect(used > 60)
    }
}
