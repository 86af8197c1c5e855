import TestSupport
import Foundation
import Testing

@testable import BreakevenCore
@testable import BreakevenCSV
@testable import BreakevenReport

@Suite("Explain output")
struct ExplainRendererTests {
    static func evaluation() throws -> SKUEvaluation {
        try evaluate([
            .price: 40, .monthlyDemand: 30, .demandSD: 25, .virtualUnitCost: 14, .virtualDeliveryDays: 5,
            .stockedUnitCost: 10, .volumeL: 3, .marketplaceFulfillmentFee: 4,
        ])
    }

    @Test func textHasEverySection() throws {
        let text = ExplainRenderer(try Self.evaluation(), line: 7).text()
        for piece in [
            "SKU TEST (line 7)", "Why", "PER UNIT SOLD", "landed cost", "units sold / month",
            "monthly profit", "working capital", "Stock policy", "STOCKED: order", "MARKETPLACE: order",
            "HYBRID: review every", "Break-even volume vs VIRTUAL", "INPUT", "price",
        ] {
            #expect(text.contains(piece), "missing \(piece)")
        }
        for line in CostLine.allCases { #expect(text.contains("  \(line)")) }
    }

    @Test func jsonParsesWithModelsAndInputs() throws {
        let json = ExplainRenderer(try Self.evaluation()).json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let models = try #require(object["models"] as? [String: [String: Any]])
        #expect(Set(models.keys) == ["virtual", "stocked", "marketplace", "hybrid"])
        #expect(models["stocked"]?["order_quantity"] is Double)
        #expect(models["hybrid"]?["base_stock"] is Double)
        let costs = try #require(models["virtual"]?["cost_per_unit"] as? [String: Double])
        #expect(Set(costs.keys) == Set(CostLine.allCases.map(\.rawValue)))
        let inputs = try #require(object["inputs"] as? [[String: Any]])
        #expect(inputs.contains { $0["name"] as? String == "price" && $0["source"] as? String == "row" })
    }
}
