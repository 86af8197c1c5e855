import TestSupport
import Testing

@testable import BreakevenCore

/// Properties that must hold for every SKU, checked over generated ones.
@Suite("Invariants over generated SKUs")
struct InvariantTests {
    static let skus = RandomSKUs.make(count: 2_000, seed: 20_261_126)

    /// The inputs that are a cost to some model: raising one never raises any profit.
    static let costInputs: [InputName] = [
        .virtualUnitCost, .virtualOrderFee, .virtualShipping, .stockedUnitCost, .inboundCost,
        .orderCost, .storageCost, .pickPackFee, .stockedShipping, .marketplaceFulfillmentFee,
        .marketplaceStorageCost, .marketplaceInboundCost, .returnHandlingCost, .paymentFeeRate,
        .marketplaceFeeRate, .capitalRate, .obsolescenceRate,
    ]

    static func profits(_ inputs: SKUInputs, _ settings: Settings = Settings()) throws
        -> [FulfilmentModel: Double]
    {
        let terms = try SKUTerms(inputs, settings: settings)
        return Dictionary(uniqueKeysWithValues: Evaluator.evaluateModels(terms).map { ($0.model, $0.monthlyProfit) })
    }

    static func tolerance(_ a: Double) -> Double { 1e-9 * max(1, abs(a)) }

    @Test("raising a cost never raises a profit", arguments: costInputs)
    func raisingACostNeverRaisesAProfit(_ input: InputName) throws {
        for sku in Self.skus {
            let base = try Self.profits(sku)
            let resolved = try SKUTerms(sku)
            let value = resolved.trace.entries.first { $0.name == input }?.value ?? 0
            let raised = input.spec.constraint == .unitInterval ? min(1, value + 0.05) : value * 1.25 + 0.5
            let after = try Self.profits(sku, Settings(adjustments: [input: .set(raised)]))
            for (model, profit) in after {
                guard let before = base[model] else { continue }  // the raise made it evaluable
                #expect(
                    profit <= before + Self.tolerance(before),
                    "\(sku.sku) \(model): \(input.name) \(value) → \(raised) raised profit \(before) → \(profit)")
            }
        }
    }

    @Test func raisingThePriceNeverLowersAProfit() throws {
        for sku in Self.skus {
            let base = try Self.profits(sku)
            let after = try Self.profits(sku, Settings(adjustments: [.price: .scale(1.1)]))
            for (model, profit) in after {
                let before = try #require(base[model])
                #expect(profit >= before - Self.tolerance(before), "\(sku.sku) \(model): \(before) → \(profit)")
            }
        }
    }

    @Test func zeroDemandEarnsNothingAndStaysVirtual() throws {
        for sku in Self.skus.prefix(100) {
            let evaluation = Evaluator.evaluate(
                try SKUTerms(sku, settings: Settings(adjustments: [.monthlyDemand: .set(0)])))
            #expect(evaluation.models.allSatisfy { $0.monthlyProfit == 0 && $0.workingCapital == 0 })
            #expect(evaluation.decision.recommended == .virtual)
            #expect(evaluation.decision.flags.contains(.noDemand))
        }
    }

    @Test func hybridNeverEarnsLessThanVirtual() throws {
        for sku in Self.skus {
            let profits = try Self.profits(sku)
            let virtual = try #require(profits[.virtual])
            #expect(try #require(profits[.hybrid]) >= virtual - Self.tolerance(virtual))
        }
    }

    @Test func everyNumberIsFinite() throws {
        for sku in Self.skus {
            let evaluation = Evaluator.evaluate(try SKUTerms(sku))
            for result in evaluation.models {
                #expect(result.monthlyProfit.isFinite && result.landedCostPerUnit.isFinite)
                #expect(result.workingCapital.isFinite && result.workingCapital >= 0)
                #expect(result.unitsSold.isFinite && result.unitsSold >= 0)
                for line in CostLine.allCases { #expect(result.costPerUnit[line].isFinite) }
            }
            if let saving = evaluation.decision.saving { #expect(saving.isFinite) }
        }
    }

    /// At 0.9× a break-even volume VIRTUAL earns at least as much; at 1.1× the
    /// other model earns more (for HYBRID "at least as much" below, since
    /// HYBRID equals VIRTUAL until a base stock pays).
    @Test func breakEvenSeparatesTheTwoSides() throws {
        var checked = 0
        for sku in Self.skus.prefix(250) {
            let terms = try SKUTerms(sku)
            let evaluation = Evaluator.evaluate(terms)
            for (model, volume) in evaluation.breakEven {
                guard let units = volume.units else { continue }
                func advantage(_ m: Double) throws -> Double {
                    let scaled = terms.withMonthlyDemand(m)
                    let virtual = try #require(Evaluator.evaluate(.virtual, scaled))
                    return try #require(Evaluator.evaluate(model, scaled, virtual: virtual)).monthlyProfit
                        - virtual.monthlyProfit
                }
                let below = try advantage(0.9 * units)
                let above = try advantage(1.1 * units)
                #expect(below <= 1e-9 * max(1, abs(below)), "\(sku.sku) \(model) at 0.9 × \(units): \(below)")
                #expect(above > 0, "\(sku.sku) \(model) at 1.1 × \(units): \(above)")
                checked += 1
            }
        }
        #expect(checked > 200)
    }
}
