import TestSupport
import Testing

@testable import BreakevenCore
@testable import BreakevenCSV

@Suite("The SKU register's compact table")
struct SKUFirstLinesTests {
    /// 150,000 random SKUs, a third of them repeated, against a Dictionary:
    /// every first line is found, nothing absent is, and a repeat never
    /// moves the first line (the register inserts only new SKUs).
    @Test func agreesWithADictionary() {
        var random = SeededRandom(seed: 88)
        var table = SKUFirstLines()
        var reference: [String: Int] = [:]
        var pool: [String] = []
        for line in 2..<150_002 {
            let sku: String
            if !pool.isEmpty, random.chance(1.0 / 3) {
                sku = pool[Int(random.next() % UInt64(pool.count))]
            } else {
                sku = "SKU-\(random.next() % 1_000_000_000)-\(line % 7 == 0 ? "é" : "")"
                pool.append(sku)
            }
            let key = SKUFirstLines.Fingerprint(sku)
            #expect(table.firstLine(of: key) == reference[sku], "\(sku) on line \(line)")
            if reference[sku] == nil {
                reference[sku] = line
                table.insert(key, line: line)
            }
        }
        #expect(table.count == reference.count)
        for (sku, line) in reference.prefix(5_000) {
            #expect(table.firstLine(of: SKUFirstLines.Fingerprint(sku)) == line)
        }
        for absent in 0..<5_000 {
            #expect(table.firstLine(of: SKUFirstLines.Fingerprint("absent-\(absent)")) == nil)
        }
    }

    /// The budget that keeps `--sort none` small: after growing, a shard is
    /// at least 7/12 full (it grows by half when 7/8 full), so 16-byte slots
    /// cost at most 16 · 12/7 ≈ 27.4 bytes per SKU, with some slack for
    /// shards that have just grown.
    @Test func holdsAboutSixteenBytesPerSKU() {
        var table = SKUFirstLines()
        for line in 0..<200_000 {
            table.insert(SKUFirstLines.Fingerprint("SKU-\(line)"), line: line + 2)
        }
        #expect(table.count == 200_000)
        #expect(Double(table.allocatedBytes) / 200_000 <= 30)
        #expect(Double(table.allocatedBytes) / 200_000 >= 16)
    }

    /// Similar SKUs differ (the fingerprint takes every byte), and the empty
    /// string is a SKU like any other.
    @Test func tellsNearSKUsApart() {
        var table = SKUFirstLines()
        let skus = ["A", "a", "A ", " A", "AA", "", "SKU-1", "SKU-10", "SKU-01", "SKU-1\u{0}"]
        for (index, sku) in skus.enumerated() { table.insert(SKUFirstLines.Fingerprint(sku), line: index + 2) }
        for (index, sku) in skus.enumerated() {
            #expect(table.firstLine(of: SKUFirstLines.Fingerprint(sku)) == index + 2, "\(sku)")
        }
    }

    /// Lines beyond 40 bits are kept as the largest one that fits, not wrapped.
    @Test func keepsHugeLineNumbersSaturated() {
        var table = SKUFirstLines()
        let key = SKUFirstLines.Fingerprint("X")
        table.insert(key, line: 1 << 50)
        #expect(table.firstLine(of: key) == (1 << 40) - 1)
    }
}
