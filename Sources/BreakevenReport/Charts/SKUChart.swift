import BreakevenCore
import BreakevenCSV

/// One SKU's charts in one SVG file: a heading, the ``ProfitChart`` and the
/// ``CostBarsChart`` under it. What `breakeven chart SKU FILE --svg` writes.
package struct SKUChart: Sendable {
    /// The SKU.
    package var evaluation: SKUEvaluation
    /// Width in user units.
    package var width: Double
    /// The language of the heading and of both charts.
    package var language: Language

    /// The charts of `evaluation`, `width` user units wide, their words in `language`.
    package init(_ evaluation: SKUEvaluation, width: Double = 640, language: Language = .english) {
        self.evaluation = evaluation
        self.width = width
        self.language = language
    }

    /// The heading: the SKU, its name, the recommendation and the saving.
    package var heading: (title: String, subtitle: String) {
        let decision = evaluation.decision
        let title = evaluation.sku + (evaluation.terms.name.map { " — \($0)" } ?? "")
        let it = language == .italian
        var subtitle =
            it
            ? "Consigliato \(decision.recommended) · oggi \(decision.baseline)"
            : "Recommended \(decision.recommended) · today \(decision.baseline)"
        if let saving = decision.saving {
            let money = NumberFormatting.money(saving)
            subtitle += it ? " · risparmio \(money) al mese" : " · saving \(money) a month"
        }
        let demand = NumberFormatting.quantity(evaluation.terms.demand.mean)
        subtitle += it ? " · domanda \(demand) unità/mese" : " · demand \(demand) units/month"
        return (title, subtitle)
    }

    /// The picture.
    package func svg() -> SVGDocument {
        let profit = ProfitChart(evaluation, width: width, language: language).svg()
        let costs = CostBarsChart(evaluation, width: width, language: language).svg()
        let headingHeight = 44.0
        var svg = SVGDocument(
            width: width, height: headingHeight + profit.height + 10 + costs.height)
        let (title, subtitle) = heading
        svg.text(
            title, at: ChartPoint(x: 4, y: 17), size: 15, fill: ChartStyle.ink, bold: true,
            class: "title")
        svg.text(subtitle, at: ChartPoint(x: 4, y: 35), fill: ChartStyle.muted, class: "subtitle")
        svg.place(profit, at: ChartPoint(x: 0, y: headingHeight), class: "profit-chart")
        svg.place(
            costs, at: ChartPoint(x: 0, y: headingHeight + profit.height + 10), class: "cost-chart")
        return svg
    }

    /// The standalone SVG file.
    package func file() -> String {
        svg().rendered(
            title: "\(evaluation.sku): "
                + language.pick(
                    "monthly profit against demand, and cost per unit",
                    "profitto mensile in funzione della domanda e costo per unità"),
            standalone: true)
    }
}
