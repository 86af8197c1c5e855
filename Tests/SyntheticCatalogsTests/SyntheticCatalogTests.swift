import TestSupport
import Testing

@testable import BreakevenCSV
@testable import BreakevenCore
@testable import SyntheticCatalogs

@Suite("Synthetic catalogs: the catalog")
struct SyntheticCatalogTests {
    /// 2,000 rows with 24 months of history, read back by the tool's reader.
    static let catalog = SyntheticCatalog(rows: 2_000, seed: 5, historyMonths: 24)
    static let bytes = catalog.bytes()

    @Test func sameSeedSameBytesAnotherSeedOthers() {
        for months in [0, 12, 24] {
            let a = SyntheticCatalog(rows: 300, seed: 9, historyMonths: months).bytes()
            #expect(a == SyntheticCatalog(rows: 300, seed: 9, historyMonths: months).bytes())
            #expect(a != SyntheticCatalog(rows: 300, seed: 10, historyMonths: months).bytes())
            var chunks: [[UInt8]] = []
            SyntheticCatalog(rows: 300, seed: 9, historyMonths: months).write(chunkBytes: 1_000) {
                chunks.append($0)
            }
            #expect(chunks.count > 1 && Array(chunks.joined()) == a)
        }
    }

    @Test func theHeader() {
        let plain = SyntheticCatalog(rows: 1).header.split(separator: ",")
        let withHistory = SyntheticCatalog(rows: 1, historyMonths: 12).header.split(separator: ",")
        #expect(!plain.contains("demand_history"))
        #expect(withHistory[5] == "demand_history" && withHistory.count == plain.count + 1)
    }

    /// Every row is read and resolved; each gives its history and leaves
    /// monthly_demand and demand_sd to it, so the model sees the history's
    /// mean and sample sd (computed here by hand), never 0 beside a varying
    /// history; the history is the row's `demand(row:)`.
    @Test func everyRowsDemandIsItsHistorys() throws {
        let read = try CatalogReader().read(Self.bytes, file: "generated.csv")
        let resolved = ResolvedCatalog(read)
        #expect(resolved.rejected.isEmpty && resolved.rows.count == 2_000)
        for (index, row) in read.rows.enumerated() {
            #expect(row.inputs.values[.monthlyDemand] == nil && row.inputs.values[.demandSD] == nil)
            let history = try #require(row.inputs.demandHistory)
            #expect(history == Self.catalog.demand(row: index)?.history.map(Double.init))
            let mean = history.reduce(0, +) / Double(history.count)
            let squares = history.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
            let sd = (squares / Double(history.count - 1)).squareRoot()
            let terms = resolved.rows[index].terms
            #expect(
                isClose(terms.demand.mean, mean) && isClose(terms.demand.deviation, sd),
                "\(terms.sku)")
            #expect(terms.trace.source(of: .monthlyDemand) == .derived)
            #expect(terms.trace.source(of: .demandSD) == .derived)
            if Set(history).count > 1 { #expect(terms.demand.deviation > 0) }
        }
    }

    /// Each pattern's share of the 2,000 rows within 3 binomial SE of its
    /// stated share: the four Syntetos–Boylan classes as the Core classifier
    /// reads the histories (rows drawn seasonal left out, since by ADI and
    /// CV² a season reads smooth or erratic), the seasonal rows by the
    /// generator, each with its peak months the highest months of the year.
    @Test func eachPatternInItsStatedShare() throws {
        let rows = Double(Self.catalog.rows)
        let demands = (0..<Self.catalog.rows).compactMap { Self.catalog.demand(row: $0) }
        var classified: [DemandPattern: Int] = [:]
        var seasonal = 0
        for demand in demands {
            guard demand.pattern != .seasonal else {
                seasonal += 1
                let means = (0..<12).map {
                    Double(demand.history[$0] + demand.history[$0 + 12]) / 2
                }
                let highest = means.indices.sorted { means[$0] > means[$1] }.prefix(
                    demand.peakMonths.count)
                #expect(Set(highest) == Set(demand.peakMonths))
                continue
            }
            let pattern = try #require(DemandPattern(history: demand.history.map(Double.init)))
            classified[pattern, default: 0] += 1
        }
        func within3SE(_ count: Int, _ share: Double) -> Bool {
            abs(Double(count) / rows - share) <= 3 * (share * (1 - share) / rows).squareRoot()
        }
        for pattern in DemandPattern.allCases {
            let share = SyntheticPattern(rawValue: pattern.rawValue)!.share
            #expect(
                within3SE(classified[pattern] ?? 0, share),
                "\(pattern): \(classified[pattern] ?? 0) of 2,000")
        }
        #expect(within3SE(seasonal, 0.15), "seasonal: \(seasonal) of 2,000")
    }

    /// A history changes only the demand columns: the others are those of
    /// the catalog without one, row by row.
    @Test func theOtherColumnsDoNotDependOnTheHistory() throws {
        let plain = try CatalogReader().read(
            SyntheticCatalog(rows: 500, seed: 5).bytes(), file: "a.csv")
        let withHistory = try CatalogReader().read(
            SyntheticCatalog(rows: 500, seed: 5, historyMonths: 36).bytes(), file: "b.csv")
        #expect(plain.rows.count == 500 && withHistory.rows.count == 500)
        for (a, b) in zip(plain.rows, withHistory.rows) {
            var left = a.inputs
            var right = b.inputs
            left.values[.monthlyDemand] = nil
            left.values[.demandSD] = nil
            right.demandHistory = nil
            #expect(left == right, "\(a.inputs.sku)")
            #expect(b.inputs.demandHistory?.count == 36)
        }
    }
}
