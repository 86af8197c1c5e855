import TestSupport
import Testing

@testable import BreakevenCore
@testable import BreakevenCSV

@Suite("Header matching")
struct ColumnAliasesTests {
    @Test(
        arguments: [
            ("Monthly Demand", CatalogColumn.input(.monthlyDemand)), ("monthly-demand", .input(.monthlyDemand)),
            ("MONTHLY_DEMAND", .input(.monthlyDemand)), ("Weight (kg)", .input(.weightKg)),
            ("Price (€)", .input(.price)), ("Return rate %", .input(.returnRate)), ("SKU code", .input(.sku)),
            ("Unit price", .input(.price)), ("Description", .productName), ("FBA fee", .input(.marketplaceFulfillmentFee)),
            ("marketplace_fulfilment_fee", .input(.marketplaceFulfillmentFee)), ("  sku  ", .input(.sku)),
        ])
    func matches(_ title: String, _ expected: CatalogColumn) {
        #expect(CatalogColumn(header: title) == expected)
    }

    @Test func unknownColumnsGetOneWarningWithSuggestions() throws {
        let header = try CatalogHeader(
            titles: ["sku", "price", "montly_demand", "monthly_demand", "colour"], file: "c.csv", line: 1)
        let warning = try #require(header.unknownColumnsWarning(file: "c.csv", line: 1))
        #expect(warning.description
            == "c.csv:1: warning: ignoring unknown columns 'montly_demand' (did you mean 'monthly_demand'?), 'colour'")
    }

    @Test func anAliasAndItsNameTogetherAreARepeatedColumn() {
        #expect(throws: CatalogError.self) {
            try CatalogHeader(titles: ["sku", "price", "unit price", "monthly_demand"], file: "c.csv", line: 1)
        }
    }
}
