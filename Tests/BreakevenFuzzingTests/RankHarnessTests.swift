import TestSupport
import Testing

@testable import BreakevenCore
@testable import BreakevenCSV
@testable import BreakevenReport
@testable import BreakevenFuzzing

/// The rank pipeline's fuzz invariants, replayed on the seeds, the fuzzers'
/// corpus and every input that once broke one.
@Suite("Rank fuzz harness")
struct RankHarnessTests {
    @Test func regressionsAreKept() {
        #expect(!FuzzCorpus.regressions("rank").isEmpty)
    }

    /// One test case per input, so that they run in parallel.
    @Test("every corpus input keeps the invariants", arguments: FuzzCorpus.all("rank"))
    func everyCorpusInputKeepsTheInvariants(_ input: FuzzCorpus.Input) {
        let log = RankHarness.check(input.bytes)
        #expect(log.passed, "\(input): \(log.failures.prefix(3).joined(separator: "; "))")
    }

    @Test func rowsAreCountedIndependently() {
        let text = "\n,,\nsku,price\nA,1\n\n;;\n\"B\",2\n\"never closed\n"
        // After the header: A, ';;' (one field with ',' as the delimiter, not blank), B, the broken record.
        #expect(RankHarness.rowCount(Array(text.utf8), delimiter: UInt8(ascii: ",")) == 4)
        #expect(RankHarness.rowCount(Array("\n\n".utf8), delimiter: UInt8(ascii: ",")) == nil)
    }
}
