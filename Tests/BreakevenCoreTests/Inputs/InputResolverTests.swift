import TestSupport
import Testing

@testable import BreakevenCore

@Suite("Resolving inputs: row, settings, defaults, adjustments")
struct InputResolverTests {
    @Test func rowBeatsSettingsWhichBeatsTheBuiltInDefault() throws {
        let settings = Settings(defaults: InputValues([.orderCost: 80, .capitalRate: 0.2]))
        let resolved = try terms(
            [.price: 10, .monthlyDemand: 5, .stockedUnitCost: 2, .orderCost: 30], settings: settings)
        let stocked = try #require(resolved.stocked)
        #expect(stocked.orderCost == 30)  // row
        #expect(resolved.policy.capitalRate == 0.2)  // settings
        #expect(resolved.policy.obsolescenceRate == 0.10)  // built-in
        let sources = Dictionary(uniqueKeysWithValues: resolved.trace.entries.map { ($0.name, $0.source) })
        #expect(sources[.orderCost] == .row)
        #expect(sources[.capitalRate] == .settings)
        #expect(sources[.obsolescenceRate] == .builtIn)
    }

    @Test func adjustmentsBeatEverything() throws {
        let settings = Settings(
            defaults: InputValues([.orderCost: 80]),
            adjustments: [.orderCost: .set(10), .price: .scale(1.1), .supplierLeadDays: .shift(5)])
        let resolved = try terms(
            [.price: 10, .monthlyDemand: 5, .stockedUnitCost: 2, .orderCost: 30], settings: settings)
        #expect(resolved.stocked?.orderCost == 10)
        #expect(isClose(resolved.price, 11))
        #expect(resolved.stocked?.leadTimeDays == 35)
    }

    /// The warehouses' lead-time spread is the row's `lead_time_sd_days`, 0 by
    /// default; the built-in 0 stays out of the trace (no printed figure uses
    /// it), a given value is listed with its source; a negative one is refused.
    @Test func leadTimeDeviation() throws {
        let row: [InputName: Double] = [
            .price: 10, .monthlyDemand: 5, .stockedUnitCost: 2, .virtualUnitCost: 4,
            .marketplaceFulfillmentFee: 3,
        ]
        let plain = try terms(row)
        #expect(plain.stocked?.leadTimeDeviationDays == 0)
        #expect(plain.marketplace?.leadTimeDeviationDays == 0)
        #expect(plain.trace.source(of: .leadTimeSDDays) == nil)
        #expect(!plain.trace.defaulted().contains(.leadTimeSDDays))

        var given = row
        given[.leadTimeSDDays] = 6
        let spread = try terms(given)
        #expect(spread.stocked?.leadTimeDeviationDays == 6)
        #expect(spread.marketplace?.leadTimeDeviationDays == 6)  // the supplier's spread
        #expect(spread.trace.source(of: .leadTimeSDDays) == .row)
        #expect(spread.trace.value(of: .leadTimeSDDays) == 6)
        // The analytic figures do not use it.
        #expect(Evaluator.evaluate(spread).models == Evaluator.evaluate(plain).models)

        let fromSettings = try terms(row, settings: Settings(defaults: InputValues([.leadTimeSDDays: 3])))
        #expect(fromSettings.stocked?.leadTimeDeviationDays == 3)
        #expect(fromSettings.trace.defaulted().contains(.leadTimeSDDays))

        #expect(throws: InputError(name: .leadTimeSDDays, reason: "must not be negative", value: -2)) {
            try terms(row, settings: Settings(adjustments: [.leadTimeSDDays: .set(-2)]))
        }
        // Without stock there is no lead time to spread, and nothing is resolved.
        let virtualOnly = try terms([.price: 10, .monthlyDemand: 5, .virtualUnitCost: 4, .leadTimeSDDays: 6])
        #expect(virtualOnly.stocked == nil && virtualOnly.trace.source(of: .leadTimeSDDays) == nil)
    }

    @Test func scalingAnInputThatIsNotGivenLeavesTheModelUnevaluated() throws {
        let settings = Settings(adjustments: [.marketplaceFulfillmentFee: .scale(1.1)])
        let resolved = try terms([.price: 10, .monthlyDemand: 5, .stockedUnitCost: 2], settings: settings)
        #expect(resolved.marketplace == nil)
    }

    @Test func derivedDefaultsFollowTheirInputs() throws {
        let resolved = try terms([
            .price: 10, .monthlyDemand: 5, .stockedUnitCost: 2, .virtualUnitCost: 4, .volumeL: 10,
            .weightKg: 2, .unitsPerOrder: 2, .stockedDistanceKm: 500, .marketplaceFulfillmentFee: 3,
        ])
        // storage 10 l × 0.02; marketplace 10 × 0.028 × (9 + 3 × 3) / 12.
        #expect(isClose(try #require(resolved.stocked).storagePerUnitMonth, 0.2))
        #expect(isClose(try #require(resolved.marketplace).storagePerUnitMonth, 0.42))
        // parcel of 2 units: (3 + 1 × 2 × 2 + 0.8 × 500 / 1000) / 2 = 3.7 per unit.
        #expect(isClose(try #require(resolved.stocked).channel.shippingPerUnit, 3.7))
        // (3 + 4 + 0.8 × 8) / 2 = 6.7 per unit.
        #expect(isClose(try #require(resolved.virtual).shippingPerUnit, 6.7))
        // pick-pack 2.5 per order of 2 units.
        #expect(isClose(try #require(resolved.stocked).channel.feesPerUnit, 1.25))
    }

    @Test func perModelReturnRatesFallBackToTheCommonOne() throws {
        let resolved = try terms([
            .price: 10, .monthlyDemand: 5, .stockedUnitCost: 2, .virtualUnitCost: 4, .returnRate: 0.2,
            .virtualReturnRate: 0.3,
        ])
        #expect(resolved.virtual?.returnRate == 0.3)
        #expect(resolved.stocked?.channel.returnRate == 0.2)
    }

    @Test func demandDeviationRules() throws {
        // Sample sd of the history, mean from it too: 10, 20, 30 → mean 20, sd 10.
        let fromHistory = try terms([.price: 10, .virtualUnitCost: 1], history: [10, 20, 30])
        #expect(fromHistory.demand.mean == 20)
        #expect(isClose(fromHistory.demand.deviation, 10))
        #expect(fromHistory.historyMonths == 3)
        // cv × mean.
        let fromCV = try terms([.price: 10, .monthlyDemand: 40, .demandCV: 0.25, .virtualUnitCost: 1])
        #expect(isClose(fromCV.demand.deviation, 10))
        #expect(fromCV.demand.spread == .proportional(cv: 0.25))
        // Poisson, listed as defaulted.
        let poisson = try terms([.price: 10, .monthlyDemand: 49, .virtualUnitCost: 1])
        #expect(poisson.demand.deviation == 7)
        #expect(poisson.isPoissonDemand)
        #expect(poisson.trace.defaulted().contains(.demandSD))
        // Given sd beats the history.
        let given = try terms([.price: 10, .demandSD: 3, .virtualUnitCost: 1], history: [10, 20, 30])
        #expect(given.demand.deviation == 3)
    }

    @Test func defaultedListsOnlyUsedSKUInputs() throws {
        let resolved = try terms([.price: 10, .monthlyDemand: 5, .virtualUnitCost: 4, .virtualShipping: 2])
        let defaulted = resolved.trace.defaulted()
        #expect(defaulted.contains(.returnRate))
        #expect(defaulted.contains(.virtualDeliveryDays))
        // Shipping was given, so the distance and weight behind the rate card were not used.
        #expect(!defaulted.contains(.virtualDistanceKm))
        #expect(!defaulted.contains(.weightKg))
        // STOCKED is not evaluated, so its inputs are not listed.
        #expect(!defaulted.contains(.orderCost))
        // Policy inputs are run-wide, not per SKU.
        #expect(!defaulted.contains(.capitalRate))
        #expect(resolved.trace.defaulted(includingPolicy: true).contains(.capitalRate))
    }

    @Test func missingAndInvalidInputsAreErrors() {
        #expect(throws: InputError(name: .price, reason: "is required")) {
            try terms([.monthlyDemand: 5, .virtualUnitCost: 1])
        }
        #expect(throws: InputError.self) { try terms([.price: 10, .virtualUnitCost: 1]) }
        #expect(throws: InputError.self) { try terms([.price: 10, .monthlyDemand: 5]) }
        let pushedOut = Settings(adjustments: [.returnRate: .shift(1)])
        #expect(throws: InputError(name: .returnRate, reason: "must be between 0 and 1", value: 1.05)) {
            try terms([.price: 10, .monthlyDemand: 5, .virtualUnitCost: 1], settings: pushedOut)
        }
    }

    @Test func modelsWithoutTheirInputsAreNotEvaluated() throws {
        let virtualOnly = try evaluate([.price: 10, .monthlyDemand: 5, .virtualUnitCost: 4])
        #expect(virtualOnly.models.map(\.model) == [.virtual])
        let stockedOnly = try evaluate([.price: 10, .monthlyDemand: 5, .stockedUnitCost: 4])
        #expect(stockedOnly.models.map(\.model) == [.stocked])
        #expect(stockedOnly.breakEven.isEmpty)
        let all = try evaluate([
            .price: 10, .monthlyDemand: 5, .stockedUnitCost: 4, .virtualUnitCost: 5,
            .marketplaceFulfillmentFee: 2,
        ])
        #expect(all.models.map(\.model) == [.virtual, .stocked, .marketplace, .hybrid])
    }
}
