import BreakevenCore
import BreakevenCSV

/// One SKU's charts in one SVG file: a heading, the ``ProfitChart`` and the
/// ``CostBarsChart`` under it. What `breakeven chart SKU FILE --svg` writes.
package struct SKUChart: Sendable {
    /// The SKU.
    package var evaluation: SKUEvaluation
    /// Width in user units.
    package var width: Double

    /// The charts of `evaluation`, `width` user units wide.
    package init(_ evaluation: SKUEvaluation, width: Double = 640) {
        self.evaluation = evaluation
        self.width = width
    }

    /// The heading: the SKU, its name, the recommendation and the saving.
    package var heading: (title: String, subtitle: String) {
        let decision = evaluation.decision
        let title = evaluation.sku + (evaluation.terms.name.map { " — \($0)" } ?? "")
        var subtitle = "Recommended \(decision.recommended) · today \(decision.baseline)"
        if let saving = decision.saving {
            subtitle += " · saving \(NumberFormatting.money(saving)) a month"
        }
        subtitle +=
            " · demand \(NumberFormatting.quantity(evaluation.terms.demand.mean)) units/month"
        return (title, subtitle)
    }

    /// The picture.
    package func svg() -> SVGDocument {
        let profit = ProfitChart(evaluation, width: width).svg()
        let costs = CostBarsChart(evaluation, width: width).svg()
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
            title: "\(evaluation.sku): monthly profit against demand, and cost per unit",
            standalone: true)
    }
}
