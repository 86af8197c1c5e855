import BreakevenCore
import BreakevenCSV

/// One SKU in the report's detail section: the headline, the profit chart
/// and the cost bars, and beside them the reasons in words, the break-even
/// volumes and the key figures per model.
struct SKUDetail {
    /// The SKU.
    var evaluation: SKUEvaluation
    /// Its place in the ranking by saving, from 1.
    var rank: Int
    /// The element id, for links from the table.
    var anchor: String
    /// The language of its words.
    var language: Language = .english

    /// The `<article>` element.
    func html() -> String {
        let decision = evaluation.decision
        let terms = evaluation.terms
        var out = Markup.tag("article", [("class", "sku"), ("id", anchor)]) + "\n"
        out += "<h3><span class=\"rank\">\(rank).</span>\(Markup.escaped(evaluation.sku))"
        if let name = terms.name { out += "<span class=\"name\">\(Markup.escaped(name))</span>" }
        out += "</h3>\n"

        var headline =
            "Recommended <strong class=\"m-\(decision.recommended.rawValue)\">\(decision.recommended)</strong>"
        headline += " · today \(decision.baseline)"
        if let saving = decision.saving {
            headline +=
                " · saving <strong>\(Markup.escaped(NumberFormatting.money(saving)))</strong> a month"
        }
        var demand =
            "demand \(NumberFormatting.quantity(terms.demand.mean)) units/month, \(language.word(decision.stability)) "
            + "(\(decision.stability)"
        if let cv = terms.demand.coefficientOfVariation {
            demand += ", cv \(NumberFormatting.grouped(cv))"
        }
        demand += ")"
        if let pattern = decision.pattern { demand += ", \(pattern)" }
        out += "<p class=\"headline\">\(headline) · \(Markup.escaped(demand))</p>\n"
        if !decision.flags.isEmpty {
            out +=
                "<p class=\"flags\">Flags: "
                + Markup.escaped(decision.flags.map(\.description).joined(separator: ", "))
                + "</p>\n"
        }

        out += "<div class=\"panels\">\n<div class=\"charts\">\n<figure>\n"
        out += ProfitChart(evaluation).svg().rendered(
            title: "\(evaluation.sku): monthly profit of each model against monthly demand")
        out +=
            "<figcaption>Monthly profit of each model as monthly demand varies, every other input held. "
            + "Circles: break-even volumes against VIRTUAL; dotted line: today's demand."
        if ProfitChart.demandScale(for: evaluation).kind == .logarithmic {
            out +=
                " Both axes are logarithmic; profits between the two ticks nearest 0 are drawn linearly."
        }
        out += "</figcaption>\n</figure>\n"
        out += "<figure>\n"
        out += CostBarsChart(evaluation).svg().rendered(
            title: "\(evaluation.sku): landed cost per unit sold by model")
        out +=
            "<figcaption>Landed cost per unit sold, line by line; the dark tick is the price kept after "
            + "returns, so the gap to the end of the bar is the margin per unit.</figcaption>\n</figure>\n</div>\n"

        out += "<div class=\"why\">\n<h4>Why</h4>\n<ul class=\"reasons\">\n"
        for reason in ReasonWriter(language).sentences(decision.reasons) { out += "<li>\(Markup.escaped(reason))</li>\n" }
        out += "</ul>\n"
        let volumes = FulfilmentModel.allCases.compactMap { model in
            evaluation.breakEven[model].map { (model, $0) }
        }
        if !volumes.isEmpty {
            out += "<h4>Break-even against VIRTUAL</h4>\n<ul class=\"breakeven\">\n"
            for (model, volume) in volumes {
                out +=
                    "<li><span class=\"m-\(model.rawValue)\">\(model)</span>: \(Markup.escaped(Self.describe(volume)))</li>\n"
            }
            out += "</ul>\n"
        }
        out += modelTable()
        return out + "</div>\n</div>\n</article>\n"
    }

    /// A break-even volume in words.
    static func describe(_ volume: BreakEvenVolume) -> String {
        switch volume {
        case .units(let units):
            return "earns more above \(NumberFormatting.quantity(units)) units/month"
        case .never: return "never earns more (searched 0.001 to 10,000,000 units/month)"
        case .always: return "earns more at any demand"
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
        let rows: [(String, (ModelEvaluation) -> String)] = [
            ("monthly profit", { NumberFormatting.money($0.monthlyProfit) }),
            ("units sold / month", { NumberFormatting.quantity($0.unitsSold) }),
            ("landed cost / unit", { NumberFormatting.money($0.landedCostPerUnit) }),
            (
                "margin / unit",
                { NumberFormatting.money(price * (1 - $0.returnRate) - $0.landedCostPerUnit) }
            ),
            ("delivery days", { NumberFormatting.compact($0.deliveryDays) }),
            ("working capital", { NumberFormatting.money($0.workingCapital) }),
        ]
        for (title, value) in rows {
            out +=
                "<tr><td>\(title)</td>"
                + models.map { "<td>\(Markup.escaped(value($0)))</td>" }.joined() + "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }
}
