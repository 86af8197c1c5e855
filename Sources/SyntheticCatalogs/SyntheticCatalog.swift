import BreakevenCore

/// A deterministic synthetic catalog for benchmarks, demos and the simulator's
/// checks: the same seed gives the same bytes on every machine.
///
/// It exercises every model and column: cheap light accessories with steady
/// demand and marketplace figures, print-on-demand goods with no stock option,
/// bulky furniture with volatile demand and no marketplace, steady
/// consumables, seasonal goods, and a long tail of slow sellers. About one
/// name in eight holds a comma or quotes, so it must be quoted.
///
/// Without a history each row gives `monthly_demand` and `demand_sd` for its
/// kind. With `historyMonths` months, each row gives a `demand_history`
/// drawn by ``SyntheticDemand`` (smooth 30 %, erratic 20 %, intermittent 20 %,
/// lumpy 15 %, seasonal 15 %) and leaves `monthly_demand` and `demand_sd`
/// empty, so both are the history's mean and sample standard deviation; the
/// other columns are those of the catalog without a history.
package struct SyntheticCatalog: Sendable {
    /// Rows to write.
    package var rows: Int
    /// The seed.
    package var seed: UInt64
    /// Months of `demand_history`, oldest first; 0 for no such column.
    package var historyMonths: Int
    /// The one demand pattern of every history; `nil` for each row's drawn
    /// in the patterns' shares.
    package var pattern: SyntheticPattern?

    /// The lengths of history a catalog may have besides 0: at least 3, so
    /// that every pattern can be drawn (a lumpy history needs two sale months
    /// and ADI ≥ 1.32), at most 100 years.
    package static let historyMonthRange = 3...1200

    /// The stream of a row's history: with the seed and the row's number, the
    /// root of ``RandomStream`` (so a row's history does not depend on the others).
    static let historyStream: UInt64 = 0x6869_7374  // "hist"

    /// A generator of `rows` rows with `historyMonths` months of history (0
    /// or in ``historyMonthRange``).
    package init(rows: Int, seed: UInt64 = 1, historyMonths: Int = 0, pattern: SyntheticPattern? = nil) {
        precondition(historyMonths == 0 || Self.historyMonthRange.contains(historyMonths))
        self.rows = rows
        self.seed = seed
        self.historyMonths = historyMonths
        self.pattern = pattern
    }

    /// The header, comma-separated.
    package var header: String {
        var columns = [
            "sku", "name", "price", "monthly_demand", "demand_sd", "weight_kg", "volume_l", "virtual_unit_cost",
            "virtual_delivery_days", "stocked_unit_cost", "inbound_cost", "moq", "supplier_lead_days",
            "marketplace_fulfillment_fee", "return_rate", "current_model",
        ]
        if historyMonths > 0 { columns.insert("demand_history", at: 5) }
        return columns.joined(separator: ",")
    }

    /// The demand of row `index` (0 for the first row, `SKU-1`) when the
    /// catalog has a history: its pattern and months, drawn from the row's
    /// own stream (seed, index + 1, ``historyStream``). `nil` without a history.
    package func demand(row index: Int) -> SyntheticDemand? {
        guard historyMonths > 0 else { return nil }
        var random = RandomStream(
            seed: seed, key: UInt64(index + 1), run: 0, stream: Self.historyStream)
        guard let pattern else { return SyntheticDemand(months: historyMonths, random: &random) }
        return SyntheticDemand(pattern: pattern, months: historyMonths, random: &random)
    }

    /// Writes the catalog in chunks of about `chunkBytes`, calling `write` for each.
    package func write(chunkBytes: Int = 1 << 20, _ write: ([UInt8]) -> Void) {
        var random = SeededRandom(seed: seed)
        var buffer: [UInt8] = []
        buffer.reserveCapacity(chunkBytes + 512)
        buffer.append(contentsOf: header.utf8)
        buffer.append(10)
        for index in 0..<rows {
            appendRow(index, &random, &buffer)
            if buffer.count >= chunkBytes {
                write(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        if !buffer.isEmpty { write(buffer) }
    }

    /// The whole catalog as bytes.
    package func bytes() -> [UInt8] {
        var all: [UInt8] = []
        write { all += $0 }
        return all
    }

    private enum Kind: CaseIterable {
        case accessory, printOnDemand, furniture, consumable, seasonal, longTail
    }

    private static let nouns = ["Charger", "Cable", "Case", "Mug", "Lamp", "Sofa", "Rug", "Tee", "Poster", "Bag",
                                "Bottle", "Candle", "Chair", "Puzzle", "Band", "Stand", "Shelf", "Hoodie"]
    private static let colours = ["black", "white", "red", "blue", "green", "grey", "oak", "sand"]

    private func appendRow(_ index: Int, _ random: inout SeededRandom, _ out: inout [UInt8]) {
        let kind = Kind.allCases[Int(random.next() % UInt64(Kind.allCases.count))]
        let price: Double
        var demand: Double
        var cv: Double
        let weight: Double
        let volume: Double
        var hasStock = true
        var hasMarketplace = random.chance(0.7)
        switch kind {
        case .accessory:
            price = random.logUniform(5, 60); demand = random.logUniform(50, 3000); cv = random.uniform(0.1, 0.5)
            weight = random.uniform(0.03, 0.4); volume = random.uniform(0.1, 1.5)
        case .printOnDemand:
            price = random.logUniform(15, 60); demand = random.logUniform(5, 200); cv = random.uniform(0.3, 0.9)
            weight = random.uniform(0.15, 0.8); volume = random.uniform(0.5, 3); hasStock = false; hasMarketplace = false
        case .furniture:
            price = random.logUniform(120, 1500); demand = random.logUniform(1, 40); cv = random.uniform(0.5, 1.2)
            weight = random.uniform(5, 70); volume = random.uniform(40, 1800); hasMarketplace = false
        case .consumable:
            price = random.logUniform(8, 45); demand = random.logUniform(100, 2000); cv = random.uniform(0.05, 0.3)
            weight = random.uniform(0.1, 1.2); volume = random.uniform(0.2, 3)
        case .seasonal:
            price = random.logUniform(10, 80); demand = random.logUniform(10, 400); cv = random.uniform(1, 2.5)
            weight = random.uniform(0.2, 3); volume = random.uniform(1, 25)
        case .longTail:
            price = random.logUniform(5, 200); demand = random.logUniform(0.2, 8); cv = random.uniform(0.6, 2)
            weight = random.uniform(0.1, 5); volume = random.uniform(0.3, 40)
        }
        if random.chance(0.01) { demand = 0 }
        if random.chance(0.03) { cv = 0 }
        let virtualCost = price * random.uniform(0.3, 0.7)
        let stockedCost = virtualCost * random.uniform(0.45, 0.85)

        append(ascii: "SKU-", &out)
        appendInteger(index + 1, &out)
        out.append(44)
        appendName(&random, &out)
        out.append(44)
        appendFixed(price, decimals: 2, &out); out.append(44)
        if let history = self.demand(row: index)?.history {
            // monthly_demand and demand_sd left to the history
            out.append(contentsOf: [44, 44])
            for (month, units) in history.enumerated() {
                if month > 0 { out.append(124) }
                appendInteger(units, &out)
            }
            out.append(44)
        } else {
            appendFixed(demand, decimals: 1, &out); out.append(44)
            appendFixed(demand * cv, decimals: 1, &out); out.append(44)
        }
        appendFixed(weight, decimals: 2, &out); out.append(44)
        appendFixed(volume, decimals: 1, &out); out.append(44)
        appendFixed(virtualCost, decimals: 2, &out); out.append(44)
        appendInteger(Int(random.uniform(3, 16)), &out); out.append(44)
        if hasStock {
            appendFixed(stockedCost, decimals: 2, &out); out.append(44)
            appendFixed(price * random.uniform(0, 0.05), decimals: 2, &out); out.append(44)
            appendInteger(random.chance(0.5) ? 1 : Int(random.logUniform(10, 500)), &out); out.append(44)
            appendInteger(Int(random.uniform(10, 90)), &out); out.append(44)
        } else {
            out.append(contentsOf: [44, 44, 44, 44])
        }
        if hasMarketplace && hasStock { appendFixed(random.uniform(2.5, 9) + 0.05 * price, decimals: 2, &out) }
        out.append(44)
        appendFixed(random.uniform(0, 0.2), decimals: 3, &out); out.append(44)
        switch random.next() % 5 {
        case 0: append(ascii: "virtual", &out)
        case 1: append(ascii: hasStock ? "stocked" : "virtual", &out)
        case 2: append(ascii: hasMarketplace && hasStock ? "marketplace" : "virtual", &out)
        default: break
        }
        out.append(10)
    }

    private func appendName(_ random: inout SeededRandom, _ out: inout [UInt8]) {
        let noun = Self.nouns[Int(random.next() % UInt64(Self.nouns.count))]
        let colour = Self.colours[Int(random.next() % UInt64(Self.colours.count))]
        switch random.next() % 16 {
        case 0: append(ascii: "\"\(noun), \(colour)\"", &out)
        case 1: append(ascii: "\"\(noun) \"\"Classic\"\" \(colour)\"", &out)
        default: append(ascii: "\(noun) \(colour)", &out)
        }
    }

    private func append(ascii text: String, _ out: inout [UInt8]) { out.append(contentsOf: text.utf8) }

    private func appendInteger(_ value: Int, _ out: inout [UInt8]) {
        if value < 10 {
            out.append(48 + UInt8(value))
            return
        }
        var digits: [UInt8] = []
        var rest = value
        while rest > 0 {
            digits.append(48 + UInt8(rest % 10))
            rest /= 10
        }
        out.append(contentsOf: digits.reversed())
    }

    /// `value` ≥ 0 with `decimals` digits after the point, trailing zeros kept short.
    private func appendFixed(_ value: Double, decimals: Int, _ out: inout [UInt8]) {
        var scale = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int((value * Double(scale)).rounded())
        appendInteger(scaled / scale, &out)
        var fraction = scaled % scale
        guard decimals > 0, fraction > 0 else { return }
        out.append(46)
        var width = decimals
        while fraction % 10 == 0 {
            fraction /= 10
            width -= 1
        }
        var digits: [UInt8] = []
        for _ in 0..<width {
            digits.append(48 + UInt8(fraction % 10))
            fraction /= 10
        }
        out.append(contentsOf: digits.reversed())
    }
}
