import TestSupport
import Foundation
import Testing

@testable import BreakevenCore
@testable import BreakevenCSV
@testable import BreakevenReport

@Suite("Rank output in every format")
struct RankStreamTests {
    static let text = """
        sku,price,monthly_demand,demand_sd,virtual_unit_cost,stocked_unit_cost,marketplace_fulfillment_fee,current_model
        CHARGER,19.99,900,120,6.2,3.1,3.2,virtual
        "TEE, BLACK",24.99,40,25,11.5,,,
        SOFA,899,6,3,520,410,,
        """

    static func evaluation() throws -> CatalogEvaluation {
        CatalogEvaluation(reference: try CatalogReader().read(Array(text.utf8), file: "c.csv"))
    }

    /// The evaluation written as `rank` writes it: best saving first (or in
    /// file order), the first `top` rows, the totals over all.
    static func render(
        _ evaluation: CatalogEvaluation, _ format: RankStream.Format, sorted: Bool = true, top: Int? = nil
    ) -> String {
        let entries = sorted ? evaluation.rankedBySaving() : evaluation.entries
        let stream = RankStream(format: format, sorted: sorted, file: evaluation.file)
        return String(
            decoding: stream.render(Array(entries.prefix(top ?? entries.count)), outcome: RankPipeline.Outcome(evaluation)),
            as: UTF8.self)
    }

    @Test func csvHasEveryOutputAndReadsBack() throws {
        let csv = Self.render(try Self.evaluation(), .csv(.plain))
        let records = try Array(CSVReader(bytes: Array(csv.utf8))).map { try $0.get() }
        #expect(records[0].fields == OutputColumnsTests.contract)
        #expect(records.count == 4)
        #expect(records.dropFirst().allSatisfy { $0.fields.count == OutputColumnsTests.contract.count })
        #expect(records.contains { $0.fields[0] == "TEE, BLACK" })
    }

    @Test func csvNumbersHaveFullPrecision() throws {
        let evaluation = try Self.evaluation()
        let csv = Self.render(evaluation, .csv(.plain))
        let records = try Array(CSVReader(bytes: Array(csv.utf8))).map { try $0.get() }
        let column = try #require(records[0].fields.firstIndex(of: "stocked_profit"))
        let charger = try #require(records.first { $0.fields[0] == "CHARGER" })
        let expected = try #require(evaluation.entries.first { $0.evaluation.sku == "CHARGER" }?.evaluation[.stocked])
        #expect(Double(charger.fields[column]) == expected.monthlyProfit)
    }

    @Test func decimalCommaCSV() throws {
        let csv = Self.render(try Self.evaluation(), .csv(.european))
        let records = try Array(CSVReader(bytes: Array(csv.utf8), delimiter: UInt8(ascii: ";"))).map { try $0.get() }
        let column = try #require(records[0].fields.firstIndex(of: "stocked_profit"))
        let charger = try #require(records.first { $0.fields[0] == "CHARGER" })
        #expect(charger.fields[column].contains(","))
        #expect(!charger.fields[column].contains("."))
        #expect(Double(charger.fields[column].replacingOccurrences(of: ",", with: ".")) != nil)
    }

    @Test func jsonParsesAndCarriesEveryName() throws {
        for sorted in [true, false] {
            let json = Self.render(try Self.evaluation(), .json, sorted: sorted)
            try jsonCarriesEveryName(json)
            // Counts once: before the rows when sorted, after them in input order.
            #expect(json.components(separatedBy: "\"rows_read\"").count == 2, "sorted: \(sorted)")
            let counts = try #require(json.range(of: "\"rows_read\"")).lowerBound
            let rows = try #require(json.range(of: "\"skus\"")).lowerBound
            #expect(sorted ? counts < rows : counts > rows)
        }
    }

    func jsonCarriesEveryName(_ json: String) throws {
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
        let table = Self.render(evaluation, .table)
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
        let table = Self.render(evaluation, .table, top: 1)
        #expect(table.split(separator: "\n").filter { $0.hasPrefix("1 ") || $0.hasPrefix("2 ") }.count == 1)
        #expect(table.contains("Showing the top 1 of 3 SKUs; totals cover all."))
        #expect(table.contains("Total (3 SKUs)"))
    }

    /// Streamed in file order, the table keeps fixed widths: every row and
    /// the titles line up whatever comes later.
    @Test func streamedTableHasFixedWidths() throws {
        let table = Self.render(try Self.evaluation(), .table, sorted: false)
        let lines = table.split(separator: "\n").map(String.init)
        let titles = try #require(lines.first { $0.hasPrefix("      #  SKU") })
        let rows = lines.filter { $0.hasPrefix("      1") || $0.hasPrefix("      2") || $0.hasPrefix("      3") }
        #expect(rows.count == 3)
        #expect(rows[0].contains("CHARGER") && rows[1].contains("TEE, BLACK") && rows[2].contains("SOFA"))
        // The RECOMMENDED column starts at the same place in every line.
        let start = try #require(titles.range(of: "RECOMMENDED")).lowerBound.utf16Offset(in: titles)
        for row in rows { #expect(Array(row)[start - 2...start - 1] == [" ", " "], "\(row)") }
        #expect(table.contains("Total (3 SKUs)"))
    }
}
