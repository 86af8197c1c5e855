import Foundation

/// Where a run's customer orders come from.
package enum DemandSource: Sendable, Equatable {
    /// Drawn from the compound Poisson law.
    case compoundPoisson(DemandLaw)
    /// A monthly history replayed in order, month m covering days
    /// [30.4375 m, 30.4375 (m + 1)): each month's units (whole) split into
    /// orders of the law, conditioned to total exactly those units.
    case history(monthlyUnits: [Int], law: DemandLaw)
    /// For tests only, not a product feature: one order of `size` units every
    /// `intervalDays`, the first at `intervalDays / 2`, accepted under any
    /// delivery loss below 1 (deterministic demand has figures one can work
    /// out by hand).
    case regular(size: Int, intervalDays: Double)

    /// The mean units demanded over `days` when demand is random; `nil` when the
    /// total is fixed by the source (then it serves as no control variate).
    func meanUnits(overDays days: Double) -> Double? {
        guard case .compoundPoisson(let law) = self else { return nil }
        return law.monthlyMean / daysPerMonth * days
    }

    /// The orders of one run over [0, `horizonDays`), drawn from `random`.
    func orders(horizonDays: Double, random: inout RandomStream) -> CustomerOrders {
        var orders = CustomerOrders()
        switch self {
        case .compoundPoisson(let law):
            let rate = law.ordersPerDay
            let p = law.orderSizeParameter
            guard rate > 0 else { return orders }
            let expected: Double = min(rate * horizonDays * 1.1, 1_048_576)
            orders.reserve(Int(expected) + 16)
            var spacings: [Double] = []
            var day = 0.0
            while day < horizonDays {
                let count = random.poisson(mean: rate)
                if count > 0 {
                    // Given their number, the day's arrival times are uniform:
                    // their order statistics from exponential spacings, already sorted.
                    spacings.removeAll(keepingCapacity: true)
                    var total = 0.0
                    for _ in 0...count {
                        total += random.exponential()
                        spacings.append(total)
                    }
                    for index in 0..<count {
                        let time = day + spacings[index] / total
                        guard time < horizonDays else { break }
                        orders.append(
                            time: time, size: random.logarithmic(p: p), acceptance: random.uniform()
                        )
                    }
                }
                day += 1
            }
        case .history(let months, let law):
            for (month, units) in months.enumerated() where units > 0 {
                var sizes = Self.split(units, shape: law.monthlyShape, random: &random)
                // The partition comes in order of creation (size-biased): shuffled, then
                // laid on uniform times in the month.
                if sizes.count > 1 {
                    for index in stride(from: sizes.count - 1, to: 0, by: -1) {
                        let other = Int(random.uniform() * Double(index + 1))
                        sizes.swapAt(index, min(other, index))
                    }
                }
                var total = 0.0
                var spacings: [Double] = []
                for _ in 0...sizes.count {
                    total += random.exponential()
                    spacings.append(total)
                }
                let start = Double(month) * daysPerMonth
                for (index, size) in sizes.enumerated() {
                    let time = start + spacings[index] / total * daysPerMonth
                    guard time < horizonDays else { break }
                    orders.append(time: time, size: size, acceptance: random.uniform())
                }
            }
        case .regular(let size, let interval):
            var time = interval / 2
            while time < horizonDays {
                orders.append(time: time, size: size, acceptance: 0)
                time += interval
            }
        }
        return orders
    }

    /// `units` split into customer orders as the compound Poisson splits a
    /// month that totals `units`: given the total, the numbers of orders of
    /// each size follow the Ewens sampling formula with parameter θ (the
    /// month's negative-binomial shape), since orders of size j are independent
    /// Poisson with means ∝ θ p^j / j. Drawn exactly by the Chinese restaurant
    /// process (Pitman, *Combinatorial Stochastic Processes*, 2006, §3.1): unit
    /// i + 1 opens a new order with probability θ / (θ + i), else joins the order
    /// of a uniformly chosen earlier unit. Poisson demand (no θ): orders of one.
    static func split(_ units: Int, shape: Double?, random: inout RandomStream) -> [Int] {
        guard let theta = shape, theta.isFinite else { return Array(repeating: 1, count: units) }
        guard theta > 0 else { return units > 0 ? [units] : [] }  // the limit θ → 0: one order
        var sizes: [Int] = []
        var owner: [Int] = []
        owner.reserveCapacity(units)
        for unit in 0..<units {
            if random.uniform() * (theta + Double(unit)) < theta {
                owner.append(sizes.count)
                sizes.append(1)
            } else {
                let order = owner[min(Int(random.uniform() * Double(unit)), unit - 1)]
                sizes[order] += 1
                owner.append(order)
            }
        }
        return sizes
    }
}

/// The customer orders of one run, in time order: when each arrives (days
/// from the run's start), how many units it asks for, and one uniform in
/// [0, 1) that decides, the same way for every model, whether the buyer
/// accepts a delivery promise: a model that loses a share λ of demand to slow
/// delivery keeps the order when the uniform is below 1 − λ. Models thus see
/// nested, equally thinned copies of one stream (common random numbers).
package struct CustomerOrders: Sendable, Equatable {
    /// Arrival times, days, increasing.
    package private(set) var times: [Double] = []
    /// Units per order, ≥ 1.
    package private(set) var sizes: [Int] = []
    /// One uniform per order.
    package private(set) var acceptance: [Double] = []

    /// No orders.
    package init() {}

    /// Number of orders.
    package var count: Int { times.count }

    mutating func reserve(_ capacity: Int) {
        times.reserveCapacity(capacity)
        sizes.reserveCapacity(capacity)
        acceptance.reserveCapacity(capacity)
    }

    mutating func append(time: Double, size: Int, acceptance uniform: Double) {
        times.append(time)
        sizes.append(size)
        acceptance.append(uniform)
    }

    /// Units ordered in the days `window`, before any delivery loss.
    package func units(in window: Range<Double>) -> Int {
        var total = 0
        for index in times.indices where window.contains(times[index]) { total += sizes[index] }
        return total
    }
}
