import BreakevenCore
import BreakevenCSV

/// One SKU in the report's detail section: the headline, the profit chart
/// and the cost bars, and beside them the reasons in words, the break-even
/// volumes and the key figures per model. With `--simulate`, the chart's
/// P10–P90 bands at today's demand and what the simulation found, in words.
struct SKUDetail {
    /// The SKU.
    var evaluation: SKUEvaluation
    /// Its place in the ranking by saving, from 1.
    var rank: Int
    /// The element id, for links from the table.
    var anchor: String
    /// The language of its words.
    var language: Language = .english
    /// What the simulation found (`report --simulate`); `nil` without it.
    var simulation: SimulationDetail? = nil

    /// The `<article>` element.
    func html() -> String {
        let decision = evaluation.decision
        let terms = evaluation.terms
        var out = Markup.tag("article", [("class", "sku"), ("id", anchor)]) + "\n"
        out += "<h3><span class=\"rank\">\(rank).</span>\(Markup.escaped(evaluation.sku))"
        if let name = terms.name { out += "<span class=\"name\">\(Markup.escaped(name))</span>" }
        out += "</h3>\n"

        var headline =
            language.pick("Recommended", "Consigliato")
            + " <strong class=\"m-\(decision.recommended.rawValue)\">\(decision.recommended)</strong>"
        headline += language.pick(" · today ", " · oggi ") + "\(decision.baseline)"
        if let saving = decision.saving {
            headline +=
                language.pick(" · saving ", " · risparmio ")
                + "<strong>\(Markup.escaped(NumberFormatting.money(saving)))</strong>"
                + language.pick(" a month", " al mese")
        }
        var demand =
            language.pick("demand ", "domanda ") + NumberFormatting.quantity(terms.demand.mean)
            + language.pick(" units/month, ", " unità/mese, ")
            + "\(language.word(decision.stability)) (\(decision.stability)"
        if let cv = terms.demand.coefficientOfVariation {
            demand += ", cv \(NumberFormatting.grouped(cv))"
        }
        demand += ")"
        if let pattern = decision.pattern { demand += ", \(language.word(pattern))" }
        out += "<p class=\"headline\">\(headline) · \(Markup.escaped(demand))</p>\n"
        if !decision.flags.isEmpty {
            out +=
                "<p class=\"flags\">\(language.pick("Flags", "Avvisi")): "
                + Markup.escaped(language.words(decision.flags, separator: ", "))
                + "</p>\n"
        }

        out += "<div class=\"panels\">\n<div class=\"charts\">\n<figure>\n"
        let chart = ProfitChart(
            evaluation, language: language, simulated: simulation?.verdict.analytic.checks.map(\.simulated) ?? [])
        out += chart.svg().rendered(
            title: "\(evaluation.sku): "
                + language.pick(
                    "monthly profit of each model against monthly demand",
                    "profitto mensile di ogni modello in funzione della domanda mensile"))
        out += language.pick(
            "<figcaption>Monthly profit of each model as monthly demand varies, every other input held. "
                + "Circles: break-even volumes against VIRTUAL; dotted line: today's demand.",
            "<figcaption>Profitto mensile di ogni modello al variare della domanda mensile, a parità di tutti "
                + "gli altri dati. Cerchi: punti di pareggio rispetto a VIRTUAL; linea tratteggiata: la domanda di oggi.")
        if ProfitChart.demandScale(for: evaluation).kind == .logarithmic {
            out += language.pick(
                " Both axes are logarithmic; profits between the two ticks nearest 0 are drawn linearly.",
                " Entrambi gli assi sono logaritmici; i profitti tra le due tacche più vicine allo 0 sono "
                    + "tracciati in scala lineare.")
        }
        if chart.showsBands {
            out += language.pick(
                " Bars right of today's demand: each model's simulated monthly profit over one run's months, "
                    + "from P10 to P90 of the runs (the spread from one year to another, not the uncertainty of "
                    + "the mean), the tick at the simulated mean.",
                " Barre a destra della domanda di oggi: il profitto mensile simulato di ogni modello sui mesi di "
                    + "una replica, dal P10 al P90 delle repliche (quanto varia da un anno all'altro, non "
                    + "l'incertezza della media), il segno alla media simulata.")
        }
        out += "</figcaption>\n</figure>\n"
        out += "<figure>\n"
        out += CostBarsChart(evaluation, language: language).svg().rendered(
            title: "\(evaluation.sku): "
                + language.pick(
                    "landed cost per unit sold by model", "costo complessivo per unità venduta, per modello"))
        out += language.pick(
            "<figcaption>Landed cost per unit sold, line by line; the dark tick is the price kept after "
                + "returns, so the gap to the end of the bar is the margin per unit.</figcaption>\n",
            "<figcaption>Costo complessivo per unità venduta, voce per voce; il segno scuro è il prezzo al netto "
                + "dei resi, quindi la distanza dalla fine della barra è il margine per unità.</figcaption>\n")
        out += "</figure>\n</div>\n"

        out += "<div class=\"why\">\n<h4>\(language.pick("Why", "Perché"))</h4>\n<ul class=\"reasons\">\n"
        for reason in ReasonWriter(language).sentences(decision.reasons) { out += "<li>\(Markup.escaped(reason))</li>\n" }
        out += "</ul>\n"
        if let simulation { out += simulation.html() }
        let volumes = FulfilmentModel.allCases.compactMap { model in
            evaluation.breakEven[model].map { (model, $0) }
        }
        if !volumes.isEmpty {
            out +=
                "<h4>\(language.pick("Break-even against VIRTUAL", "Pareggio rispetto a VIRTUAL"))</h4>\n"
                + "<ul class=\"breakeven\">\n"
            for (model, volume) in volumes {
                out +=
                    "<li><span class=\"m-\(model.rawValue)\">\(model)</span>: \(Markup.escaped(Self.describe(volume, language)))</li>\n"
            }
            out += "</ul>\n"
        }
        out += modelTable()
        return out + "</div>\n</div>\n</article>\n"
    }

    /// A break-even volume in words.
    static func describe(_ volume: BreakEvenVolume, _ language: Language = .english) -> String {
        switch volume {
        case .units(let units):
            let quantity = NumberFormatting.quantity(units)
            return language.pick(
                "earns more above \(quantity) units/month", "guadagna di più sopra \(quantity) unità/mese")
        case .never:
            return language.pick(
                "never earns more (searched 0.001 to 10,000,000 units/month)",
                "non guadagna mai di più (cercato da 0.001 a 10,000,000 unità/mese)")
        case .always: return language.pick("earns more at any demand", "guadagna di più a qualsiasi domanda")
        }
    }

    private func modelTable() -> String {
        let models = evaluation.models
        let price = evaluation.terms.price
        var out = "<table class=\"models\">\n<thead><tr><th></th>"
        for result in models {
            out += "<th scope=\"col\" class=\"m-\(result.model.rawValue)\">\(result.model)</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        var rows: [(String, (ModelEvaluation) -> String)] = [
            (language.pick("monthly profit", "profitto mensile"), { NumberFormatting.money($0.monthlyProfit) }),
            (language.pick("units sold / month", "unità vendute / mese"), { NumberFormatting.quantity($0.unitsSold) }),
            (
                language.pick("landed cost / unit", "costo complessivo / unità"),
                { NumberFormatting.money($0.landedCostPerUnit) }
            ),
            (
                language.pick("margin / unit", "margine / unità"),
                { NumberFormatting.money(price * (1 - $0.returnRate) - $0.landedCostPerUnit) }
            ),
            (language.pick("delivery days", "giorni di consegna"), { NumberFormatting.compact($0.deliveryDays) }),
            (language.pick("working capital", "capitale circolante"), { NumberFormatting.money($0.workingCapital) }),
        ]
        if let simulation { rows += simulation.modelRows().map { ($0.title, $0.value) } }
        for (title, value) in rows {
            out +=
                "<tr><td>\(title)</td>"
                + models.map { "<td>\(Markup.escaped(value($0)))</td>" }.joined() + "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }
}
