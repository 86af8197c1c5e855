import Testing

@testable import BreakevenCore
@testable import SyntheticCatalogs

@Suite("Synthetic catalogs: the patterns and their shares")
struct SyntheticPatternTests {
    /// The shares stated in docs/synthetic-catalogs.md, and they add to 1.
    @Test func sharesAreTheStatedOnes() {
        let stated: [SyntheticPattern: Double] = [
            .smooth: 0.30, .erratic: 0.20, .intermittent: 0.20, .lumpy: 0.15, .seasonal: 0.15,
        ]
        for pattern in SyntheticPattern.allCases {
            #expect(pattern.share == stated[pattern], "\(pattern)")
        }
        #expect(abs(SyntheticPattern.allCases.reduce(0) { $0 + $1.share } - 1) < 1e-12)
    }

    /// The unit interval in order: [0, 0.3) smooth, [0.3, 0.5) erratic,
    /// [0.5, 0.7) intermittent, [0.7, 0.85) lumpy, [0.85, 1) seasonal.
    @Test func aUniformDrawFallsInItsShare() {
        let cases: [(Double, SyntheticPattern)] = [
            (0, .smooth), (0.2999, .smooth), (0.3001, .erratic), (0.4999, .erratic),
            (0.5001, .intermittent), (0.6999, .intermittent), (0.7001, .lumpy), (0.8499, .lumpy),
            (0.8501, .seasonal), (0.999_999, .seasonal), (1, .seasonal),
        ]
        for (u, pattern) in cases { #expect(SyntheticPattern(uniform: u) == pattern, "u = \(u)") }
    }

    @Test func theSyntetosBoylanClassOfEachPattern() {
        #expect(SyntheticPattern.smooth.demandPattern == .smooth)
        #expect(SyntheticPattern.erratic.demandPattern == .erratic)
        #expect(SyntheticPattern.intermittent.demandPattern == .intermittent)
        #expect(SyntheticPattern.lumpy.demandPattern == .lumpy)
        #expect(SyntheticPattern.seasonal.demandPattern == nil)
    }
}
