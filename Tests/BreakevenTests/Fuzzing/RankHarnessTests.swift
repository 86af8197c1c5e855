import TestSupport
import Testing

@testable import Breakeven

/// The rank pipeline's fuzz invariants, replayed on the seeds, the fuzzers'
/// corpus and every input that once broke one.
@Suite("Rank fuzz harness")
struct RankHarnessTests {
    @Test func regressionsAreKept() {
        #expect(!FuzzCorpus.regressions("rank").isEmpty)
    }

    @Test func everyCorpusInputKeepsTheInvariants() {
        for input in FuzzCorpus.all("rank") {
            let log = RankHarness.check(input.bytes)
            #expect(log.passed, "\(input): \(log.failures.prefix(3).joined(separator: "; "))")
        }
    }

    @Test func rowsAreCountedIndependently() {
        let text = "\n,,\nsku,price\nA,1\n\n;;\n\"B\",2\n\"never closed\n"
        // After the header: A, ';;' (one field with ',' as the delimiter, not blank), B, the broken record.
        #expect(RankHarness.rowCount(Array(text.utf8), delimiter: UInt8(ascii: ",")) == 4)
        #expect(RankHarness.rowCount(Array("\n\n".utf8), delimiter: UInt8(ascii: ",")) == nil)
    }
}
