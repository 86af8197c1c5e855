import TestSupport
import Testing

@testable import BreakevenCore

@Suite("Demand, XYZ classes and Syntetos–Boylan patterns")
struct DemandTests {
    @Test func proportionalSpreadKeepsTheCV() throws {
        let demand = Demand(mean: 100, deviation: 30)
        let scaled = demand.scaled(toMean: 10)
        #expect(isClose(scaled.deviation, 3))
        #expect(isClose(try #require(scaled.coefficientOfVariation), 0.3))
    }

    @Test func poissonSpreadIsTheSquareRoot() {
        let demand = Demand(mean: 100, spread: .poisson)
        #expect(demand.deviation == 10)
        #expect(demand.scaled(toMean: 4).deviation == 2)
    }

    @Test func losingDemandScalesTheDeviationToo() {
        let demand = Demand(mean: 100, deviation: 20).afterLosing(0.25)
        #expect(demand.mean == 75)
        #expect(isClose(demand.deviation, 15))
    }

    @Test func zeroMeanHasNoCVAndFallsBack() {
        #expect(Demand(mean: 0, deviation: 0).coefficientOfVariation == nil)
        #expect(Demand(mean: 0, deviation: 0).spread == .poisson)
        #expect(Demand(mean: 0, deviation: 0, fallbackCV: 0.4).spread == .proportional(cv: 0.4))
    }

    @Test(
        "XYZ limits are inclusive",
        arguments: [(0.2, StabilityClass.x), (0.5, .x), (0.51, .y), (1.0, .y), (1.01, .z)])
    func stabilityClass(cv: Double, expected: StabilityClass) {
        #expect(StabilityClass(cv: cv, xMaxCV: 0.5, yMaxCV: 1) == expected)
    }

    @Test func noDemandIsClassZ() {
        #expect(StabilityClass(cv: nil, xMaxCV: 0.5, yMaxCV: 1) == .z)
    }

    /// Hand-computed: [10, 12, 11, 9] sells every month (ADI 1); sizes mean 10.5,
    /// sample variance 5/3, CV² = 1.6667 / 110.25 = 0.0151: smooth.
    /// [0, 0, 30, 0, 2, 0] sells 2 of 6 months (ADI 3); sizes 30 and 2, mean 16,
    /// sample variance 392, CV² = 392 / 256 = 1.53: lumpy. The other CV² values
    /// are from Python's `statistics.variance` on the non-zero months.
    @Test(
        "Syntetos–Boylan classes by hand",
        arguments: [
            ([10.0, 12, 11, 9], DemandPattern.smooth, 1.0, 0.015117157974300834),
            ([1.0, 30, 2, 25, 3, 40], .erratic, 1.0, 1.015547495343594),
            ([0.0, 10, 0, 12, 0, 11], .intermittent, 2.0, 0.008264462809917356),
            ([0.0, 0, 30, 0, 2, 0], .lumpy, 3.0, 1.53125),
        ])
    func demandPattern(history: [Double], expected: DemandPattern, adi: Double, cv2: Double) throws {
        let stats = try #require(DemandPattern.statistics(of: history))
        #expect(isClose(stats.adi, adi))
        #expect(isClose(stats.cv2, cv2, relative: 1e-12))
        #expect(DemandPattern(history: history) == expected)
    }

    @Test func historyWithoutASaleHasNoPattern() {
        #expect(DemandPattern(history: [0, 0, 0]) == nil)
        #expect(DemandPattern(history: []) == nil)
    }
}
