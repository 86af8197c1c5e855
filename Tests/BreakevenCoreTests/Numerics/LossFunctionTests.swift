import TestSupport
import Testing

@testable import BreakevenCore

/// G(z) = φ(z) − z (1 − Φ(z)); references from mpmath at 40 digits.
@Suite("Standard normal loss function")
struct LossFunctionTests {
    static let references: [(z: Double, loss: Double)] = [
        (-5, 5.0000000534616555),
        (-2, 2.0084907026168297),
        (-1, 1.0833154705876864),
        (-0.5, 0.6977965574013061),
        (0, 0.3989422804014327),
        (0.5, 0.19779655740130603),
        (1, 0.0833154705876863),
        (1.6448536269514722, 0.02089295902779769),
        (2, 0.008490702616829637),
        (3, 0.0003821543170477236),
    ]

    @Test("G agrees with mpmath", arguments: references)
    func matchesReference(_ row: (z: Double, loss: Double)) {
        #expect(isClose(standardNormalLoss(row.z), row.loss, relative: 1e-13))
    }

    @Test func textbookValueAtOne() {
        #expect(isClose(standardNormalLoss(1), 0.08331547058768629, relative: 1e-14))
    }

    @Test func reflectionIdentity() {
        for z in stride(from: 0.0, through: 6, by: 0.25) {
            #expect(isClose(standardNormalLoss(-z), z + standardNormalLoss(z), relative: 1e-14))
        }
    }

    @Test func isPositiveAndDecreasingAndVanishesFarRight() {
        var previous = Double.infinity
        for z in stride(from: -8.0, through: 8, by: 0.125) {
            let loss = standardNormalLoss(z)
            #expect(loss >= 0)
            #expect(loss <= previous)
            previous = loss
        }
        #expect(standardNormalLoss(8) < 1e-15)
        #expect(standardNormalLoss(40) == 0)
    }
}
