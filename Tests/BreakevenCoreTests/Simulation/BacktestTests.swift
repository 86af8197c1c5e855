import TestSupport
import Testing

@testable import BreakevenCore

/// The back-test: decide on the first months, replay the rest. The hand-made
/// catalog's figures are worked out in ``BacktestFixtures``.
@Suite("Simulation: the back-test")
struct BacktestTests {
    /// Eight runs each: enough for the bounds and 4 standard errors below.
    static let plan = Backtest.Plan(
        simulation: SimulationOptions(minimumRuns: 8, maximumRuns: 8, batch: 8))

    static func outcomes(_ plan: Backtest.Plan = plan) -> [BacktestOutcome] {
        BacktestFixtures.inputs.map { Backtest.run($0, settings: Settings(), plan: plan) }
    }

    static func tested(_ outcomes: [BacktestOutcome]) -> [SKUBacktest] {
        outcomes.compactMap {
            if case .tested(let backtest) = $0 { return backtest }
            return nil
        }
    }

    @Test func flatHistoryVirtualIsBestAndTheRowsDemandIsSetAside() throws {
        let rows = Self.tested(Self.outcomes())
        let flat = try #require(rows.first { $0.sku == "flat-virtual" })
        #expect(flat.setAside == [.monthlyDemand, .demandSD, .historyMonths])
        #expect(flat.fitMonths == 12 && flat.heldOutMonths == 12)
        #expect(flat.fitDemand == 50 && flat.heldOutDemand == 50)  // not the row's 999
        #expect(flat.recommended == .virtual)
        #expect(isCloseMoney(try #require(flat[.virtual]).expected, 500))
        #expect(isCloseMoney(try #require(flat[.stocked]).expected, 45))
        #expect(isCloseMoney(try #require(flat[.virtual]).realised, 500))
        #expect(isCloseMoney(try #require(flat[.hybrid]).realised, 500))
        #expect(try #require(flat[.stocked]).realised <= 250 + 1e-9)
        #expect(flat.hindsightBest == .virtual && flat.isHit)
        #expect(flat.regret == SKUBacktest.Estimate(mean: 0, standardError: 0))
        #expect(flat.versusVirtual == SKUBacktest.Estimate(mean: 0, standardError: 0))
        #expect(flat.current == .virtual && flat.currentProfit == flat.recommendedProfit)
    }

    @Test func demandJumpBeatsTheRecommendationInHindsight() throws {
        let rows = Self.tested(Self.outcomes())
        let jump = try #require(rows.first { $0.sku == "jump-stocked" })
        #expect(jump.setAside.isEmpty)
        #expect(jump.fitDemand == 2 && jump.heldOutDemand == 200)
        #expect(jump.recommended == .virtual)
        #expect(isCloseMoney(try #require(jump[.virtual]).expected, 20))
        #expect(isCloseMoney(try #require(jump[.stocked]).expected, -140.2))
        #expect(isCloseMoney(try #require(jump[.hybrid]).expected, 20))
        #expect(isCloseMoney(jump.recommendedProfit, 2_000))
        #expect(isCloseMoney(try #require(jump[.hybrid]).realised, 2_000))
        let stocked = try #require(jump[.stocked])
        #expect(BacktestFixtures.jumpStockedBounds.contains(stocked.realised))
        #expect(stocked.standardError > 0)
        #expect(
            abs(stocked.realised - BacktestFixtures.jumpStockedExpected) <= 4
                * stocked.standardError)
        #expect(stocked.fillRate == 1)
        #expect(jump.hindsightBest == .stocked && !jump.isHit)
        #expect(isCloseMoney(jump.regret.mean, stocked.realised - 2_000))
        #expect(jump.regret.standardError > 0)
        // Today STOCKED: the recommendation earned the regret less than today's model.
        #expect(isCloseMoney(try #require(jump.versusCurrent).mean, -jump.regret.mean))
        #expect(isCloseMoney(try #require(jump.versusVirtual).mean, 0))
    }

    @Test func onlyVirtualEarnsItsMarginOnTheReplayedUnits() throws {
        let rows = Self.tested(Self.outcomes())
        let only = try #require(rows.first { $0.sku == "virtual-only" })
        #expect(only.models.map(\.model) == [.virtual])
        #expect(only.fitDemand == 10 && only.heldOutDemand == 25)
        #expect(isCloseMoney(only.recommendedProfit, 40 * 25))
        #expect(only.isHit && only.regret.mean == 0)
        #expect(only.current == nil && only.currentProfit == nil && only.versusCurrent == nil)
    }

    @Test func shortOrMissingHistoriesAreSkipped() {
        let outcomes = Self.outcomes()
        #expect(outcomes.map(\.sku) == BacktestFixtures.inputs.map(\.sku))
        #expect(
            outcomes[3] == .skipped(sku: "short", reason: .shortHistory(months: 20, needed: 24)))
        #expect(outcomes[4] == .skipped(sku: "no-history", reason: .noHistory))
        // Six months to decide on leave 14 of the short one's 20 to replay.
        var plan = Self.plan
        plan.fitMonths = 6
        guard
            case .tested(let short) = Backtest.run(
                BacktestFixtures.inputs[3], settings: Settings(), plan: plan)
        else {
            Issue.record("a 20-month history is back-tested on 6 + 14 months")
            return
        }
        #expect(short.fitMonths == 6 && short.heldOutMonths == 14)
    }

    /// The totals of ``BacktestFixtures``, by hand.
    @Test func totalsOfTheHandMadeCatalog() throws {
        let rows = Self.tested(Self.outcomes())
        let stocked = try #require(rows[1][.stocked]).realised
        let totals = BacktestTotals(rows)
        #expect(totals.skus == 3 && totals.hits == 2)
        #expect(isClose(try #require(totals.hitShare), 2.0 / 3))
        #expect(isCloseMoney(totals.recommended, 3_500))
        #expect(isCloseMoney(totals.hindsightBest, 1_500 + stocked))
        #expect(isCloseMoney(totals.regret, stocked - 2_000))
        #expect(
            isClose(totals.regret, BacktestFixtures.jumpStockedExpected - 2_000, relative: 1e-3))
        #expect(totals.versusVirtual.skus == 3)
        #expect(isCloseMoney(totals.versusVirtual.recommended, 3_500))
        #expect(isCloseMoney(totals.versusVirtual.other, 3_500))
        #expect(isCloseMoney(totals.versusVirtual.difference, 0))
        #expect(totals.versusCurrent.skus == 2)
        #expect(isCloseMoney(totals.versusCurrent.recommended, 2_500))
        #expect(isCloseMoney(totals.versusCurrent.other, 500 + stocked))
        #expect(isCloseMoney(totals.versusCurrent.difference, 2_000 - stocked))
    }

    /// The fit sees the first months alone: the history cut, the demand
    /// inputs of the row and of the settings set aside, the rest kept.
    @Test func theFitSeesTheFirstMonthsOnly() throws {
        let inputs = BacktestFixtures.inputs[0]
        let settings = Settings(
            defaults: InputValues([.monthlyDemand: 7, .storageCost: 3]),
            adjustments: [.demandSD: .scale(2), .orderCost: .set(11)])
        let fit = Backtest.fitted(inputs, settings: settings, fitMonths: 12)
        #expect(fit.inputs.demandHistory == Array(repeating: 50, count: 12))
        #expect(fit.setAside == [.monthlyDemand, .demandSD, .historyMonths])
        for name in Backtest.fittedInputs {
            #expect(fit.inputs.values[name] == nil && fit.settings.defaults[name] == nil)
            #expect(fit.settings.adjustments[name] == nil)
        }
        #expect(
            fit.settings.defaults[.storageCost] == 3
                && fit.settings.adjustments[.orderCost] == .set(11))
        let terms = try SKUTerms(fit.inputs, settings: fit.settings)
        #expect(terms.demand.mean == 50 && terms.demand.deviation == 0 && terms.historyMonths == 12)
        #expect(terms.trace.value(of: .orderCost) == 11)
    }

    /// Invariants on SKUs of every kind with made-up histories, some that
    /// jump: regret ≥ 0, 0 exactly when the recommendation is the best in
    /// hindsight, the best in hindsight earning at least every model, and
    /// totals that are the sums of the rows.
    @Test func regretIsNonNegativeAndTotalsAreSums() throws {
        var random = SeededGenerator(seed: 17)
        let random5 = RandomSKUs.make(count: 5, seed: 5).map { sku -> SKUInputs in
            var sku = sku
            let level = random.logUniform(1, 60)
            let jump = random.chance(0.5) ? random.uniform(0.2, 5) : 1
            sku.demandHistory = (0..<24).map { month in
                (level * (month < 12 ? 1 : jump) * random.uniform(0.4, 1.6)).rounded()
            }
            sku.values[.monthlyDemand] = nil
            sku.currentModel = random.chance(0.5) ? .stocked : nil
            return sku
        }
        // With the hand-made SKUs: one whose recommendation is beaten in hindsight for sure.
        let inputs = random5 + BacktestFixtures.inputs
        let plan = Backtest.Plan(simulation: SimulationOptions(minimumRuns: 4, maximumRuns: 4))
        let rows = Self.tested(inputs.map { Backtest.run($0, settings: Settings(), plan: plan) })
        #expect(rows.count == 8)  // the fixtures' short and missing histories skipped
        #expect(rows.contains { !$0.isHit } && rows.contains { $0.isHit })  // both cases covered
        for row in rows {
            #expect(row.regret.mean >= 0)
            #expect((row.regret.mean == 0) == row.isHit)
            if row.isHit { #expect(row.regret == SKUBacktest.Estimate(mean: 0, standardError: 0)) }
            for model in row.models { #expect(model.realised <= row.hindsightBestProfit) }
            #expect(
                isClose(
                    row.regret.mean, row.hindsightBestProfit - row.recommendedProfit,
                    relative: 1e-9, absolute: 1e-6))
            #expect(row.models.allSatisfy { $0.realised.isFinite && $0.standardError.isFinite })
        }
        let totals = BacktestTotals(rows)
        #expect(totals.skus == rows.count)
        #expect(isCloseMoney(totals.recommended, rows.reduce(0) { $0 + $1.recommendedProfit }))
        #expect(isCloseMoney(totals.hindsightBest, rows.reduce(0) { $0 + $1.hindsightBestProfit }))
        #expect(isCloseMoney(totals.regret, rows.reduce(0) { $0 + $1.regret.mean }))
        #expect(totals.hits == rows.filter(\.isHit).count)
        let withVirtual = rows.filter { $0.virtualProfit != nil }
        #expect(totals.versusVirtual.skus == withVirtual.count)
        #expect(
            isCloseMoney(
                totals.versusVirtual.other,
                withVirtual.reduce(0) { $0 + ($1.virtualProfit ?? .nan) }))
        #expect(
            isCloseMoney(
                totals.versusVirtual.recommended,
                withVirtual.reduce(0) { $0 + $1.recommendedProfit }))
        let withCurrent = rows.filter { $0.currentProfit != nil }
        #expect(totals.versusCurrent.skus == withCurrent.count)
        #expect(
            isCloseMoney(
                totals.versusCurrent.other,
                withCurrent.reduce(0) { $0 + ($1.currentProfit ?? .nan) }))
        #expect(
            isCloseMoney(
                totals.versusCurrent.difference,
                withCurrent.reduce(0) { $0 + $1.recommendedProfit - ($1.currentProfit ?? .nan) }))
    }

    @Test func sameSeedSameFigures() {
        let first = Self.outcomes()
        #expect(first == Self.outcomes())
        var other = Self.plan
        other.simulation.seed = 2
        #expect(Self.tested(Self.outcomes(other))[1][.stocked] != Self.tested(first)[1][.stocked])
    }
}
