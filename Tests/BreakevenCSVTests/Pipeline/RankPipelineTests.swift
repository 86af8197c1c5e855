import TestSupport
import Foundation
import Testing

@testable import BreakevenCore
@testable import BreakevenCSV
import SyntheticCatalogs

@Suite("Rank pipeline: same answers at any speed")
struct RankPipelineTests {
    static func run(
        _ bytes: [UInt8], sorted: Bool = true, threads: Int, window: Int = 8 << 20, top: Int? = nil,
        settings: Settings = Settings()
    ) throws -> (csv: [UInt8], outcome: RankPipeline.Outcome) {
        let dialect = DialectDetector.detect(bytes).dialect
        let pipeline = RankPipeline(settings: settings, sorted: sorted, top: top, threads: threads)
        var output: [UInt8] = []
        // Serve the input in small pieces, to exercise records split across reads.
        var offset = 0
        let outcome = try pipeline.run(
            file: "c.csv", dialect: dialect,
            source: { buffer in
                guard offset < bytes.count else { return false }
                let end = min(bytes.count, offset + 4093)
                buffer += bytes[offset..<end]
                offset = end
                return true
            }, windowBytes: window, keepRejects: true, render: record, emit: { output += $0.joined() })
        return (output, outcome)
    }

    /// One SKU as a line that changes with any figure of its evaluation:
    /// the SKU, its line, the recommendation, every model's exact profit,
    /// capital and units, and the break-even volumes.
    @Sendable static func record(_ line: Int, _ evaluation: SKUEvaluation) -> [UInt8] {
        var fields = [evaluation.sku, String(line), evaluation.decision.recommended.rawValue]
        for model in evaluation.models {
            fields += [model.monthlyProfit, model.workingCapital, model.unitsSold].map { String($0.bitPattern) }
        }
        for model in FulfilmentModel.allCases { fields.append("\(evaluation.breakEven[model].map { "\($0)" } ?? "-")") }
        fields.append("\(evaluation.decision.reasons.count)")
        return Array((fields.joined(separator: ",") + "\n").utf8)
    }

    static func inMemory(_ bytes: [UInt8], top: Int? = nil, settings: Settings = Settings()) throws -> [UInt8] {
        let dialect = DialectDetector.detect(bytes).dialect
        let catalog = try CatalogReader(dialect: dialect).read(bytes, file: "c.csv")
        let ranked = CatalogEvaluation(reference: catalog, settings: settings).rankedBySaving()
        return ranked.prefix(top ?? ranked.count).flatMap { record($0.line, $0.evaluation) }
    }

    static let generated = SyntheticCatalog(rows: 1200, seed: 7, historyMonths: 12).bytes()

    @Test func sameRecordsAsTheInMemoryRanking() throws {
        #expect(try Self.run(Self.generated, threads: 2).csv == Self.inMemory(Self.generated))
        #expect(try Self.run(Self.generated, threads: 2, top: 10).csv == Self.inMemory(Self.generated, top: 10))
        let settings = Settings(adjustments: [.price: .scale(1.1)])
        #expect(try Self.run(Self.generated, threads: 2, settings: settings).csv
            == Self.inMemory(Self.generated, settings: settings))
    }

    @Test func byteIdenticalWithOneThreadOrMany() throws {
        let one = try Self.run(Self.generated, threads: 1)
        let many = try Self.run(Self.generated, threads: 4)
        #expect(one.csv == many.csv)
        #expect(one.outcome.summary == many.outcome.summary)
        let streamedOne = try Self.run(Self.generated, sorted: false, threads: 1, window: 50_000)
        let streamedMany = try Self.run(Self.generated, sorted: false, threads: 4, window: 50_000)
        #expect(streamedOne.csv == streamedMany.csv)
    }

    /// Streaming writes the same records in input order, whatever the window.
    @Test func streamingKeepsInputOrder() throws {
        let sorted = try Self.run(Self.generated, threads: 2)
        for window in [10_000, 64_000, 8 << 20] {
            let streamed = try Self.run(Self.generated, sorted: false, threads: 2, window: window)
            let sortedLines = Set(String(decoding: sorted.csv, as: UTF8.self).split(separator: "\n"))
            let streamedLines = String(decoding: streamed.csv, as: UTF8.self).split(separator: "\n")
            #expect(Set(streamedLines) == sortedLines)
            let skus = streamedLines.map { $0.prefix { $0 != "," } }
            let numbers = skus.compactMap { Int($0.dropFirst(4)) }
            #expect(numbers == numbers.sorted(), "window \(window)")
            #expect(streamed.outcome.summary == sorted.outcome.summary)
        }
    }

    @Test func badRowsAreCountedAndKeptVerbatim() throws {
        let text = """
            sku,price,monthly_demand,virtual_unit_cost,name
            A,10,5,4,plain
            B,abc,5,4,"quoted, ""with"" comma"
            A,11,5,4,again
            C,10,5,4,"line
            break"
            D,10,,4,x
            E,10,5,4,"never closed
            F,10,5,4,last
            """
        for sorted in [true, false] {
            let (csv, outcome) = try Self.run(Array(text.utf8), sorted: sorted, threads: 2, window: 20)
            #expect(outcome.rowsRead == 7)
            #expect(outcome.ranked + outcome.rejected.count == outcome.rowsRead)
            #expect(outcome.rejected.map(\.line) == [3, 4, 7, 8])
            let rejects = String(decoding: outcome.rejects, as: UTF8.self)
            #expect(rejects.contains(",B,abc,5,4,\"quoted, \"\"with\"\" comma\"\n"))
            #expect(rejects.contains(",E,10,5,4,\"never closed\n"))
            #expect(String(decoding: csv, as: UTF8.self).split(separator: "\n").count == 3)
        }
    }

    @Test func emptyCatalogsStopBeforeAnyOutput() {
        for text in ["", "sku,price,monthly_demand\n", "\n\n", "sku,price,monthly_demand\n\n,,\n"] {
            var output: [UInt8] = []
            var served = false
            #expect(throws: CatalogError.self) {
                _ = try RankPipeline(settings: Settings(), threads: 2).run(
                    file: "c.csv", dialect: .plain,
                    source: { buffer in
                        guard !served else { return false }
                        served = true
                        buffer += Array(text.utf8)
                        return true
                    }, render: Self.record, emit: { output += $0.joined() })
            }
            #expect(output.isEmpty, "\(text.debugDescription)")
        }
    }
}
