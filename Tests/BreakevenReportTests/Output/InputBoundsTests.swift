import TestSupport
import Testing

@testable import BreakevenCore
@testable import BreakevenCSV
@testable import BreakevenReport

/// Every input lies in 0 or 10⁻¹⁰⁰…10¹⁵ (``InputConstraint/smallest``,
/// ``InputConstraint/largest``), so that no figure the models make of them
/// is `inf` or `NaN`: a value past the bounds is an input error, whether the
/// row, a setting or an adjustment gives it.
@Suite("Input bounds")
struct InputBoundsTests {
    /// Every number of one SKU's `rank --format csv` record.
    static func outputNumbers(_ evaluation: SKUEvaluation) -> [Double] {
        var writer = CSVRowWriter(dialect: .plain)
        OutputColumns.writeRecord(evaluation, to: &writer)
        var reader = CSVReader(bytes: writer.bytes)
        guard case .success(let record)? = reader.next() else { return [.nan] }
        return record.fields.compactMap { Double($0) }
    }

    /// Random SKUs whose every input is 0, at a bound, near one, or anywhere
    /// between (log-uniform); rates and probabilities likewise in their range.
    static func extremeSKUs(count: Int, seed: UInt64) -> [SKUInputs] {
        var random = SeededGenerator(seed: seed)
        let (low, high) = (InputConstraint.smallest, InputConstraint.largest)
        func magnitude() -> Double {
            switch random.next() % 6 {
            case 0: return low
            case 1: return high
            case 2: return low * random.uniform(1, 1e6)
            case 3: return high / random.uniform(1, 1e6)
            default: return random.logUniform(low, high)
            }
        }
        return (0..<count).map { index in
            var values: [InputName: Double] = [:]
            for name in InputName.allCases where name.constraint != .text && random.chance(0.6) {
                switch name.constraint {
                case .unitInterval:
                    values[name] = [0, low, 1, random.uniform(0, 1)].randomElement(using: &random)
                case .openUnitInterval:
                    values[name] = [low, (1.0).nextDown, random.uniform(0, 1)].randomElement(
                        using: &random)
                case .positive: values[name] = magnitude()
                default: values[name] = random.chance(0.2) ? 0 : magnitude()
                }
            }
            values[.price] = magnitude()
            values[.monthlyDemand] = random.chance(0.1) ? 0 : magnitude()
            values[.virtualUnitCost] = random.chance(0.1) ? 0 : magnitude()
            return SKUInputs(sku: "E\(index)", values)
        }
    }

    @Test func inputsWithinTheBoundsGiveFiniteFigures() throws {
        var evaluated = 0
        for sku in Self.extremeSKUs(count: 3_000, seed: 0xB0_0D5) {
            guard let terms = try? SKUTerms(sku) else { continue }
            let evaluation = Evaluator.evaluate(terms)
            let numbers = Self.outputNumbers(evaluation)
            #expect(numbers.allSatisfy { $0.isFinite }, "\(sku.values)")
            #expect(
                evaluation.models.allSatisfy {
                    $0.monthlyProfit.isFinite && $0.workingCapital.isFinite
                })
            evaluated += 1
        }
        #expect(evaluated > 1_000)
    }

    /// The row that made `1e-322` of a holding cost, and `NaN` of STOCKED's profit.
    @Test func aSubnormalProductOfTwoTinyInputsIsRefused() {
        let sku = SKUInputs(
            sku: "S457",
            [
                .price: 60.81, .monthlyDemand: 90.87, .stockedUnitCost: 0,
                .inboundCost: 1.5011878346869042e-107,
                .storageCost: 0, .capitalRate: 5.068736696403039e-215, .obsolescenceRate: 0,
            ])
        #expect(
            throws: InputError(
                name: .capitalRate, reason: "must be 0 or at least 1e-100",
                value: 5.068736696403039e-215)
        ) {
            try SKUTerms(sku)
        }
    }

    @Test func valuesPastTheBoundsAreRefusedFromRowsSettingsAndAdjustments() throws {
        let row: [InputName: Double] = [.price: 10, .monthlyDemand: 5, .virtualUnitCost: 4]
        #expect(throws: InputError(name: .price, reason: "must be at most 1e15", value: 1e308)) {
            try SKUTerms(SKUInputs(sku: "A", row.merging([.price: 1e308]) { $1 }))
        }
        #expect(throws: InputError(name: .price, reason: "must be at most 1e15", value: 1e301)) {
            try SKUTerms(
                SKUInputs(sku: "A", row), settings: Settings(adjustments: [.price: .scale(1e300)]))
        }
        #expect(
            throws: InputError(
                name: .weightKg, reason: "must be 0 or at least 1e-100", value: 1e-200)
        ) {
            try SKUTerms(
                SKUInputs(sku: "A", row), settings: Settings(adjustments: [.weightKg: .set(1e-200)])
            )
        }
        #expect(
            throws: InputError(
                name: .serviceLevel, reason: "must be at least 1e-100", value: 1e-300)
        ) {
            try SKUTerms(SKUInputs(sku: "A", row.merging([.serviceLevel: 1e-300]) { $1 }))
        }
        // The bounds themselves, and 0, are accepted.
        let edges = try SKUTerms(
            SKUInputs(sku: "A", row.merging([.price: 1e15, .weightKg: 1e-100, .moq: 0]) { $1 }))
        #expect(edges.price == 1e15)
    }
}
