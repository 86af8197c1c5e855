import Testing

@testable import BreakevenCore

@Suite("Simulation: options")
struct SimulationOptionsTests {
    /// A year per run, checks every 20 runs up to 2,000, no lead-time spread, v from σ.
    @Test func defaults() {
        let options = SimulationOptions()
        #expect(options.months == 12 && options.minimumRuns == 20 && options.batch == 20)
        #expect(options.maximumRuns == 2_000 && options.leadTimeDeviationDays == nil)
        #expect(
            options.warmUpMonths == nil && options.varianceToMean == nil
                && options.standardErrorTarget == nil)
    }
}
