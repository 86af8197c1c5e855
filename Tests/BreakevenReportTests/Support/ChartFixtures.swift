import TestSupport
@testable import BreakevenCore
@testable import BreakevenCSV
@testable import BreakevenReport

/// SKUs whose charts can be checked by hand.
enum ChartFixtures {
    /// The closed-form SKU of the break-even tests: no variability, a MOQ of
    /// 100, no storage. VIRTUAL earns 19.80 a unit (price 40 less unit 14,
    /// shipping 5 and the 3% payment fee 1.20; no returns, no delivery loss)
    /// and STOCKED breaks even at μ* = (100 · 2.2 / 24) / 4.5 = 2.037037…
    /// units/month.
    static func closedForm(demand: Double) throws -> SKUEvaluation {
        try evaluate([
            .price: 40, .monthlyDemand: demand, .demandSD: 0, .moq: 100, .storageCost: 0,
            .orderCost: 50,
            .virtualUnitCost: 14, .virtualShipping: 5, .virtualDeliveryDays: 4,
            .stockedUnitCost: 10,
            .stockedShipping: 4, .returnRate: 0, .pickPackFee: 0, .demandCV: 0,
        ])
    }

    /// VIRTUAL's margin per unit of ``closedForm(demand:)``: 40 − 14 − 5 − 0.03 · 40.
    static let virtualMargin = 19.8
    /// STOCKED's break-even volume of ``closedForm(demand:)``.
    static let breakEven = (100 * 2.2 / 24) / 4.5

    /// A print-on-demand SKU: VIRTUAL only.
    static func virtualOnly(demand: Double) throws -> SKUEvaluation {
        try evaluate([
            .price: 25, .monthlyDemand: demand, .virtualUnitCost: 11, .virtualShipping: 3,
            .virtualDeliveryDays: 4,
            .returnRate: 0,
        ])
    }

    /// Simulated figures of `model` with the given P10, mean and P90 (money
    /// per month), P50 the mean, a standard error of 2 and a tolerance of 5.
    static func simulated(_ model: FulfilmentModel, p10: Double, mean: Double, p90: Double) -> ModelSimulation {
        ModelSimulation(
            model: model, meanMonthlyProfit: mean, standardError: 2, p10: p10, p50: mean, p90: p90, fillRate: nil,
            averageStock: 0, unitsDemanded: 0, unitsSold: 0, unitsFromStock: 0, ordersPerMonth: 0, revenue: 0,
            tolerance: 5, runs: 40)
    }
}
