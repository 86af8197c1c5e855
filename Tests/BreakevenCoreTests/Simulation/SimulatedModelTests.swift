import TestSupport
import Testing

@testable import BreakevenCore

/// The printed policies become simulated models with the analytic cost lines.
@Suite("Simulation: models from the evaluation")
struct SimulatedModelTests {
    /// Stock path by hand: 30 × 0.9 − (10 + 1 + 1.5 + 0.9 + 3 + 0.1 × (4 − 0.5 × 11)) = 10.75;
    /// virtual path: 27 − (14 + 0.9 + 4 + 0.1 × 4) = 7.7; H = 12 × 0.5 + 0.25 × 11 = 8.75 a
    /// year; λ_S = 0 (3 days ≤ 5 expected), λ_V = 0.02 × (10 − 5) = 0.1.
    static let inputs: [InputName: Double] = [
        .price: 30, .monthlyDemand: 100, .demandSD: 30, .returnRate: 0.1, .returnHandlingCost: 4,
        .restockRate: 0.5, .virtualRestockRate: 0, .stockedUnitCost: 10, .inboundCost: 1,
        .pickPackFee: 1.5,
        .paymentFeeRate: 0.03, .stockedShipping: 3, .storageCost: 0.5, .capitalRate: 0.25,
        .obsolescenceRate: 0,
        .orderCost: 20, .moq: 1, .supplierLeadDays: 35, .marketplaceInboundDays: 7,
        .marketplaceFulfillmentFee: 4,
        .virtualUnitCost: 14, .virtualOrderFee: 0, .virtualShipping: 4, .virtualDeliveryDays: 10,
        .stockedDeliveryDays: 3, .expectedDeliveryDays: 5, .lostSalesPerLateDay: 0.02,
    ]

    func simulated(
        _ evaluation: SKUEvaluation, _ model: FulfilmentModel, deviation: Double
    ) throws -> SimulatedModel {
        let result = try #require(evaluation[model])
        return try #require(
            SimulatedModel(result, terms: evaluation.terms, leadTimeDeviationDays: deviation))
    }

    @Test func costLinesLeadTimesAndPolicies() throws {
        let evaluation = try evaluate(Self.inputs)
        let terms = evaluation.terms
        let virtual = try simulated(evaluation, .virtual, deviation: 0)
        #expect(virtual.stock == nil && virtual.fallback == nil)
        #expect(abs(virtual.unitMargin - 7.7) < 1e-12)
        #expect(abs(virtual.deliveryLoss - 0.1) < 1e-12)

        let stocked = try #require(evaluation[.stocked])
        let printed = try #require(stocked.continuousReview)
        let model = try #require(SimulatedModel(stocked, terms: terms, leadTimeDeviationDays: 4))
        #expect(abs(model.unitMargin - 10.75) < 1e-12)
        #expect(model.deliveryLoss == 0)
        let stock = try #require(model.stock)
        #expect(
            stock.leadTimeDays == 35 && stock.leadTimeDeviationDays == 4 && stock.orderCost == 20)
        #expect(abs(stock.holdingCostPerUnitDay - 8.75 / 365.25) < 1e-15)
        #expect(stock.policy == StockPolicy(printed: printed))

        let marketplace = try simulated(evaluation, .marketplace, deviation: 0)
        #expect(marketplace.stock?.leadTimeDays == 42)

        let hybrid = try #require(evaluation[.hybrid])
        let base = try #require(hybrid.baseStock)
        try #require(base.baseStock > 0)
        let simulated = try #require(SimulatedModel(hybrid, terms: terms, leadTimeDeviationDays: 0))
        #expect(simulated.stock?.leadTimeDays == 35)  // the supplier's real lead time
        #expect(simulated.stock?.policy == StockPolicy(printed: base))
        #expect(abs(simulated.unitMargin - 10.75) < 1e-12)
        #expect(simulated.fallback?.deliveryLoss == virtual.deliveryLoss)
        #expect(simulated.fallback?.unitMargin == virtual.unitMargin)
    }

    /// A HYBRID with no base stock is VIRTUAL; a virtual unit at a loss has no fallback.
    @Test func hybridWithoutStockIsVirtualAndNoFallbackAtALoss() throws {
        var inputs = Self.inputs
        inputs[.stockedUnitCost] = 16.5  // the stock path earns less than the virtual one: S = 0
        let evaluation = try evaluate(inputs)
        #expect(evaluation[.hybrid]?.baseStock?.baseStock == 0)
        var hybrid = try simulated(evaluation, .hybrid, deviation: 0)
        let virtual = try simulated(evaluation, .virtual, deviation: 0)
        #expect(hybrid.model == .hybrid)
        hybrid.model = .virtual
        #expect(hybrid == virtual)

        inputs = Self.inputs
        inputs[.virtualUnitCost] = 30
        let losing = try evaluate(inputs)
        let losingHybrid = try simulated(losing, .hybrid, deviation: 0)
        #expect(losingHybrid.stock != nil && losingHybrid.fallback == nil)
    }

    /// Without an override every stock model's lead times spread by the SKU's
    /// own `lead_time_sd_days`; an override replaces it for every model.
    @Test func leadTimeSpreadIsTheSKUsUnlessOverridden() throws {
        var inputs = Self.inputs
        inputs[.leadTimeSDDays] = 9
        let evaluation = try evaluate(inputs)
        for model in [FulfilmentModel.stocked, .marketplace, .hybrid] {
            let result = try #require(evaluation[model])
            let own = try #require(SimulatedModel(result, terms: evaluation.terms))
            #expect(own.stock?.leadTimeDeviationDays == 9, "\(model)")
            let overridden = try #require(
                SimulatedModel(result, terms: evaluation.terms, leadTimeDeviationDays: 2))
            #expect(overridden.stock?.leadTimeDeviationDays == 2, "\(model)")
        }
        let plain = try evaluate(Self.inputs)
        let stocked = try #require(plain[.stocked])
        #expect(SimulatedModel(stocked, terms: plain.terms)?.stock?.leadTimeDeviationDays == 0)
    }
}
