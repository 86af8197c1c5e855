import Foundation
import Testing

@testable import BreakevenCore

@Suite("Simulation: the demand law")
struct DemandLawTests {
    /// b = (v − 1) / ln v; v = 4: 3 / ln 4 = 2.164042561333445; orders a day μ / 30.4375 / b.
    @Test func parameters() {
        let law = DemandLaw(monthlyMean: 10, varianceToMean: 4)
        #expect(abs(law.meanOrderSize - 2.164042561333445) < 1e-12)
        #expect(abs(law.orderSizeParameter - 0.75) < 1e-15)
        #expect(abs(law.ordersPerDay - 10 / 30.4375 / 2.164042561333445) < 1e-12)
        #expect(abs(law.monthlyShape! - 10.0 / 3) < 1e-12)
        let poisson = DemandLaw(monthlyMean: 10, varianceToMean: 1)
        #expect(
            poisson.meanOrderSize == 1 && poisson.orderSizeParameter == 0
                && poisson.monthlyShape == nil)
        // Under-dispersed is taken as Poisson; the default v is σ² / μ.
        #expect(DemandLaw(monthlyMean: 10, varianceToMean: 0.5).varianceToMean == 1)
        #expect(DemandLaw(Demand(mean: 14, deviation: 9)).varianceToMean == 81.0 / 14)
        #expect(DemandLaw(Demand(mean: 14, deviation: 9), varianceToMean: 2).varianceToMean == 2)
        #expect(abs(DemandLaw(monthlyMean: 1, varianceToMean: 1 + 1e-10).meanOrderSize - 1) < 1e-9)
    }

    /// One month of drawn orders, 6,000 times: its units have mean μ and
    /// variance v μ, and follow the negative binomial with r = μ / (v − 1) = 10/3,
    /// p = 1/v (scipy.stats.nbinom probabilities below).
    @Test func monthlyDemandIsNegativeBinomial() {
        let law = DemandLaw(monthlyMean: 10, varianceToMean: 4)
        let source = DemandSource.compoundPoisson(law)
        let n = 6_000
        let months = (0..<n).map { run -> Double in
            var random = RandomStream(seed: 3, key: 5, run: run, stream: RandomStream.demand)
            return Double(
                source.orders(horizonDays: daysPerMonth, random: &random).units(
                    in: 0..<daysPerMonth))
        }
        let mean = months.reduce(0, +) / Double(n)
        let variance = months.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n - 1)
        let fourth = months.reduce(0) { $0 + pow($1 - mean, 4) } / Double(n)
        #expect(abs(mean - 10) <= 3 * (40.0 / Double(n)).squareRoot(), "mean \(mean)")
        #expect(
            abs(variance - 40) <= 3 * ((fourth - variance * variance) / Double(n)).squareRoot(),
            "variance \(variance)")
        for (k, p) in [
            (0.0, 0.009843133202303693), (1, 0.02460783300575925), (2, 0.03998772863435875),
            (5, 0.06964529403817485),
            (10, 0.06139746041532711), (20, 0.014690950908785144),
        ] {
            let share = Double(months.filter { $0 == k }.count) / Double(n)
            #expect(
                abs(share - p) <= 3 * (p * (1 - p) / Double(n)).squareRoot(),
                "P(\(k)) = \(share), expected \(p)")
        }
    }
}
