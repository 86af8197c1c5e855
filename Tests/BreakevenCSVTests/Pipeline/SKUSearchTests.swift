import TestSupport
import Testing

@testable import BreakevenCore
@testable import BreakevenCSV

/// `--only` and the SKUs looked for, through the pipeline, against the
/// reference reading (``Catalog/restricted(to:)``, ``Catalog/skus``,
/// ``NameSuggestion/closest(to:in:)``), which reads the file whole first.
@Suite("SKUs looked for as the catalog streams by")
struct SKUSearchTests {
    /// Good rows, a row with a bad value, a repeated SKU, a row whose inputs
    /// cannot be used together (no unit cost), and a ragged row.
    static let text = """
        sku,price,monthly_demand,stocked_unit_cost,virtual_unit_cost
        lamp-red,20,30,8,11
        lamp-blue,20,abc,8,11
        lamp-red,20,31,8,11
        desk,120,4,,
        chair,60,9,20
        stool,45,12,15,21
        lamp-green,20,30,8,11

        """

    static func run(only: [String]? = nil, lookFor: [String] = [], window: Int = 8 << 20)
        throws -> (skus: [String], outcome: RankPipeline.Outcome)
    {
        let bytes = Array(text.utf8)
        let pipeline = RankPipeline(settings: Settings(), sorted: false, threads: 2, only: only, lookFor: lookFor)
        var served = false
        var skus: [String] = []
        let outcome = try pipeline.run(
            file: "c.csv", dialect: DialectDetector.detect(bytes).dialect,
            source: { buffer in
                guard !served else { return false }
                served = true
                buffer += bytes
                return true
            }, windowBytes: window, keepRejects: true, work: { row in (row.terms.sku, nil) },
            emit: { skus += $0 })
        return (skus, outcome)
    }

    static var reference: Catalog { get throws { try CatalogReader().read(Array(text.utf8), file: "c.csv") } }

    @Test func onlyKeepsWhatTheReferenceKeeps() throws {
        for only in [["lamp-red"], ["stool", "desk"], ["chair"], ["lamp-blue", "lamp-green"], ["nothing"]] {
            let (restricted, leftOut) = try Self.reference.restricted(to: Set(only))
            let resolved = ResolvedCatalog(restricted)
            for window in [16, 8 << 20] {
                let (skus, outcome) = try Self.run(only: only, window: window)
                #expect(skus == resolved.rows.map(\.terms.sku), "\(only)")
                #expect(outcome.rejected.map(\.line) == resolved.rejected.map(\.line), "\(only)")
                #expect(outcome.leftOut == leftOut, "\(only)")
                #expect(outcome.rowsRead == 7)
                #expect(outcome.ranked + outcome.rejected.count + outcome.leftOut == outcome.rowsRead)
                // Every name the file has as a SKU is seen, the others not.
                let known = Set(try Self.reference.skus)
                #expect(outcome.search.seen == Set(only).intersection(known), "\(only)")
            }
        }
    }

    @Test func rejectedRowsKeepTheirSKUAsWritten() throws {
        let outcome = try Self.run().outcome
        // lamp-blue: a bad value; lamp-red again: a repeat; desk: no unit
        // cost; chair: a ragged row, its SKU still read from its field.
        #expect(outcome.rejected.map(\.sku) == ["lamp-blue", "lamp-red", "desk", "chair"])
    }

    /// The nearest names equal the reference's, whichever kind of row has them.
    @Test func nearestNamesAreTheReferences() throws {
        let catalog = try Self.reference
        let ranked = ResolvedCatalog(catalog).rows.map(\.terms.sku)
        let names = ["lamp-rad", "lamp-blu", "desc", "chiar", "stol", "lamp-gren", "sofa"]
        let outcome = try Self.run(lookFor: names).outcome
        for name in names {
            #expect(
                outcome.search.nearestInFile(to: name) == NameSuggestion.closest(to: name, in: catalog.skus), "\(name)")
            #expect(outcome.search.nearestRanked(to: name) == NameSuggestion.closest(to: name, in: ranked), "\(name)")
        }
        // The rows left out by --only are still the file's SKUs.
        let only = try Self.run(only: ["stool", "lamp-gren"]).outcome
        #expect(only.search.nearestInFile(to: "lamp-gren") == "lamp-green")
    }

    /// On a tie the rows read win over the rejected rows, as in the
    /// reference, where they come first in ``Catalog/skus``.
    @Test func tiesGoToTheFirstSearch() {
        var read = NameSuggestion.Nearest(to: "abcd")
        var rejected = NameSuggestion.Nearest(to: "abcd")
        rejected.consider("abce")
        read.consider("abcf")
        #expect(read.merged(with: rejected).suggestion == "abcf")
        #expect(rejected.merged(with: read).suggestion == "abce")
        var closer = NameSuggestion.Nearest(to: "abcd")
        closer.consider("abcd")
        #expect(read.merged(with: closer).suggestion == "abcd")
    }
}
