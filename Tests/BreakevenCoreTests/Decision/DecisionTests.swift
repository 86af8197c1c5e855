import TestSupport
import Testing

@testable import BreakevenCore

@Suite("Decision: recommendation, guardrails, flags, saving, reasons")
struct DecisionTests {
    /// A steady best seller where holding stock clearly pays.
    static let bestSeller: [InputName: Double] = [
        .price: 19.99, .monthlyDemand: 900, .demandSD: 120, .weightKg: 0.1, .volumeL: 0.3,
        .virtualUnitCost: 6.2, .virtualDeliveryDays: 10, .stockedUnitCost: 3.1, .inboundCost: 0.25,
    ]

    @Test func recommendsTheMostProfitableModel() throws {
        let evaluation = try evaluate(Self.bestSeller)
        let best = evaluation.models.max { $0.monthlyProfit < $1.monthlyProfit }
        #expect(evaluation.decision.recommended == best?.model)
        #expect(evaluation.decision.mostProfitable == best?.model)
        #expect(evaluation.decision.flags.isEmpty)
    }

    @Test func savingIsAgainstTheCurrentModelElseVirtual() throws {
        let againstVirtual = try evaluate(Self.bestSeller)
        let recommended = againstVirtual.recommended.monthlyProfit
        #expect(againstVirtual.decision.baseline == .virtual)
        #expect(isCloseMoney(
            try #require(againstVirtual.decision.saving), recommended - againstVirtual[.virtual]!.monthlyProfit))
        let againstStocked = try evaluate(Self.bestSeller, current: .stocked)
        #expect(againstStocked.decision.baseline == .stocked)
        #expect(isCloseMoney(
            try #require(againstStocked.decision.saving), recommended - againstStocked[.stocked]!.monthlyProfit))
        // A current model that is not evaluated gives no saving.
        let unknown = try evaluate(Self.bestSeller, current: .marketplace)
        #expect(unknown.decision.saving == nil)
    }

    @Test func tiesGoToLessWorkingCapitalThenTheSimplerModel() {
        func result(_ model: FulfilmentModel, profit: Double, capital: Double) -> ModelEvaluation {
            ModelEvaluation(
                model: model, costPerUnit: CostBreakdown(), unitsSold: 1, monthlyProfit: profit,
                workingCapital: capital, deliveryDays: 2, lostToDelivery: 0, returnRate: 0, replenishment: .none)
        }
        #expect(Decision.isBetter(result(.stocked, profit: 100, capital: 50), than: result(.hybrid, profit: 100, capital: 80)))
        #expect(!Decision.isBetter(result(.hybrid, profit: 100, capital: 80), than: result(.stocked, profit: 100, capital: 50)))
        #expect(Decision.isBetter(result(.virtual, profit: 100, capital: 0), than: result(.hybrid, profit: 100, capital: 0)))
        #expect(Decision.isBetter(result(.hybrid, profit: 100.01, capital: 500), than: result(.virtual, profit: 100, capital: 0)))
    }

    @Test func shortHistoryStaysVirtualAndNamesTheBetterModel() throws {
        var values = Self.bestSeller
        values[.historyMonths] = 2
        let evaluation = try evaluate(values)
        #expect(evaluation.decision.recommended == .virtual)
        #expect(evaluation.decision.mostProfitable != .virtual)
        #expect(evaluation.decision.flags.contains(.shortHistory))
        #expect(
            evaluation.decision.reasons[0]
                == .shortHistory(Reason.ShortHistory(months: 2, minimum: 3, outcome: .stayVirtual)))
        guard case .onceDemandIsProven(let best, _, _) = evaluation.decision.reasons[1] else {
            Issue.record("the second reason names the model that would earn more")
            return
        }
        #expect(best == evaluation.decision.mostProfitable)
        #expect(evaluation.decision.saving == 0)
    }

    @Test func shortHistoryDoesNotMoveStockAlreadyHeld() throws {
        var values = Self.bestSeller
        values[.historyMonths] = 2
        let evaluation = try evaluate(values, current: .stocked)
        #expect(evaluation.decision.recommended == evaluation.decision.mostProfitable)
        #expect(evaluation.decision.flags.contains(.shortHistory))
        #expect(
            evaluation.decision.reasons[0]
                == .shortHistory(
                    Reason.ShortHistory(months: 2, minimum: 3, outcome: .alreadyStocked(current: .stocked))))
    }

    @Test func historyLengthCountsAsHistoryMonths() throws {
        let short = try evaluate([.price: 20, .virtualUnitCost: 5, .stockedUnitCost: 3], history: [300, 320])
        #expect(short.decision.flags.contains(.shortHistory))
        let long = try evaluate([.price: 20, .virtualUnitCost: 5, .stockedUnitCost: 3], history: [300, 320, 310])
        #expect(!long.decision.flags.contains(.shortHistory))
    }

    @Test func everyModelLosingMoneyIsFlaggedUnprofitable() throws {
        let evaluation = try evaluate([
            .price: 10, .monthlyDemand: 50, .virtualUnitCost: 12, .stockedUnitCost: 11,
        ])
        #expect(evaluation.decision.flags.contains(.unprofitable))
        guard case .unprofitable(let loss) = evaluation.decision.reasons[0] else {
            Issue.record("the reason says that every model loses")
            return
        }
        #expect(loss.price == 10 && loss.model == evaluation.decision.recommended)
        #expect(evaluation.models.allSatisfy { $0.monthlyProfit < 0 })
    }

    @Test func noDemandIsVirtualWithAReason() throws {
        let evaluation = try evaluate([.price: 10, .monthlyDemand: 0, .virtualUnitCost: 4, .stockedUnitCost: 3])
        #expect(evaluation.decision.recommended == .virtual)
        #expect(evaluation.decision.flags == [.noDemand])
        #expect(evaluation.decision.reasons == [.noDemand(stays: .virtual), .everyModelEarnsZero])
        #expect(evaluation.decision.stability == .z)
    }

    @Test func irregularHistoryAndLateDeliveryAreFlagged() throws {
        let evaluation = try evaluate(
            [.price: 20, .virtualUnitCost: 5, .virtualDeliveryDays: 14], history: [0, 0, 30, 0, 2, 0])
        #expect(evaluation.decision.pattern == .lumpy)
        #expect(evaluation.decision.flags.contains(.irregularDemand))
        #expect(evaluation.decision.flags.contains(.lateDelivery))
        #expect(evaluation.decision.flags.contains(.singleModel))
    }

    @Test func reasonsQuoteTheNumbersThatDecided() throws {
        let evaluation = try evaluate(Self.bestSeller)
        let reasons = evaluation.decision.reasons
        #expect((2...3).contains(reasons.count))
        let recommended = evaluation.recommended
        guard case .leads(let lead) = reasons[0], case .stability(let stability) = reasons.last else {
            Issue.record("the first reason compares, the last says how stable demand is")
            return
        }
        #expect(lead.model == recommended.model && lead.profit == recommended.monthlyProfit)
        // The runner-up is the most profitable of the other models (none is a HYBRID without stock here).
        let others = evaluation.models.filter { $0.model != recommended.model }
        let best = try #require(others.max { $0.monthlyProfit < $1.monthlyProfit })
        #expect(lead.runnerUp == best.model && evaluation.decision.runnerUp == best.model)
        #expect(isCloseMoney(lead.lead, recommended.monthlyProfit - best.monthlyProfit))
        #expect(isCloseMoney(evaluation.decision.lead ?? .nan, recommended.monthlyProfit - best.monthlyProfit))
        #expect(stability.stability == .x)
    }

    @Test func slowVirtualDeliveryIsTheReasonWhenItCostsSales() throws {
        // Same per-unit costs both ways; only delivery differs (20 days: 48% lost).
        let evaluation = try evaluate([
            .price: 50, .monthlyDemand: 200, .virtualUnitCost: 20, .virtualShipping: 4,
            .virtualDeliveryDays: 20, .stockedUnitCost: 20, .stockedShipping: 4,
        ])
        #expect(evaluation.decision.recommended != .virtual)
        let causes = evaluation.decision.reasons.compactMap { reason -> Reason.VolumeGap.Cause? in
            if case .driver(let driver) = reason { return driver.volume.cause }
            return nil
        }
        guard case .delivery(let model, let days, let lost, let expected)? = causes.first else {
            Issue.record("the driver names VIRTUAL's delivery")
            return
        }
        #expect(model == .virtual && days == 20 && expected == 4)
        #expect(abs(lost - 0.48) < 0.005)
    }

    @Test func cheapestIsTheLowestLandedCostAmongModelsThatSell() throws {
        let evaluation = try evaluate(Self.bestSeller)
        let lowest = evaluation.models.filter { $0.unitsSold > 0 }.min { $0.landedCostPerUnit < $1.landedCostPerUnit }
        #expect(evaluation.decision.cheapest == lowest?.model)
    }
}
