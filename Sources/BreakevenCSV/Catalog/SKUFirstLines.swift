import BreakevenCore

/// The line each SKU was first seen on, in about 16 bytes per SKU: what lets
/// a streaming run find repeated SKUs in millions of rows within a small,
/// fixed budget (a `[String: Int]` took ~75 bytes per SKU with its growth).
///
/// A SKU is kept as an 88-bit fingerprint: two SipHash values of its UTF-8
/// bytes (the process's random seed, so no catalog can be crafted to
/// collide), all 64 bits of one and 24 of the other. Two different SKUs are
/// taken for the same one with a probability of about n²/2⁸⁹ for n SKUs:
/// 2·10⁻¹⁵ for a million, 2·10⁻¹¹ for a hundred million.
///
/// The table is split into 256 shards by the fingerprint's top byte, each an
/// open-addressing table with linear probing that grows by half when 7/8
/// full, so growing never holds more than one small shard twice.
struct SKUFirstLines: Sendable {
    /// One SKU's key: its fingerprint, hashed once for a lookup and an insert.
    struct Fingerprint: Equatable {
        /// 64 bits: the shard (top byte) and the slot.
        let high: UInt64
        /// 24 more bits, in the top of the word.
        let low: UInt64

        init(_ sku: String) {
            var first = Hasher()
            var second = Hasher()
            second.combine(0x5EED as UInt16)
            var sku = sku
            sku.withUTF8 { bytes in
                first.combine(bytes: UnsafeRawBufferPointer(bytes))
                second.combine(bytes: UnsafeRawBufferPointer(bytes))
            }
            high = UInt64(bitPattern: Int64(first.finalize()))
            low = UInt64(bitPattern: Int64(second.finalize())) & ~Entry.lineMask
        }
    }

    /// A slot: the fingerprint and the line; empty when `packed` is 0 (a
    /// stored line is never 0).
    struct Entry {
        static let lineMask: UInt64 = (1 << 40) - 1
        var high: UInt64 = 0
        /// 24 bits of fingerprint, then 40 bits of line.
        var packed: UInt64 = 0

        var isEmpty: Bool { packed == 0 }
        var line: Int { Int(packed & Self.lineMask) }

        func holds(_ key: Fingerprint) -> Bool { high == key.high && packed & ~Self.lineMask == key.low }
    }

    private struct Shard {
        var entries: [Entry] = []
        var count = 0

        /// Where `key` is, or the empty slot it would go in.
        func slot(of key: Fingerprint) -> Int {
            // The 56 bits under the shard byte, scaled to the capacity.
            var index = Int((key.high << 8).multipliedFullWidth(by: UInt64(entries.count)).high)
            while !entries[index].isEmpty, !entries[index].holds(key) {
                index += 1
                if index == entries.count { index = 0 }
            }
            return index
        }

        mutating func insert(_ entry: Entry, key: Fingerprint) {
            if (count + 1) * 8 > entries.count * 7 { grow() }
            let index = slot(of: key)
            if entries[index].isEmpty { count += 1 }
            entries[index] = entry
        }

        private mutating func grow() {
            let old = entries
            entries = Array(repeating: Entry(), count: max(16, old.count + old.count / 2))
            for entry in old where !entry.isEmpty {
                entries[slot(of: Fingerprint(high: entry.high, low: entry.packed & ~Entry.lineMask))] = entry
            }
        }
    }

    private var shards = Array(repeating: Shard(), count: 256)

    /// The SKUs held.
    var count: Int { shards.reduce(0) { $0 + $1.count } }

    /// The line `key`'s SKU was first seen on, if it was.
    func firstLine(of key: Fingerprint) -> Int? {
        let shard = shards[Int(key.high >> 56)]
        guard shard.count > 0 else { return nil }
        let entry = shard.entries[shard.slot(of: key)]
        return entry.isEmpty ? nil : entry.line
    }

    /// Records that `key`'s SKU is on `line` (1 and up; lines past 2⁴⁰ are
    /// kept as 2⁴⁰ − 1), replacing any earlier line.
    mutating func insert(_ key: Fingerprint, line: Int) {
        let line = UInt64(min(max(line, 1), Int(Entry.lineMask)))
        shards[Int(key.high >> 56)].insert(Entry(high: key.high, packed: key.low | line), key: key)
    }

    /// The bytes the table holds, slots included.
    var allocatedBytes: Int { shards.reduce(0) { $0 + $1.entries.count } * MemoryLayout<Entry>.stride }
}

extension SKUFirstLines.Fingerprint {
    fileprivate init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }
}
