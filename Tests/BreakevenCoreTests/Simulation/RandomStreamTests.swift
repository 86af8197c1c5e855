import Testing

@testable import BreakevenCore

@Suite("Simulation: random streams")
struct RandomStreamTests {
    /// The reference outputs of xoshiro256** from the state (1, 2, 3, 4), as the
    /// authors' C code (prng.di.unimi.it/xoshiro256starstar.c) gives them,
    /// recomputed in Python from that code.
    @Test func xoshiroMatchesTheReference() {
        var random = RandomStream(state: (1, 2, 3, 4))
        let outputs = (0..<6).map { _ in random.next() }
        #expect(
            outputs == [
                11520, 0, 1_509_978_240, 1_215_971_899_390_074_240, 1_216_172_134_540_287_360,
                607_988_272_756_665_600,
            ])
    }

    /// FNV-1a of "abc" is 0xE71FA2190541574B (the published test vector); mixed
    /// by SplitMix64's output function (computed in Python).
    @Test func skuKeysAreFixedAcrossProcesses() {
        #expect(RandomStream.key(sku: "abc") == 3_018_304_574_923_447_344)
        #expect(RandomStream.key(sku: "abc") != RandomStream.key(sku: "abd"))
    }

    @Test func streamsDependOnEveryCoordinateAndOnNothingElse() {
        func first(_ seed: UInt64, _ key: UInt64, _ run: Int, _ stream: UInt64) -> [UInt64] {
            var random = RandomStream(seed: seed, key: key, run: run, stream: stream)
            return (0..<4).map { _ in random.next() }
        }
        let base = first(1, 2, 3, 0)
        #expect(first(1, 2, 3, 0) == base)
        #expect(first(9, 2, 3, 0) != base)
        #expect(first(1, 9, 3, 0) != base)
        #expect(first(1, 2, 9, 0) != base)
        #expect(first(1, 2, 3, 1) != base)
        #expect(RandomStream.leadTimes(of: .stocked) != RandomStream.demand)
        #expect(RandomStream.leadTimes(of: .stocked) != RandomStream.leadTimes(of: .marketplace))
    }
}
