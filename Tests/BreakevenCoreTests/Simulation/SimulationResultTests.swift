import Testing

@testable import BreakevenCore

@Suite("Simulation: results")
struct SimulationResultTests {
    func model(_ model: FulfilmentModel) -> ModelSimulation {
        ModelSimulation(
            model: model, meanMonthlyProfit: 0, standardError: 0, p10: 0, p50: 0, p90: 0,
            fillRate: nil,
            averageStock: 0, unitsDemanded: 0, unitsSold: 0, unitsFromStock: 0, ordersPerMonth: 0,
            revenue: 0,
            tolerance: 1, runs: 4)
    }

    /// Differences are of the paired runs: here a constant 2 apart, so the
    /// difference is 2 with no error, whatever the runs' spread.
    @Test func differencesArePaired() throws {
        let result = SKUSimulation(
            models: [model(.stocked), model(.hybrid)], runs: 4, reachedCap: false,
            monthlyProfits: [[10, 50, 30, 20], [8, 48, 28, 18]], controls: [1, 2, 3, 4],
            controlMean: nil)
        let difference = try #require(result.difference(.stocked, .hybrid))
        #expect(difference.mean == 2 && difference.standardError == 0)
        #expect(result.difference(.stocked, .virtual) == nil)
        #expect(result[.hybrid]?.model == .hybrid && result[.marketplace] == nil)
    }
}
