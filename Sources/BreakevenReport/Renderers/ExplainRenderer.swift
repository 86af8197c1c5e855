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

    /// The explanation for people, in ``language``.
    package func text() -> String {
        let decision = evaluation.decision
        let terms = evaluation.terms
        let it = language == .italian
        var out = "SKU \(evaluation.sku)" + (terms.name.map { " — \($0)" } ?? "")
            + (line.map { it ? " (riga \($0))" : " (line \($0))" } ?? "") + "\n"
        var headline = language.pick("Recommended ", "Consigliato ") + "\(decision.recommended)"
        if let cheapest = decision.cheapest {
            headline += language.pick(" · cheapest per unit ", " · più economico per unità ") + "\(cheapest)"
        }
        headline += language.pick(" · today ", " · oggi ") + "\(decision.baseline)"
        if let saving = decision.saving {
            let money = NumberFormatting.money(saving)
            headline += it ? " · risparmio \(money) al mese" : " · saving \(money) a month"
        }
        out += headline + "\n"
        var demand = language.pick("Demand ", "Domanda ") + NumberFormatting.quantity(terms.demand.mean)
            + language.pick(" units/month, sd ", " unità/mese, dev. std. ")
            + NumberFormatting.quantity(terms.demand.deviation)
        demand += terms.isPoissonDemand ? language.pick(" (assumed Poisson)", " (ipotizzata di Poisson)") : ""
        demand += " · \(language.word(decision.stability)) (\(decision.stability)"
        if let cv = terms.demand.coefficientOfVariation { demand += ", cv \(NumberFormatting.grouped(cv))" }
        demand += ")"
        if let pattern = decision.pattern { demand += " · \(language.word(pattern))" }
        if let months = terms.historyMonths {
            demand += " · \(NumberFormatting.compact(months))" + language.pick(" months of history", " mesi di storico")
        }
        out += demand + "\n"
        out += language.pick("Flags: ", "Avvisi: ")
            + (decision.flags.isEmpty ? language.pick("none", "nessuno") : language.words(decision.flags, separator: ", "))
            + "\n\n"
        out += language.pick("Why", "Perché") + "\n"
            + ReasonWriter(language).sentences(decision.reasons).map { "  \($0)\n" }.joined() + "\n"
        out += modelTable() + "\n"
        out += stockPolicies() + "\n"
        out += breakEven() + "\n"
        out += inputs()
        return out
    }

    private func modelTable() -> String {
        let models = evaluation.models
        var table = TextTable(
            titles: [language.pick("PER UNIT SOLD", "PER UNITÀ VENDUTA")] + models.map(\.model.description),
            alignments: [.left] + models.map { _ in .right })
        for line in CostLine.allCases {
            table.rows.append(["  \(language.word(line))"] + models.map { NumberFormatting.money($0.costPerUnit[line]) })
        }
        table.rows.append(
            [language.pick("landed cost", "costo complessivo")] + models.map { NumberFormatting.money($0.landedCostPerUnit) })
        table.rows.append(
            [language.pick("price kept after returns", "prezzo al netto dei resi")]
                + models.map { NumberFormatting.money(evaluation.terms.price * (1 - $0.returnRate)) })
        table.rows.append(
            [language.pick("margin per unit", "margine per unità")]
                + models.map {
                    NumberFormatting.money(evaluation.terms.price * (1 - $0.returnRate) - $0.landedCostPerUnit)
                })
        table.footer = [
            [language.pick("units sold / month", "unità vendute / mese")]
                + models.map { NumberFormatting.quantity($0.unitsSold) },
            [language.pick("lost to delivery", "domanda persa per la consegna")]
                + models.map { NumberFormatting.percent($0.lostToDelivery, decimals: 1) },
            [language.pick("delivery days", "giorni di consegna")] + models.map { NumberFormatting.compact($0.deliveryDays) },
            [language.pick("monthly profit", "profitto mensile")] + models.map { NumberFormatting.money($0.monthlyProfit) },
            [language.pick("working capital", "capitale circolante")]
                + models.map { NumberFormatting.money($0.workingCapital) },
        ]
        return table.rendered()
    }

    private func stockPolicies() -> String {
        var lines: [String] = [language.pick("Stock policy", "Politica delle scorte")]
        for result in evaluation.models {
            switch result.replenishment {
            case .none: continue
            case .continuousReview(let p):
                if p.orderQuantity == 0 {
                    lines.append(
                        "  \(result.model): "
                            + language.pick(
                                "no stock held (no demand left to serve)",
                                "nessuna scorta (non resta domanda da servire)"))
                    continue
                }
                lines.append("  \(result.model): " + continuousReview(p))
            case .baseStock(let p):
                lines.append("  \(result.model): " + baseStock(p))
            }
        }
        if lines.count == 1 { lines.append(language.pick("  no model holds stock", "  nessun modello tiene scorte")) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// "order 4.75 units, safety stock 9.24, reorder at 21.1, fill rate 97.5%, …".
    private func continuousReview(_ p: ContinuousReviewPolicy) -> String {
        let quantity = NumberFormatting.quantity(p.orderQuantity)
        let safety = NumberFormatting.quantity(p.safetyStock)
        let reorder = NumberFormatting.quantity(p.reorderPoint)
        let fill = NumberFormatting.percent(p.fillRate, decimals: 1)
        let lead = NumberFormatting.quantity(p.leadTimeMonths * daysPerMonth)
        let holding = NumberFormatting.money(p.holdingCostPerUnitYear)
        return language == .italian
            ? "quantità d'ordine \(quantity) unità, scorta di sicurezza \(safety), punto di riordino \(reorder), "
                + "tasso di evasione \(fill), tempo di approvvigionamento \(lead) giorni, "
                + "costo di mantenimento \(holding) per unità all'anno"
            : "order \(quantity) units, safety stock \(safety), reorder at \(reorder), fill rate \(fill), "
                + "lead time \(lead) days, holding \(holding) per unit-year"
    }

    /// "review every 20.3 days, base stock 7.06, 94.5% of units from stock, critical fractile 0.825".
    private func baseStock(_ p: BaseStockPolicy) -> String {
        let it = language == .italian
        let review = NumberFormatting.quantity(p.reviewDays)
        var text = it ? "revisione ogni \(review) giorni, " : "review every \(review) days, "
        if p.baseStock == 0 {
            text += language.pick(
                "no base stock pays: everything ships virtually",
                "nessuna scorta di base conviene: tutto è spedito dal fornitore")
        } else {
            let base = NumberFormatting.quantity(p.baseStock)
            let share = NumberFormatting.stockShare(p.stockShare)
            text += it
                ? "scorta di base \(base), il \(share) delle unità dal magazzino"
                : "base stock \(base), \(share) of units from stock"
        }
        if let fractile = p.criticalFractile {
            text += language.pick(", critical fractile ", ", frattile critico ")
                + NumberFormatting.grouped(fractile, decimals: 3)
        }
        return text
    }

    private func breakEven() -> String {
        let volumes = [FulfilmentModel.stocked, .marketplace, .hybrid].compactMap { model in
            evaluation.breakEven[model].map { "\(model) \(RankTable.volume($0, language))" }
        }
        guard !volumes.isEmpty else {
            return language.pick(
                "Break-even volume vs VIRTUAL: not available (VIRTUAL or the others not evaluated)\n",
                "Punto di pareggio rispetto a VIRTUAL: non disponibile (VIRTUAL o gli altri modelli non valutati)\n")
        }
        return language.pick("Break-even volume vs VIRTUAL, units/month (today ", "Punto di pareggio rispetto a VIRTUAL, unità/mese (oggi ")
            + "\(NumberFormatting.quantity(evaluation.terms.demand.mean))): "
            + volumes.joined(separator: " · ") + "\n"
    }

    /// Every input with its value and source; the names are the catalog's
    /// column names, the same in every language.
    private func inputs() -> String {
        var table = TextTable(
            titles: [language.pick("INPUT", "DATO"), language.pick("VALUE", "VALORE"), language.pick("SOURCE", "FONTE")],
            alignments: [.left, .right, .left])
        for entry in evaluation.terms.trace.entries.sorted(by: { $0.name < $1.name }) {
            table.rows.append(["\(entry.name.name)", NumberFormatting.readable(entry.value), language.word(entry.source)])
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
