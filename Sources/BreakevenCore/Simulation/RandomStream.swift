/// The random numbers of the simulator: xoshiro256** (Blackman & Vigna,
/// "Scrambled linear pseudorandom number generators", ACM TOMS 47(4), 2021),
/// seeded through SplitMix64 from (seed, SKU key, run index, stream).
///
/// Every run of every SKU has its own streams, derived from those numbers
/// alone: a run's figures never depend on which thread computed it, on how
/// many there were, or on the order in which SKUs and runs were taken. Not
/// Swift's `Hasher`, which is seeded anew in every process.
package struct RandomStream: RandomNumberGenerator, Sendable {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    /// The stream of customer orders of a run: the same for every model (common random numbers).
    package static let demand: UInt64 = 0

    /// The stream of supplier lead times of `model` in a run.
    package static func leadTimes(of model: FulfilmentModel) -> UInt64 { 1 + UInt64(model.index) }

    /// The stream `stream` of run `run` of the SKU keyed `key` under `seed`.
    package init(seed: UInt64, key: UInt64, run: Int, stream: UInt64) {
        var h = Self.mix(seed)
        h = Self.mix(h ^ key)
        h = Self.mix(h ^ UInt64(bitPattern: Int64(run)))
        h = Self.mix(h ^ stream)
        var splitMix = SeededRandom(seed: h)
        s0 = splitMix.next()
        s1 = splitMix.next()
        s2 = splitMix.next()
        s3 = splitMix.next()
        if s0 | s1 | s2 | s3 == 0 { s0 = 1 }  // the one state xoshiro cannot leave
    }

    /// A generator in the given state (not all zero), for checking against the reference outputs.
    init(state: (UInt64, UInt64, UInt64, UInt64)) {
        (s0, s1, s2, s3) = state
    }

    /// The next 64 random bits.
    package mutating func next() -> UInt64 {
        let result = Self.rotate(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = Self.rotate(s3, 45)
        return result
    }

    /// A SKU's key: FNV-1a over its UTF-8 bytes, then mixed. The same on every
    /// machine and in every process.
    package static func key(sku: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in sku.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return mix(hash)
    }

    private static func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// SplitMix64's output function on `z` plus the golden gamma: a bijection
    /// of 64-bit words that spreads every input bit over the output.
    static func mix(_ z: UInt64) -> UInt64 {
        var z = z &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
