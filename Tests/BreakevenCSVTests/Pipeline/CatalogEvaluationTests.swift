import TestSupport
import Testing

@testable import BreakevenCore
@testable import BreakevenCSV

@Suite("Evaluating a catalog")
struct CatalogEvaluationTests {
    static func evaluate(_ text: String, settings: Settings = Settings()) throws -> CatalogEvaluation {
        CatalogEvaluation(reference: try CatalogReader().read(Array(text.utf8), file: "c.csv"), settings: settings)
    }

    @Test func rowsTheMathCannotUseAreRejectedWithTheirColumn() throws {
        let evaluation = try Self.evaluate(
            "sku,price,monthly_demand,virtual_unit_cost\nA,10,5,4\nB,,5,4\nC,10,5,\nD,10,,4\n")
        #expect(evaluation.entries.map(\.evaluation.sku) == ["A"])
        #expect(evaluation.rowsRead == 4)
        let messages = evaluation.rejected.flatMap(\.diagnostics).map(\.description)
        #expect(messages[0] == "c.csv:3:2: error: price is required")
        #expect(messages[1].hasPrefix("c.csv:4:4: error: virtual_unit_cost or stocked_unit_cost is required"))
        #expect(messages[2] == "c.csv:5:3: error: monthly_demand is required (or demand_history)")
    }

    @Test func adjustmentsThatBreakAConstraintRejectTheRow() throws {
        let settings = Settings(adjustments: [.returnRate: .shift(0.2)])
        let evaluation = try Self.evaluate(
            "sku,price,monthly_demand,virtual_unit_cost,return_rate\nA,10,5,4,0.9\nB,10,5,4,0.1\n", settings: settings)
        #expect(evaluation.entries.map(\.evaluation.sku) == ["B"])
        #expect(evaluation.rejected[0].diagnostics[0].message.hasSuffix("after --set"))
    }

    @Test func rankingIsBySavingBestFirstWithoutASavingLast() throws {
        let evaluation = try Self.evaluate("""
            sku,price,monthly_demand,virtual_unit_cost,stocked_unit_cost
            SMALL,20,5,8,6
            NOVIRTUAL,20,50,,6
            BIG,20,500,8,6
            """)
        #expect(evaluation.rankedBySaving().map(\.evaluation.sku) == ["BIG", "SMALL", "NOVIRTUAL"])
    }
}
