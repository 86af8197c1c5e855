import BreakevenCore

/// The property tests' generator is the library's seeded one.
package typealias SeededGenerator = SeededRandom

/// Random but believable SKUs: every model evaluated, realistic prices, costs
/// as shares of the price, demand from a trickle to a best seller, return
/// rates and fee rates whose sum stays under 1 (so a higher price always
/// brings in more per unit).
package enum RandomSKUs {
    package static func make(count: Int, seed: UInt64) -> [SKUInputs] {
        var random = SeededGenerator(seed: seed)
        return (0..<count).map { index in
            let price = random.logUniform(3, 1500)
            var values: [InputName: Double] = [
                .price: price,
                .monthlyDemand: random.logUniform(0.05, 20_000),
                .virtualUnitCost: price * random.uniform(0.15, 0.75),
                .stockedUnitCost: price * random.uniform(0.08, 0.6),
                .weightKg: random.logUniform(0.02, 40),
                .volumeL: random.logUniform(0.05, 400),
                .virtualDeliveryDays: random.uniform(2, 20),
                .inboundCost: price * random.uniform(0, 0.08),
                .orderCost: random.uniform(0, 200),
                .supplierLeadDays: random.uniform(3, 90),
                .returnRate: random.uniform(0, 0.35),
            ]
            if random.chance(0.8) { values[.demandCV] = random.uniform(0, 2.5) }
            if random.chance(0.85) { values[.marketplaceFulfillmentFee] = random.uniform(1, 12) + 0.02 * price }
            if random.chance(0.3) { values[.moq] = random.logUniform(1, 500) }
            if random.chance(0.3) { values[.virtualOrderFee] = random.uniform(0, 3) }
            if random.chance(0.2) { values[.reviewDays] = random.uniform(3, 120) }
            if random.chance(0.2) { values[.serviceLevel] = random.uniform(0.5, 0.995) }
            return SKUInputs(sku: "R\(index)", values)
        }
    }
}
