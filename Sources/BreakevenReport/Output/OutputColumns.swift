import BreakevenCore
import BreakevenCSV

/// The output names of MODEL.md §7, in order, each with how to read it off an
/// evaluation. CSV columns and JSON keys both come from this one list.
package enum OutputColumns {
    /// One named output.
    package struct Column: Sendable {
        /// The snake_case name.
        package var name: String
        /// Its value for one SKU.
        package var value: @Sendable (SKUEvaluation) -> OutputValue
    }

    /// Every output, in order, the reasons written in `language`.
    package static func all(_ language: Language = .english) -> [Column] {
        let writer = ReasonWriter(language)
        return numbers + [Column(name: "reasons") { .list(writer.sentences($0.decision.reasons), separator: " ") }]
    }

    /// Every output but the reasons, in order.
    private static let numbers: [Column] = identity + perModel + stockQuantities + hybridQuantities
        + breakEvenVolumes + decision

    /// The names of ``all(_:)``.
    package static var names: [String] { all().map(\.name) }

    private static let identity: [Column] = [
        Column(name: "sku") { .text($0.sku) },
        Column(name: "recommended") { .text($0.decision.recommended.description) },
        Column(name: "cheapest") { e in e.decision.cheapest.map { .text($0.description) } ?? .missing },
        Column(name: "stability") { .text($0.decision.stability.description) },
        Column(name: "demand_pattern") { e in e.decision.pattern.map { .text($0.description) } ?? .missing },
        Column(name: "cv") { .optional($0.terms.demand.coefficientOfVariation) },
        Column(name: "monthly_demand") { .number($0.terms.demand.mean) },
    ]

    private static let perModel: [Column] = FulfilmentModel.allCases.flatMap { model in
        [
            Column(name: "\(model.rawValue)_profit") { .optional($0[model]?.monthlyProfit) },
            Column(name: "\(model.rawValue)_landed_cost") { .optional($0[model]?.landedCostPerUnit) },
            Column(name: "\(model.rawValue)_capital") { .optional($0[model]?.workingCapital) },
            Column(name: "\(model.rawValue)_units_sold") { .optional($0[model]?.unitsSold) },
        ]
    }

    private static let stockQuantities: [Column] = [FulfilmentModel.stocked, .marketplace].flatMap { model in
        [
            Column(name: "\(model.rawValue)_order_quantity") {
                .optional($0[model]?.continuousReview?.orderQuantity)
            },
            Column(name: "\(model.rawValue)_safety_stock") { .optional($0[model]?.continuousReview?.safetyStock) },
            Column(name: "\(model.rawValue)_reorder_point") {
                .optional($0[model]?.continuousReview?.reorderPoint)
            },
            Column(name: "\(model.rawValue)_fill_rate") { .optional($0[model]?.continuousReview?.fillRate) },
        ]
    }

    private static let hybridQuantities: [Column] = [
        Column(name: "hybrid_review_days") { .optional($0[.hybrid]?.baseStock?.reviewDays) },
        Column(name: "hybrid_base_stock") { .optional($0[.hybrid]?.baseStock?.baseStock) },
        Column(name: "hybrid_stock_share") { .optional($0[.hybrid]?.baseStock?.stockShare) },
    ]

    private static let breakEvenVolumes: [Column] = [FulfilmentModel.stocked, .marketplace, .hybrid].map {
        model in
        Column(name: "\(model.rawValue)_breakeven_volume") { evaluation in
            switch evaluation.breakEven[model] {
            case .units(let units)?: return .number(units)
            case .never?: return .text("never")
            case .always?: return .text("always")
            case nil: return .missing
            }
        }
    }

    private static let decision: [Column] = [
        Column(name: "saving") { .optional($0.decision.saving) },
        Column(name: "flags") { .list($0.decision.flags.map(\.description), separator: "|") },
        Column(name: "defaulted") { .list($0.terms.trace.defaulted().map(\.name), separator: "|") },
    ]
}
