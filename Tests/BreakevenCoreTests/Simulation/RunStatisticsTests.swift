import Testing

@testable import BreakevenCore

@Suite("Simulation: run statistics")
struct RunStatisticsTests {
    /// Type 7: position p (n − 1); for 1…10, P10 = 1.9, P50 = 5.5, P90 = 9.1.
    @Test func quantiles() {
        let values = (1...10).reversed().map(Double.init)
        #expect(abs(RunStatistics.quantile(values, 0.1) - 1.9) < 1e-12)
        #expect(abs(RunStatistics.quantile(values, 0.5) - 5.5) < 1e-12)
        #expect(abs(RunStatistics.quantile(values, 0.9) - 9.1) < 1e-12)
        #expect(RunStatistics.quantile([4], 0.9) == 4)
    }

    /// Mean 2, sample variance 2.5 / … : values 0…4: s² = 2.5, SE √(2.5 / 5).
    @Test func plainMean() {
        let result = RunStatistics.plainMean([0, 1, 2, 3, 4])
        #expect(result.mean == 2)
        #expect(abs(result.standardError - (2.5 / 5).squareRoot()) < 1e-15)
    }

    /// y exactly linear in the control: the controlled mean is a + b E[x] with no error.
    @Test func controlVariateRemovesTheExplainedPart() {
        let x: [Double] = [8, 12, 9, 11, 10, 14, 7]
        let y = x.map { 3 + 2 * $0 }
        let result = RunStatistics.controlledMean(y, control: x, controlMean: 10)
        #expect(abs(result.mean - 23) < 1e-9)
        #expect(result.standardError < 1e-9)
        // No control (a fixed total): the plain mean.
        let fixed = RunStatistics.controlledMean(y, control: x, controlMean: nil)
        #expect(fixed == RunStatistics.plainMean(y))
        let constant = RunStatistics.controlledMean(
            y, control: Array(repeating: 10, count: 7), controlMean: 10)
        #expect(constant == RunStatistics.plainMean(y))
    }

    /// Over 2,000 replications of 10 runs each, y = x + noise with x Poisson-like:
    /// the jackknifed controlled mean is unbiased for E[y] = 10 within 3 SE, and
    /// its spread is smaller than the plain mean's.
    @Test func controlledMeanIsUnbiasedAndTighter() {
        var random = RandomStream(seed: 1, key: 2, run: 3, stream: 4)
        var controlled: [Double] = []
        var plain: [Double] = []
        for _ in 0..<2_000 {
            let x = (0..<10).map { _ in Double(random.poisson(mean: 10)) }
            let y = x.map { $0 + 0.5 * random.normal() }
            controlled.append(RunStatistics.controlledMean(y, control: x, controlMean: 10).mean)
            plain.append(RunStatistics.plainMean(y).mean)
        }
        let c = RunStatistics.plainMean(controlled)
        let p = RunStatistics.plainMean(plain)
        #expect(abs(c.mean - 10) <= 3 * c.standardError)
        #expect(c.standardError < p.standardError / 3)
    }
}
