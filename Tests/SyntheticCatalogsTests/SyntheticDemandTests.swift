import Testing

@testable import BreakevenCore
@testable import SyntheticCatalogs

/// Each pattern's process: the properties it has by construction, and how
/// often its history reads as meant by the Syntetos–Boylan classifier
/// (expected rates from an independent numpy re-implementation of the
/// processes, run outside the project, 100,000 histories each; listed in
/// docs/synthetic-catalogs.md).
@Suite("Synthetic catalogs: demand histories")
struct SyntheticDemandTests {
    static func draws(_ pattern: SyntheticPattern, months: Int, count: Int) -> [SyntheticDemand] {
        (0..<count).map { index in
            var random = RandomStream(seed: 42, key: UInt64(index), run: 0, stream: 7)
            return SyntheticDemand(pattern: pattern, months: months, random: &random)
        }
    }

    static func months(withSales history: [Int]) -> Int { history.filter { $0 > 0 }.count }

    static func share(_ draws: [SyntheticDemand], classifiedAs pattern: DemandPattern) -> Double {
        let hits = draws.filter { DemandPattern(history: $0.history.map(Double.init)) == pattern }
            .count
        return Double(hits) / Double(draws.count)
    }

    @Test(arguments: [3, 12, 24]) func smoothAndErraticSellEveryMonth(_ months: Int) {
        for pattern in [SyntheticPattern.smooth, .erratic] {
            for demand in Self.draws(pattern, months: months, count: 300) {
                #expect(
                    demand.history.count == months && demand.history.allSatisfy { $0 > 0 },
                    "\(pattern)")
                #expect(demand.profile == nil && demand.peakMonths.isEmpty)
            }
        }
    }

    /// ADI = months / months with a sale ≥ 1.5 from 3 months on (k = round(q N)
    /// with q < 0.55); the sizes of an intermittent history within ±25 % of
    /// one size b (d = ⌊b / 4⌋), so their sample CV² ≤ 2 (d / (b − d))² ≤ 2/9:
    /// always intermittent, at any length.
    @Test(arguments: [3, 5, 12, 24, 37]) func intermittentIsIntermittentByConstruction(
        _ months: Int
    ) {
        for demand in Self.draws(.intermittent, months: months, count: 300) {
            let sizes = demand.history.filter { $0 > 0 }
            #expect(!sizes.isEmpty && Double(months) / Double(sizes.count) >= 1.5)
            let low = sizes.min() ?? 0
            let high = sizes.max() ?? 0
            // high − low ≤ 2d ≤ b/2 and low ≥ b − d ≥ 3b/4
            #expect(3 * (high - low) <= 2 * low, "\(sizes)")
            #expect(
                DemandPattern(history: demand.history.map(Double.init)) == .intermittent,
                "\(demand.history)")
        }
    }

    /// At least two sale months, ADI ≥ 1.5.
    @Test(arguments: [3, 12, 24]) func lumpyHasZeroMonthsAndTwoSalesAtLeast(_ months: Int) {
        for demand in Self.draws(.lumpy, months: months, count: 300) {
            let sales = Self.months(withSales: demand.history)
            #expect(sales >= 2 && Double(months) / Double(sales) >= 1.5, "\(demand.history)")
        }
    }

    /// Expected (numpy, 100,000 histories each): at 12 months smooth 99.997 %,
    /// erratic 99.32 %, lumpy 99.96 %; at 24 months 100 %, 99.977 %, 99.993 %.
    /// Bounds for 1,000 draws: 3 binomial SE below the expected rate, and no
    /// tighter than 2 misses in 1,000 (a rate near 1 has almost no SE).
    @Test func theClassifierReadsThePatternMeant() {
        let expected: [(SyntheticPattern, months: Int, bound: Double)] = [
            (.smooth, 12, 0.998), (.erratic, 12, 0.985), (.lumpy, 12, 0.997),
            (.smooth, 24, 0.998), (.erratic, 24, 0.998), (.lumpy, 24, 0.998),
        ]
        for (pattern, months, bound) in expected {
            let draws = Self.draws(pattern, months: months, count: 1_000)
            let share = Self.share(draws, classifiedAs: pattern.demandPattern!)
            #expect(share >= bound, "\(pattern) at \(months) months: \(share)")
        }
    }

    /// The profile: 2 or 3 consecutive peak months (through December to
    /// January too) at 3–6 times the others, mean 1.
    @Test func theSeasonalProfile() throws {
        for demand in Self.draws(.seasonal, months: 24, count: 300) {
            let profile = try #require(demand.profile)
            #expect(profile.count == 12 && abs(profile.reduce(0, +) / 12 - 1) < 1e-12)
            let peaks = demand.peakMonths
            #expect(peaks.count == 2 || peaks.count == 3, "\(profile)")
            let first = try #require(peaks.first { !peaks.contains(($0 + 11) % 12) })
            #expect(
                peaks.allSatisfy { (($0 - first + 12) % 12) < peaks.count },
                "not consecutive: \(peaks)")
            let base = profile[(first + 11) % 12]
            let peak = profile[first]
            for month in 0..<12 {
                #expect(profile[month] == (peaks.contains(month) ? peak : base), "\(profile)")
            }
            #expect(peak / base >= 3 - 1e-12 && peak / base < 6, "peak ratio \(peak / base)")
        }
    }

    /// Over 24 months the months of the year with the highest mean sales are
    /// the profile's peak months (numpy: in all of 100,000 histories; 99.97 %
    /// at 12 months).
    @Test func seasonalPeaksAreWhereTheProfileSays() {
        for demand in Self.draws(.seasonal, months: 24, count: 300) {
            let means = (0..<12).map { month in
                Double(demand.history[month] + demand.history[month + 12]) / 2
            }
            let highest = Set(
                means.indices.sorted { means[$0] > means[$1] }.prefix(demand.peakMonths.count))
            #expect(highest == Set(demand.peakMonths), "\(demand.history) \(demand.peakMonths)")
        }
    }

    /// The same stream gives the same history; another stream another.
    @Test func deterministic() {
        var a = RandomStream(seed: 1, key: 2, run: 0, stream: 3)
        var b = RandomStream(seed: 1, key: 2, run: 0, stream: 3)
        var c = RandomStream(seed: 1, key: 3, run: 0, stream: 3)
        let first = SyntheticDemand(months: 24, random: &a)
        #expect(first == SyntheticDemand(months: 24, random: &b))
        #expect(first != SyntheticDemand(months: 24, random: &c))
    }
}
