import TestSupport
import Testing

@testable import BreakevenCore
@testable import BreakevenCSV

/// A hostile input cannot make ``RankPipeline`` hold it all: 64 MiB without
/// a line end, made lazily by the source, never sits in the buffer at once.
@Suite("Rank pipeline: bounded memory")
struct RankPipelineMemoryTests {
    /// What a run over a header, a good row and a row whose last field is
    /// `tail` (`"` or nothing) followed by 64 MiB without a line end found,
    /// with the largest buffer the source was handed.
    static func run(
        sorted: Bool, tail: String
    ) throws -> (outcome: RankPipeline.Outcome, largest: Int, lines: Int) {
        let head = Array(
            "sku,price,monthly_demand,virtual_unit_cost\nA,10,5,4\nB,10,5,\(tail)".utf8)
        let chunk = [UInt8](repeating: UInt8(ascii: "7"), count: 64 << 10)
        let size = 64 << 20
        var served = 0
        var largest = 0
        var lines = 0
        let pipeline = RankPipeline(
            settings: Settings(), sorted: sorted, threads: 2)
        let outcome = try pipeline.run(
            file: "c.csv", dialect: .plain,
            source: { buffer in
                defer { largest = max(largest, buffer.count) }
                largest = max(largest, buffer.count)
                if served == 0 { buffer += head }
                guard served < size else { return false }
                buffer += chunk
                served += chunk.count
                return true
            }, render: { _, _ in 1 }, emit: { lines += $0.count })
        return (outcome, largest, lines)
    }

    /// The source's buffer stays under 4 MiB (a window, the record limit and
    /// a read); the good row is ranked and the long one rejected at its line.
    static func check(sorted: Bool, tail: String) throws {
        let (outcome, largest, lines) = try run(sorted: sorted, tail: tail)
        #expect(largest < 4 << 20, "the buffer grew to \(largest) bytes")
        #expect(outcome.rowsRead == 2 && outcome.ranked == 1 && outcome.rejected.count == 1)
        let diagnostic = try #require(outcome.rejected.first?.diagnostics.first)
        #expect(diagnostic.line == 3 && diagnostic.column == 4)
        #expect(diagnostic.message.hasPrefix("the record is longer than 1 MiB"))
        #expect(lines == 1, "row A")
    }

    @Test("streaming holds a bounded buffer", arguments: ["", "\""])
    func streamingHoldsABoundedBuffer(_ tail: String) throws {
        try Self.check(sorted: false, tail: tail)
    }

    @Test("sorting holds a bounded buffer", arguments: ["", "\""])
    func sortingHoldsABoundedBuffer(_ tail: String) throws {
        try Self.check(sorted: true, tail: tail)
    }
}
