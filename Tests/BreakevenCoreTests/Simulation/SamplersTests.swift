import Foundation
import Testing

@testable import BreakevenCore

/// Each sampler against its law: means and variances within 3 standard errors,
/// probabilities within 3 binomial standard errors. Reference probabilities
/// from scipy.stats (poisson, logser), not from this code.
@Suite("Simulation: samplers")
struct SamplersTests {
    static let draws = 20_000

    func sample(_ draw: (inout RandomStream) -> Double) -> [Double] {
        var random = RandomStream(seed: 7, key: 11, run: 0, stream: 0)
        return (0..<Self.draws).map { _ in draw(&random) }
    }

    func moments(
        _ values: [Double]
    ) -> (mean: Double, variance: Double, meanSE: Double, varianceSE: Double) {
        let n = Double(values.count)
        let mean = values.reduce(0, +) / n
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)
        let fourth = values.reduce(0) { $0 + pow($1 - mean, 4) } / n
        return (
            mean, variance, (variance / n).squareRoot(),
            ((fourth - variance * variance) / n).squareRoot()
        )
    }

    func expectFrequency(_ values: [Double], _ k: Double, _ probability: Double) {
        let share = Double(values.filter { $0 == k }.count) / Double(values.count)
        let se = (probability * (1 - probability) / Double(values.count)).squareRoot()
        #expect(abs(share - probability) <= 3 * se, "P(\(k)) = \(share), expected \(probability)")
    }

    @Test func uniformAndExponential() {
        let u = moments(sample { $0.uniform() })
        #expect(abs(u.mean - 0.5) <= 3 * u.meanSE)
        #expect(abs(u.variance - 1.0 / 12) <= 3 * u.varianceSE)
        let e = moments(sample { $0.exponential() })
        #expect(abs(e.mean - 1) <= 3 * e.meanSE)
        #expect(abs(e.variance - 1) <= 3 * e.varianceSE)
        let z = moments(sample { $0.normal() })
        #expect(abs(z.mean) <= 3 * z.meanSE)
        #expect(abs(z.variance - 1) <= 3 * z.varianceSE)
    }

    /// Inversion below a mean of 10, PTRS above.
    @Test(arguments: [
        (
            3.5,
            [
                (0.0, 0.0301973834223185), (2, 0.18495897346170082), (3, 0.215785469038651),
                (5, 0.13216859978617376),
            ]
        ),
        (
            25.0,
            [(20.0, 0.05191746860849122), (25, 0.07952295146806541), (30, 0.04541278513011904)]
        ),
        (
            400.0,
            [(380.0, 0.01230448325805241), (400, 0.019942958805031), (420, 0.011900995193377194)]
        ),
    ])
    func poisson(_ mean: Double, _ probabilities: [(Double, Double)]) {
        let values = sample { Double($0.poisson(mean: mean)) }
        let m = moments(values)
        #expect(abs(m.mean - mean) <= 3 * m.meanSE)
        #expect(abs(m.variance - mean) <= 3 * m.varianceSE)
        for (k, p) in probabilities { expectFrequency(values, k, p) }
    }

    /// p = 0.75: mean −p / ((1 − p) ln(1 − p)) = 2.1640425613334453.
    @Test func logarithmicSeries() {
        let values = sample { Double($0.logarithmic(p: 0.75)) }
        let m = moments(values)
        #expect(abs(m.mean - 2.1640425613334453) <= 3 * m.meanSE)
        for (k, p) in [
            (1.0, 0.5410106403333613), (2, 0.20287899012501048), (3, 0.10143949506250524),
            (4, 0.0570597159726592),
            (8, 0.0090270253784871),
        ] { expectFrequency(values, k, p) }
        var random = RandomStream(seed: 1, key: 1, run: 1, stream: 1)
        #expect((0..<100).allSatisfy { _ in random.logarithmic(p: 0) == 1 })
    }

    /// Lead times: gamma with the asked mean and deviation, shape above and below 1.
    @Test(arguments: [(20.0, 5.0), (3.0, 4.0)])
    func durations(_ mean: Double, _ deviation: Double) {
        let values = sample { $0.duration(mean: mean, deviation: deviation) }
        let m = moments(values)
        #expect(values.allSatisfy { $0 >= 0 })
        #expect(abs(m.mean - mean) <= 3 * m.meanSE)
        #expect(abs(m.variance - deviation * deviation) <= 3 * m.varianceSE)
        var random = RandomStream(seed: 1, key: 1, run: 1, stream: 1)
        #expect(random.duration(mean: 35, deviation: 0) == 35)
    }

    /// ln k! against the C library's lgamma.
    @Test func logFactorial() {
        for k in [0.0, 1, 2, 5, 6, 7, 10, 50, 1000] {
            #expect(
                abs(RandomStream.logFactorial(k) - lgamma(k + 1)) <= 1e-10 * max(1, lgamma(k + 1)))
        }
    }
}
