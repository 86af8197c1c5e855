import TestSupport
import Testing

@testable import BreakevenCore
@testable import BreakevenCSV
@testable import BreakevenReport

/// The overview built one SKU at a time equals the one built from the whole
/// catalog in memory, keeping only the SKUs it details.
@Suite("Report overview")
struct ReportOverviewTests {
    /// Savings with ties and SKUs without one: the best `count` kept while
    /// streaming are the first `count` of the reference ranking, in order.
    @Test func bestSavingsAreTheReferenceRanking() throws {
        let evaluations = try RandomSKUs.make(count: 400, seed: 5).map { Evaluator.evaluate(try SKUTerms($0)) }
        // Round the savings' inputs: many ties, and some without a saving.
        var entries: [CatalogEvaluation.Entry] = []
        var savings: [Double?] = []
        for (index, evaluation) in evaluations.enumerated() {
            entries.append(CatalogEvaluation.Entry(line: index + 2, evaluation: evaluation))
            savings.append(index % 7 == 0 ? nil : Double((index * 37) % 11))
        }
        let reference = CatalogEvaluation.orderBySaving(savings).map { entries[$0].line }
        for count in [0, 1, 3, 20, 100, 400, 1_000] {
            var best = BestSavings()
            for (entry, saving) in zip(entries, savings) { best.add(entry, saving: saving, keeping: count) }
            #expect(best.top(count).map(\.entry.line) == Array(reference.prefix(count)), "\(count)")
        }
    }

    @Test func overviewOfAStreamIsTheCatalogs() throws {
        let text = try RandomSKUs.make(count: 60, seed: 9).map { Evaluator.evaluate(try SKUTerms($0)) }
        let entries = text.enumerated().map { CatalogEvaluation.Entry(line: $0 + 2, evaluation: $1) }
        var overview = ReportOverview(file: "c.csv", detailCount: 7, ranked: false)
        for entry in entries { overview.add(entry) }
        let catalog = CatalogEvaluation(
            file: "c.csv", entries: entries, rejected: [], warnings: [],
            summary: PortfolioSummary(entries.map(\.evaluation)), dialect: .plain)
        #expect(overview.summary == catalog.summary)
        #expect(overview.skuCount == 60)
        #expect(overview.detailed.map(\.line) == catalog.rankedBySaving().prefix(7).map(\.line))
        let counted = overview.stability.values.flatMap(\.values).reduce(0, +)
        #expect(counted == 60)
    }

    /// With verdicts, a stream keeps the detailed SKUs' verdicts beside
    /// them and adds every verdict up, as the whole catalog would.
    @Test func overviewKeepsTheDetailedSKUsVerdicts() throws {
        let evaluations = try RandomSKUs.make(count: 60, seed: 9).map { Evaluator.evaluate(try SKUTerms($0)) }
        let entries = evaluations.enumerated().map { CatalogEvaluation.Entry(line: $0 + 2, evaluation: $1) }
        let verdicts = evaluations.map(SimulationFixtures.agreeing)
        var overview = ReportOverview(file: "c.csv", detailCount: 7, ranked: false, simulation: SimulationOptions())
        for (entry, verdict) in zip(entries, verdicts) { overview.add(entry, verdict: verdict) }
        #expect(overview.referee == RefereeSummary(verdicts))
        let byLine = Dictionary(uniqueKeysWithValues: zip(entries.map(\.line), verdicts))
        #expect(overview.detailedVerdicts == overview.detailed.map { byLine[$0.line] })
        #expect(overview.detailedVerdicts.count == 7)
        // Without simulation: no summary, no verdicts kept.
        var plain = ReportOverview(file: "c.csv", detailCount: 7)
        for entry in entries { plain.add(entry) }
        #expect(plain.referee == nil && plain.simulation == nil)
        #expect(plain.detailedVerdicts == Array(repeating: nil, count: 7))
    }
}
