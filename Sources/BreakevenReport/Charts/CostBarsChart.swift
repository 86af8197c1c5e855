import BreakevenCore
import BreakevenCSV

/// The landed cost per unit sold of each evaluated model of one SKU as a
/// stacked horizontal bar: one segment per cost line, positive lines to the
/// right of 0 in ``CostLine`` order, a negative line (returns resold for more
/// than they cost to handle) to the left. A dark tick on each bar marks the
/// price kept after that model's returns, so the gap to the bar's end is
/// the margin per unit.
package struct CostBarsChart: Sendable {
    /// The SKU.
    package var evaluation: SKUEvaluation
    /// Width in user units.
    package var width: Double
    /// The language of the titles and the legend.
    package var language: Language

    /// A chart of `evaluation`, `width` user units wide, its words in
    /// `language`; the height follows from the number of models.
    package init(_ evaluation: SKUEvaluation, width: Double = 640, language: Language = .english) {
        self.evaluation = evaluation
        self.width = width
        self.language = language
    }

    private static let rowHeight = 30.0
    private static let barHeight = 18.0

    /// The price kept per unit sold after returns under `result`: what the
    /// landed cost is measured against.
    package func priceKept(_ result: ModelEvaluation) -> Double {
        evaluation.terms.price * (1 - result.returnRate)
    }

    /// The cost lines with a value in some model, in ``CostLine`` order.
    package var linesShown: [CostLine] {
        CostLine.allCases.filter { line in evaluation.models.contains { $0.costPerUnit[line] != 0 }
        }
    }

    /// The picture.
    package func svg() -> SVGDocument {
        let models = evaluation.models
        let lines = linesShown
        let decision = evaluation.decision
        let positives = models.map { result in
            lines.map { max(0, result.costPerUnit[$0]) }.reduce(0, +)
        }
        let negatives = models.map { result in
            lines.map { min(0, result.costPerUnit[$0]) }.reduce(0, +)
        }
        let kept = models.map(priceKept)
        let low = min(0, negatives.min() ?? 0)
        let high = max(positives.max() ?? 0, kept.max() ?? 0, 0)

        let labelWidth =
            (models.map { ChartStyle.textWidth($0.model.description, size: 11) }.max() ?? 0) + 12
        let valueTexts = models.map { result in
            "\(NumberFormatting.money(result.landedCostPerUnit)) · \(language.pick("margin", "margine")) "
                + NumberFormatting.money(priceKept(result) - result.landedCostPerUnit)
        }
        let valueWidth = (valueTexts.map { ChartStyle.textWidth($0) }.max() ?? 0) + 10
        // Tight: a sliver of negative returns should not cost a whole step of width.
        var x = AxisScale.linear(
            covering: low, high * 1.02, from: 0, to: 1, maxTicks: 6, tight: true)
        let lastLabel = x.ticks.last.map { ChartStyle.textWidth(x.label($0)) / 2 } ?? 0
        x.start = labelWidth
        x.end = width - max(valueWidth, lastLabel + 4)

        let legendRows = LabelLanes.rows(
            (lines.map { 16 + ChartStyle.textWidth(language.word($0)) + 14 } + [
                26 + ChartStyle.textWidth(keptLabel) + 14
            ]),
            width: width - labelWidth - 4)
        let top = 22.0
        let plot = ChartRect(
            x: x.start, y: top, width: x.end - x.start,
            height: Double(models.count) * Self.rowHeight)
        let legendTop = plot.maxY + 34
        let height = legendTop + Double((legendRows.last?.row ?? 0) + 1) * 16 + 6

        var svg = SVGDocument(width: width, height: height)
        svg.text(
            language.pick("landed cost per unit sold", "costo complessivo per unità venduta"),
            at: ChartPoint(x: plot.x, y: 13), fill: ChartStyle.muted,
            class: "axis-title")
        svg.text(
            language.pick("landed · margin per unit", "costo · margine per unità"),
            at: ChartPoint(x: width - 2, y: 13), anchor: .end,
            fill: ChartStyle.muted,
            class: "axis-title")
        svg.rect(plot, fill: "#fcfcfd", class: "plot")
        for tick in x.ticks {
            let px = x.position(tick)
            svg.line(
                from: ChartPoint(x: px, y: plot.y), to: ChartPoint(x: px, y: plot.maxY),
                stroke: tick == 0 ? ChartStyle.muted : ChartStyle.grid,
                class: tick == 0 ? "zero" : "grid")
            svg.text(
                x.label(tick), at: ChartPoint(x: px, y: plot.maxY + 14), anchor: .middle,
                fill: ChartStyle.muted,
                class: "tick x")
        }
        for (row, result) in models.enumerated() {
            let barTop =
                plot.y + Double(row) * Self.rowHeight + (Self.rowHeight - Self.barHeight) / 2
            let middle = barTop + Self.barHeight / 2
            svg.text(
                result.model.description, at: ChartPoint(x: labelWidth - 8, y: middle + 4),
                anchor: .end,
                fill: ChartStyle.colour(result.model), bold: result.model == decision.recommended,
                class: "model")
            var right = 0.0
            var left = 0.0
            for line in lines {
                let value = result.costPerUnit[line]
                guard value != 0 else { continue }
                let from = value > 0 ? right : left + value
                let to = value > 0 ? right + value : left
                if value > 0 { right += value } else { left += value }
                let segment = ChartRect(
                    x: x.position(from), y: barTop, width: x.position(to) - x.position(from),
                    height: Self.barHeight)
                svg.rect(
                    segment, fill: ChartStyle.colour(line), stroke: "#ffffff", class: "segment",
                    extra: [
                        ("data-model", result.model.rawValue), ("data-line", line.rawValue),
                        ("data-value", NumberFormatting.readable(value)),
                    ])
                let label = NumberFormatting.money(value)
                if segment.width >= ChartStyle.textWidth(label, size: 10) + 6 {
                    svg.text(
                        label, at: ChartPoint(x: segment.x + segment.width / 2, y: middle + 3.5),
                        anchor: .middle,
                        size: 10, fill: ChartStyle.ink, class: "segment-value")
                }
            }
            let keptX = x.position(priceKept(result))
            svg.line(
                from: ChartPoint(x: keptX, y: barTop - 3),
                to: ChartPoint(x: keptX, y: barTop + Self.barHeight + 3),
                stroke: ChartStyle.ink, width: 2, class: "price-kept")
            svg.text(
                valueTexts[row], at: ChartPoint(x: width - 2, y: middle + 4), anchor: .end,
                fill: ChartStyle.ink,
                class: "value")
        }
        for (index, place) in legendRows.enumerated() {
            let baseline = legendTop + Double(place.row) * 16 + 10
            let start = labelWidth + place.offset
            if index < lines.count {
                svg.rect(
                    ChartRect(x: start, y: baseline - 9, width: 10, height: 10),
                    fill: ChartStyle.colour(lines[index]),
                    class: "legend-swatch")
                svg.text(
                    language.word(lines[index]), at: ChartPoint(x: start + 16, y: baseline),
                    class: "legend")
            } else {
                svg.line(
                    from: ChartPoint(x: start + 10, y: baseline - 11),
                    to: ChartPoint(x: start + 10, y: baseline + 2),
                    stroke: ChartStyle.ink, width: 2, class: "legend-swatch")
                svg.text(
                    keptLabel, at: ChartPoint(x: start + 26, y: baseline), class: "legend")
            }
        }
        return svg
    }

    /// The legend of the dark tick.
    private var keptLabel: String { language.pick("price kept after returns", "prezzo al netto dei resi") }
}
