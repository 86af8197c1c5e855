import Foundation
import Testing

@testable import Breakeven

@Suite("Rank output")
struct RankRendererTests {
    static let text = """
        sku,price,monthly_demand,demand_sd,virtual_unit_cost,stocked_unit_cost,marketplace_fulfillment_fee,current_model
        CHARGER,19.99,900,120,6.2,3.1,3.2,virtual
        "TEE, BLACK",24.99,40,25,11.5,,,
        SOFA,899,6,3,520,410,,
        """

    static func evaluation() throws -> CatalogEvaluation {
        CatalogEvaluation(try CatalogReader().read(Array(text.utf8), file: "c.csv"))
    }

    @Test func csvHasEveryOutputAndReadsBack() throws {
        let csv = RankRenderer(try Self.evaluation()).csv()
        let records = try Array(CSVReader(bytes: Array(csv.utf8))).map { try $0.get() }
        #expect(records[0].fields == OutputColumnsTests.contract)
        #expect(records.count == 4)
        #expect(records.dropFirst().allSatisfy { $0.fields.count == OutputColumnsTests.contract.count })
        #expect(records.contains { $0.fields[0] == "TEE, BLACK" })
    }

    @Test func csvNumbersHaveFullPrecision() throws {
        let evaluation = try Self.evaluation()
        let csv = RankRenderer(evaluation).csv()
        let records = try Array(CSVReader(bytes: Array(csv.utf8))).map { try $0.get() }
        let column = try #require(records[0].fields.firstIndex(of: "stocked_profit"))
        let charger = try #require(records.first { $0.fields[0] == "CHARGER" })
        let expected = try #require(evaluation.entries.first { $0.evaluation.sku == "CHARGER" }?.evaluation[.stocked])
        #expect(Double(charger.fields[column]) == expected.monthlyProfit)
    }

    @Test func decimalCommaCSV() throws {
        let csv = RankRenderer(try Self.evaluation()).csv(dialect: .european)
        let records = try Array(CSVReader(bytes: Array(csv.utf8), delimiter: UInt8(ascii: ";"))).map { try $0.get() }
        let column = try #require(records[0].fields.firstIndex(of: "stocked_profit"))
        let charger = try #require(records.first { $0.fields[0] == "CHARGER" })
        #expect(charger.fields[column].contains(","))
        #expect(!charger.fields[column].contains("."))
        #expect(Double(charger.fields[column].replacingOccurrences(of: ",", with: ".")) != nil)
    }

    @Test func jsonParsesAndCarriesEveryName() throws {
        let json = RankRenderer(try Self.evaluation()).json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["rows_read"] as? Int == 3)
        let skus = try #require(object["skus"] as? [[String: Any]])
        #expect(skus.count == 3)
        for name in OutputColumnsTests.contract { #expect(skus[0][name] != nil, "missing \(name)") }
        let tee = try #require(skus.first { $0["sku"] as? String == "TEE, BLACK" })
        #expect(tee["stocked_profit"] is NSNull)
        #expect(tee["flags"] is [String])
    }

    @Test func tableShowsBestSavingFirstAndTotals() throws {
        let evaluation = try Self.evaluation()
        let table = RankRenderer(evaluation).table()
        let lines = table.split(separator: "\n").map(String.init)
        let firstRow = try #require(lines.first { $0.hasPrefix("1 ") })
        let best = evaluation.rankedBySaving()[0].evaluation.sku
        #expect(firstRow.contains(best))
        #expect(table.contains("Total (3 SKUs)"))
        #expect(table.contains("Monthly profit: "))
        #expect(table.contains("Recommended: VIRTUAL"))
        #expect(table.contains("—"))
    }

    @Test func topLimitsTheRowsButNotTheTotals() throws {
        let evaluation = try Self.evaluation()
        let renderer = RankRenderer(evaluation, top: 1)
        #expect(renderer.shown.count == 1)
        #expect(renderer.table().contains("Showing the top 1 of 3 SKUs; totals cover all."))
        #expect(renderer.table().contains("Total (3 SKUs)"))
    }
}
