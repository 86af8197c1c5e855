import Testing

@testable import BreakevenCore

@Suite("Simulation: customer orders")
struct CustomerOrdersTests {
    /// Every replayed month totals exactly its units, inside the month, in time order.
    @Test func historyReplayTotalsEachMonthExactly() {
        let history = [0, 7, 31, 1, 120, 4]
        let source = DemandSource.history(
            monthlyUnits: history, law: DemandLaw(monthlyMean: 27, varianceToMean: 6))
        for run in 0..<20 {
            var random = RandomStream(seed: 1, key: 2, run: run, stream: RandomStream.demand)
            let orders = source.orders(horizonDays: 6 * daysPerMonth, random: &random)
            #expect(orders.times == orders.times.sorted())
            for (month, units) in history.enumerated() {
                let window = (Double(month) * daysPerMonth)..<(Double(month + 1) * daysPerMonth)
                #expect(orders.units(in: window) == units)
            }
            #expect(orders.sizes.allSatisfy { $0 >= 1 })
        }
        var random = RandomStream(seed: 1, key: 2, run: 0, stream: 0)
        let poisson = DemandSource.history(
            monthlyUnits: [5], law: DemandLaw(monthlyMean: 5, varianceToMean: 1)
        )
        .orders(horizonDays: daysPerMonth, random: &random)
        #expect(poisson.sizes == [1, 1, 1, 1, 1])
    }

    /// The split of a month's total is the Ewens partition: with θ = 2 and 20
    /// units the expected number of orders is Σ_{i<20} θ / (θ + i) =
    /// 5.29071740952546 (Ewens 1972; computed in Python).
    @Test func splitFollowsTheEwensLaw() {
        let n = 4_000
        var counts: [Double] = []
        for run in 0..<n {
            var random = RandomStream(seed: 4, key: 4, run: run, stream: 0)
            let sizes = DemandSource.split(20, shape: 2, random: &random)
            #expect(sizes.reduce(0, +) == 20)
            counts.append(Double(sizes.count))
        }
        let mean = counts.reduce(0, +) / Double(n)
        let variance = counts.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n - 1)
        #expect(abs(mean - 5.29071740952546) <= 3 * (variance / Double(n)).squareRoot(), "\(mean)")
    }

    /// The test-only regular stream: one order every interval from half an interval on.
    @Test func regularStream() {
        var random = RandomStream(seed: 1, key: 1, run: 0, stream: 0)
        let orders = DemandSource.regular(size: 3, intervalDays: 2).orders(
            horizonDays: 9, random: &random)
        #expect(orders.times == [1, 3, 5, 7])
        #expect(orders.sizes == [3, 3, 3, 3])
        #expect(orders.units(in: 2..<6) == 6)
    }
}
