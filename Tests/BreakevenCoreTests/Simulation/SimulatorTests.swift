import Foundation
import TestSupport
import Testing

@testable import BreakevenCore

@Suite("Simulation: the simulator")
struct SimulatorTests {
    static let small = SimulationOptions(
        months: 6, warmUpMonths: 3, minimumRuns: 8, maximumRuns: 8, batch: 4)

    func sku(_ name: String = "TEST", demand: Double = 100) throws -> SKUEvaluation {
        var inputs = SimulatedModelTests.inputs
        inputs[.monthlyDemand] = demand
        return Evaluator.evaluate(try terms(inputs, sku: name))
    }

    /// The simulator takes the lead-time spread from the SKU's row: the same
    /// SKU (seed, runs and printed policy alike: the analytic model ignores
    /// the spread) with `lead_time_sd_days` 12 instead of 0 runs short more
    /// often, so STOCKED's fill rate is lower, as it is with the same spread
    /// imposed through the options; an override of 0 undoes the row's spread.
    @Test func theRowsLeadTimeSpreadLowersTheFillRate() throws {
        var inputs = SimulatedModelTests.inputs
        let fixed = Evaluator.evaluate(try terms(inputs))
        inputs[.leadTimeSDDays] = 12
        let spread = Evaluator.evaluate(try terms(inputs))
        #expect(spread[.stocked]?.continuousReview == fixed[.stocked]?.continuousReview)
        let key = RandomStream.key(sku: "TEST")
        func stockedFillRate(_ evaluation: SKUEvaluation, _ options: SimulationOptions) throws -> Double {
            let simulation = Simulator.simulate(evaluation, key: key, options: options)
            return try #require(simulation.models.first { $0.model == .stocked }?.fillRate)
        }
        let withoutSpread = try stockedFillRate(fixed, Self.small)
        let withSpread = try stockedFillRate(spread, Self.small)
        #expect(withSpread < withoutSpread - 0.01, "\(withSpread) against \(withoutSpread)")
        var imposed = Self.small
        imposed.leadTimeDeviationDays = 12
        #expect(try stockedFillRate(fixed, imposed) == withSpread)
        imposed.leadTimeDeviationDays = 0
        #expect(try stockedFillRate(spread, imposed) == withoutSpread)
    }

    @Test func sameSeedSameFiguresOtherSeedOthers() throws {
        let evaluation = try sku()
        let key = RandomStream.key(sku: evaluation.sku)
        let first = Simulator.simulate(evaluation, key: key, options: Self.small)
        #expect(first == Simulator.simulate(evaluation, key: key, options: Self.small))
        var other = Self.small
        other.seed = 2
        #expect(
            first.models[1].meanMonthlyProfit
                != Simulator.simulate(evaluation, key: key, options: other).models[1]
                .meanMonthlyProfit)
        #expect(first.models.map(\.model) == [.virtual, .stocked, .marketplace, .hybrid])
    }

    final class Slots: @unchecked Sendable {
        let lock = NSLock()
        var runs: [SimulationRun?]
        init(_ count: Int) { runs = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ run: SimulationRun) {
            lock.lock()
            runs[index] = run
            lock.unlock()
        }
    }

    /// Runs computed forwards, backwards or on two threads are bit-for-bit the
    /// same, and so is a SKU simulated before or after another.
    @Test func resultsDoNotDependOnOrderOrThreads() throws {
        let evaluation = try sku()
        let key = RandomStream.key(sku: evaluation.sku)
        let plan = SimulationPlan(
            key: key, demand: .compoundPoisson(DemandLaw(evaluation.terms.demand)),
            models: Simulator.simulatedModels(evaluation, options: Self.small), warmUpDays: 60,
            windowDays: 120)
        let forwards = (0..<12).map { Simulator.run(plan, index: $0, seed: 3) }
        let backwards = (0..<12).reversed().map { Simulator.run(plan, index: $0, seed: 3) }
            .reversed()
        #expect(forwards == Array(backwards))
        let slots = Slots(12)
        DispatchQueue.concurrentPerform(iterations: 2) { thread in
            for index in stride(from: thread, to: 12, by: 2) {
                slots.set(index, Simulator.run(plan, index: index, seed: 3))
            }
        }
        #expect(slots.runs.compactMap { $0 } == forwards)

        let other = try sku("OTHER", demand: 40)
        let otherKey = RandomStream.key(sku: other.sku)
        let ab = [
            Simulator.simulate(evaluation, key: key, options: Self.small),
            Simulator.simulate(other, key: otherKey, options: Self.small),
        ]
        let ba = [
            Simulator.simulate(other, key: otherKey, options: Self.small),
            Simulator.simulate(evaluation, key: key, options: Self.small),
        ]
        #expect(ab[0] == ba[1] && ab[1] == ba[0])
    }

    /// Common random numbers: the paired difference of two models is far more
    /// precise than the two means' errors combined.
    @Test func pairedDifferencesAreTighter() throws {
        let result = Simulator.simulate(try sku(), key: 5, options: Self.small)
        let stocked = try #require(result[.stocked])
        let marketplace = try #require(result[.marketplace])
        let paired = try #require(result.difference(.stocked, .marketplace))
        let unpaired =
            (stocked.standardError * stocked.standardError + marketplace.standardError
            * marketplace.standardError)
            .squareRoot()
        #expect(paired.standardError < unpaired)
        #expect(
            abs(paired.mean - (stocked.meanMonthlyProfit - marketplace.meanMonthlyProfit)) < 3
                * paired.standardError + 1e-9)
    }

    /// Runs stop at the minimum when precise enough, at the cap (said so) when not.
    @Test func runsStopAtTheTargetOrTheCap() throws {
        let evaluation = try sku()
        var loose = Self.small
        loose.maximumRuns = 40
        loose.standardErrorTarget = 1e9
        let quick = Simulator.simulate(evaluation, key: 1, options: loose)
        #expect(quick.runs == 8 && !quick.reachedCap)
        var tight = loose
        tight.standardErrorTarget = 1e-9
        tight.maximumRuns = 14
        let capped = Simulator.simulate(evaluation, key: 1, options: tight)
        #expect(capped.runs == 14 && capped.reachedCap)
        #expect(capped.models.allSatisfy { $0.runs == 14 })
    }

    /// The figures hang together: VIRTUAL sells what accepts its promise, units
    /// demanded are μ within noise, stock models report fill rates, and the
    /// default warm-up covers two lead times and cycles.
    @Test func figuresAreConsistent() throws {
        let evaluation = try sku()
        let result = Simulator.simulate(evaluation, key: 9, options: Self.small)
        let virtual = try #require(result[.virtual])
        #expect(virtual.fillRate == nil && virtual.averageStock == 0 && virtual.ordersPerMonth == 0)
        #expect(abs(virtual.unitsSold / virtual.unitsDemanded - 0.9) < 0.05)
        // Every unit VIRTUAL sells earns 7.70 (the raw mean: the controlled one is adjusted).
        let raw = RunStatistics.plainMean(result.monthlyProfits[0]).mean
        #expect(abs(raw - 7.7 * virtual.unitsSold) < 1e-9)
        let stocked = try #require(result[.stocked])
        #expect(stocked.unitsDemanded == virtual.unitsDemanded)
        #expect((0.5...1).contains(try #require(stocked.fillRate)))
        #expect(stocked.p10 <= stocked.p50 && stocked.p50 <= stocked.p90)
        #expect(stocked.tolerance >= max(1, 0.02 * abs(stocked.meanMonthlyProfit)))

        let models = Simulator.simulatedModels(evaluation, options: Self.small)
        let warmUp = Simulator.defaultWarmUpDays(models, law: DemandLaw(evaluation.terms.demand))
        for model in models {
            guard let stock = model.stock else { continue }
            #expect(warmUp >= 2 * stock.leadTimeDays && warmUp >= 3 * daysPerMonth)
        }
    }

    /// A replayed history: the units demanded per month are its mean after the warm-up, in every run.
    @Test func replayCountsTheHistory() throws {
        let evaluation = try sku()
        var options = Self.small
        options.warmUpMonths = 2
        let history = [90.0, 130, 60, 100, 120, 80.4, 95]
        let result = Simulator.replay(evaluation, history: history, key: 4, options: options)
        #expect(result.controlMean == nil)
        #expect(result.controls.allSatisfy { $0 == 455 })  // 60 + 100 + 120 + 80 + 95
        #expect(abs(try #require(result[.virtual]).unitsDemanded - 91) < 1e-9)
    }
}
