import BreakevenReport
import BreakevenCore
import BreakevenCSV

/// What a fuzz harness found wrong with one input: each broken invariant in
/// words. Empty when every invariant held.
///
/// The harnesses (``CSVReaderHarness``, ``RankHarness``) are shared by the
/// libFuzzer targets in `Fuzz/` and by `swift test`, which replays the
/// corpus: a failure found by fuzzing stays a failing test until it is fixed.
package struct HarnessLog: Sendable, Equatable {
    /// The broken invariants, in the order they were found.
    package private(set) var failures: [String] = []

    /// An empty log.
    package init() {}

    /// Whether every invariant held.
    package var passed: Bool { failures.isEmpty }

    /// Records `message` unless `condition` holds.
    package mutating func check(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { failures.append(message()) }
    }

    /// Records `message`.
    package mutating func fail(_ message: String) { failures.append(message) }

    /// Adds another log's failures, each prefixed with `context`.
    package mutating func merge(_ other: HarnessLog, context: String) {
        failures += other.failures.map { "\(context): \($0)" }
    }
}

/// Parameters a harness derives from its input, so that one input always runs
/// the same way (a reproducer replays exactly) while different inputs try
/// different read sizes, windows and thread counts.
package struct HarnessParameters: Sendable {
    private var state: SeededRandom

    /// Parameters seeded by the FNV-1a hash of `bytes`.
    package init(_ bytes: [UInt8]) {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        state = SeededRandom(seed: hash)
    }

    /// A whole number in `range`.
    package mutating func pick(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(state.next() % UInt64(range.count))
    }
}
