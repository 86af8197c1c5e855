import BreakevenCore
import BreakevenCSV

/// Renders everything about one SKU: per model each cost line per unit, the
/// units, profit, capital and stock quantities, the break-even volumes, the
/// flags, the reasons and every input with its source.
package struct ExplainRenderer: Sendable {
    /// The SKU's evaluation.
    package var evaluation: SKUEvaluation
    /// The line it came from, when known.
    package var line: Int?
    /// The language of the words.
    package var language: Language

    /// A renderer for one SKU.
    package init(_ evaluation: SKUEvaluation, line: Int? = nil, language: Language = .english) {
        self.evaluation = evaluation
        self.line = line
        self.language = language
    }

    // MARK: Text

    /// The explanation for people.
    package func text() -> String {
        let decision = evaluation.decision
        let terms = evaluation.terms
        var out = "SKU \(evaluation.sku)" + (terms.name.map { " — \($0)" } ?? "")
            + (line.map { " (line \($0))" } ?? "") + "\n"
        var headline = "Recommended \(decision.recommended)"
        if let cheapest = decision.cheapest { headline += " · cheapest per unit \(cheapest)" }
        headline += " · today \(decision.baseline)"
        if let saving = decision.saving { headline += " · saving \(NumberFormatting.money(saving)) a month" }
        out += headline + "\n"
        var demand = "Demand \(NumberFormatting.quantity(terms.demand.mean)) units/month, "
            + "sd \(NumberFormatting.quantity(terms.demand.deviation))"
        demand += terms.isPoissonDemand ? " (assumed Poisson)" : ""
        demand += " · \(language.word(decision.stability)) (\(decision.stability)"
        if let cv = terms.demand.coefficientOfVariation { demand += ", cv \(NumberFormatting.grouped(cv))" }
        demand += ")"
        if let pattern = decision.pattern { demand += " · \(pattern)" }
        if let months = terms.historyMonths { demand += " · \(NumberFormatting.compact(months)) months of history" }
        out += demand + "\n"
        out += "Flags: " + (decision.flags.isEmpty ? "none" : decision.flags.map(\.description).joined(separator: ", "))
            + "\n\n"
        out += "Why\n" + ReasonWriter(language).sentences(decision.reasons).map { "  \($0)\n" }.joined() + "\n"
        out += modelTable() + "\n"
        out += stockPolicies() + "\n"
        out += breakEven() + "\n"
        out += inputs()
        return out
    }

    private func modelTable() -> String {
        let models = evaluation.models
        var table = TextTable(
            titles: ["PER UNIT SOLD"] + models.map(\.model.description),
            alignments: [.left] + models.map { _ in .right })
        for line in CostLine.allCases {
            table.rows.append(["  \(line)"] + models.map { NumberFormatting.money($0.costPerUnit[line]) })
        }
        table.rows.append(["landed cost"] + models.map { NumberFormatting.money($0.landedCostPerUnit) })
        table.rows.append(
            ["price kept after returns"]
                + models.map { NumberFormatting.money(evaluation.terms.price * (1 - $0.returnRate)) })
        table.rows.append(
            ["margin per unit"]
                + models.map {
                    NumberFormatting.money(evaluation.terms.price * (1 - $0.returnRate) - $0.landedCostPerUnit)
                })
        table.footer = [
            ["units sold / month"] + models.map { NumberFormatting.quantity($0.unitsSold) },
            ["lost to delivery"] + models.map { NumberFormatting.percent($0.lostToDelivery, decimals: 1) },
            ["delivery days"] + models.map { NumberFormatting.compact($0.deliveryDays) },
            ["monthly profit"] + models.map { NumberFormatting.money($0.monthlyProfit) },
            ["working capital"] + models.map { NumberFormatting.money($0.workingCapital) },
        ]
        return table.rendered()
    }

    private func stockPolicies() -> String {
        var lines: [String] = ["Stock policy"]
        for result in evaluation.models {
            switch result.replenishment {
            case .none: continue
            case .continuousReview(let p):
                if p.orderQuantity == 0 {
                    lines.append("  \(result.model): no stock held (no demand left to serve)")
                    continue
                }
                lines.append(
                    "  \(result.model): order \(NumberFormatting.quantity(p.orderQuantity)) units, "
                        + "safety stock \(NumberFormatting.quantity(p.safetyStock)), "
                        + "reorder at \(NumberFormatting.quantity(p.reorderPoint)), "
                        + "fill rate \(NumberFormatting.percent(p.fillRate, decimals: 1)), "
                        + "lead time \(NumberFormatting.quantity(p.leadTimeMonths * daysPerMonth)) days, "
                        + "holding \(NumberFormatting.money(p.holdingCostPerUnitYear)) per unit-year")
            case .baseStock(let p):
                var text = "  \(result.model): review every \(NumberFormatting.quantity(p.reviewDays)) days, "
                if p.baseStock == 0 {
                    text += "no base stock pays: everything ships virtually"
                } else {
                    text += "base stock \(NumberFormatting.quantity(p.baseStock)), "
                        + "\(NumberFormatting.stockShare(p.stockShare)) of units from stock"
                }
                if let fractile = p.criticalFractile {
                    text += ", critical fractile \(NumberFormatting.grouped(fractile, decimals: 3))"
                }
                lines.append(text)
            }
        }
        if lines.count == 1 { lines.append("  no model holds stock") }
        return lines.joined(separator: "\n") + "\n"
    }

    private func breakEven() -> String {
        let volumes = [FulfilmentModel.stocked, .marketplace, .hybrid].compactMap { model in
            evaluation.breakEven[model].map { "\(model) \(RankTable.volume($0, language))" }
        }
        guard !volumes.isEmpty else {
            return "Break-even volume vs VIRTUAL: not available (VIRTUAL or the others not evaluated)\n"
        }
        return "Break-even volume vs VIRTUAL, units/month (today "
            + "\(NumberFormatting.quantity(evaluation.terms.demand.mean))): "
            + volumes.joined(separator: " · ") + "\n"
    }

    private func inputs() -> String {
        var table = TextTable(titles: ["INPUT", "VALUE", "SOURCE"], alignments: [.left, .right, .left])
        for entry in evaluation.terms.trace.entries.sorted(by: { $0.name < $1.name }) {
            table.rows.append(["\(entry.name.name)", NumberFormatting.readable(entry.value), entry.source.description])
        }
        return table.rendered()
    }

    // MARK: JSON

    /// The explanation as one JSON object: every output of MODEL.md §7, then
    /// each model in detail, then the inputs with their sources.
    package func json() -> String {
        var members: [(String, JSONValue)] = []
        if let line { members.append(("line", .int(line))) }
        if let name = evaluation.terms.name { members.append(("name", .string(name))) }
        members += OutputColumns.all(language).map { ($0.name, $0.value(evaluation).json) }
        members.append(("models", .object(evaluation.models.map { ($0.model.rawValue, Self.json($0)) })))
        members.append(
            ("inputs",
             .array(evaluation.terms.trace.entries.sorted(by: { $0.name < $1.name }).map { entry in
                .object([("name", .string(entry.name.name)), ("value", .number(entry.value)),
                         ("source", .string(entry.source.description))])
             })))
        return JSONValue.object(members).rendered() + "\n"
    }

    static func json(_ result: ModelEvaluation) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("cost_per_unit", .object(CostLine.allCases.map { ($0.rawValue, .number(result.costPerUnit[$0])) })),
            ("landed_cost", .number(result.landedCostPerUnit)),
            ("units_sold", .number(result.unitsSold)),
            ("profit", .number(result.monthlyProfit)),
            ("capital", .number(result.workingCapital)),
            ("delivery_days", .number(result.deliveryDays)),
            ("lost_to_delivery", .number(result.lostToDelivery)),
            ("return_rate", .number(result.returnRate)),
        ]
        switch result.replenishment {
        case .none: break
        case .continuousReview(let p):
            members += [
                ("order_quantity", .number(p.orderQuantity)), ("safety_stock", .number(p.safetyStock)),
                ("reorder_point", .number(p.reorderPoint)), ("fill_rate", .number(p.fillRate)),
                ("lead_time_days", .number(p.leadTimeMonths * daysPerMonth)),
                ("holding_cost_per_unit_year", .number(p.holdingCostPerUnitYear)),
                ("average_stock", .number(p.averageStock)),
            ]
        case .baseStock(let p):
            members += [
                ("review_days", .number(p.reviewDays)), ("base_stock", .number(p.baseStock)),
                ("stock_share", .number(p.stockShare)), ("average_stock", .number(p.averageStock)),
                ("critical_fractile", p.criticalFractile.map(JSONValue.number) ?? .null),
            ]
        }
        return .object(members)
    }
}
