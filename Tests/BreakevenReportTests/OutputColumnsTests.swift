import TestSupport
import Testing

@testable import BreakevenCore
@testable import BreakevenCSV
@testable import BreakevenReport
import SyntheticCatalogs

@Suite("Output names (MODEL.md §7)")
struct OutputColumnsTests {
    /// MODEL.md §7, typed out from the document.
    static let contract = [
        "sku", "recommended", "cheapest", "stability", "demand_pattern", "cv", "monthly_demand",
        "virtual_profit", "virtual_landed_cost", "virtual_capital", "virtual_units_sold",
        "stocked_profit", "stocked_landed_cost", "stocked_capital", "stocked_units_sold",
        "marketplace_profit", "marketplace_landed_cost", "marketplace_capital", "marketplace_units_sold",
        "hybrid_profit", "hybrid_landed_cost", "hybrid_capital", "hybrid_units_sold",
        "stocked_order_quantity", "stocked_safety_stock", "stocked_reorder_point", "stocked_fill_rate",
        "marketplace_order_quantity", "marketplace_safety_stock", "marketplace_reorder_point",
        "marketplace_fill_rate", "hybrid_review_days", "hybrid_base_stock", "hybrid_stock_share",
        "stocked_breakeven_volume", "marketplace_breakeven_volume", "hybrid_breakeven_volume",
        "saving", "flags", "defaulted", "reasons",
    ]

    @Test func namesAreTheContract() {
        #expect(OutputColumns.names == Self.contract)
    }

    @Test func modelsNotEvaluatedAreMissing() throws {
        let evaluation = try evaluate([.price: 10, .monthlyDemand: 5, .virtualUnitCost: 4])
        let values = Dictionary(uniqueKeysWithValues: OutputColumns.all().map { ($0.name, $0.value(evaluation)) })
        #expect(values["stocked_profit"] == .missing)
        #expect(values["stocked_breakeven_volume"] == .missing)
        #expect(values["virtual_capital"] == .number(0))
        #expect(values["recommended"] == .text("VIRTUAL"))
    }
}
