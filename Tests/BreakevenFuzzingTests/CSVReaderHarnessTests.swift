import TestSupport
import Testing

@testable import BreakevenCore
@testable import BreakevenCSV
@testable import BreakevenReport
@testable import BreakevenFuzzing

/// The CSV reader's fuzz invariants, replayed on the seeds, the fuzzers'
/// corpus and every input that once broke one.
@Suite("CSV reader fuzz harness")
struct CSVReaderHarnessTests {
    @Test func regressionsAreKept() {
        #expect(!FuzzCorpus.regressions("csv-reader").isEmpty)
    }

    /// One test case per input, so that they run in parallel.
    @Test("every corpus input keeps the invariants", arguments: FuzzCorpus.all("csv-reader"))
    func everyCorpusInputKeepsTheInvariants(_ input: FuzzCorpus.Input) {
        let log = CSVReaderHarness.check(input.bytes)
        #expect(log.passed, "\(input): \(log.failures.prefix(3).joined(separator: "; "))")
    }

    @Test(arguments: [
        "", "\u{FEFF}", "a", "a,b\r\n1,2\r\n", "\"a\nb\",c\rd", "\"open\nx,y\n", "\"x\"y,z\n", "\n\n\r\r\n",
    ])
    func smallInputsKeepTheInvariants(_ text: String) {
        let log = CSVReaderHarness.check(Array(text.utf8))
        #expect(log.passed, "\(log.failures)")
    }

    /// The harness is not blind: a reader that lost a byte would be caught.
    @Test func contiguityIsCheckedAgainstTheBytes() throws {
        let bytes = Array("a,b\nc,d\n".utf8)
        let steps = try #require(CSVReaderHarness.steps(CSVReader(bytes: bytes), limit: 10))
        #expect(steps.map(\.bytes) == [0..<3, 4..<7])
        #expect(steps.map(\.cursor.position) == [4, 8])
        #expect(CSVReaderHarness.isLineEnd([13, 10]) && !CSVReaderHarness.isLineEnd([10, 10]))
    }
}
