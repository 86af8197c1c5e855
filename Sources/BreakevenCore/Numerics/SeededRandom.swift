#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// SplitMix64 (Steele, Lea & Flood 2014): a small, fast, seeded generator, so
/// that synthetic catalogs and property tests are the same on every run.
package struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator starting from `seed`.
    package init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [low, high).
    package mutating func uniform(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * Double(next() >> 11) * 0x1.0p-53
    }

    /// Log-uniform in [low, high): as likely between 1 and 10 as between 10 and 100.
    package mutating func logUniform(_ low: Double, _ high: Double) -> Double {
        exp(uniform(log(low), log(high)))
    }

    /// True with probability `probability`.
    package mutating func chance(_ probability: Double) -> Bool { uniform(0, 1) < probability }

    /// A standard normal draw (Box–Muller).
    package mutating func normal() -> Double {
        let u = max(uniform(0, 1), 1e-300)
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * uniform(0, 1))
    }
}
