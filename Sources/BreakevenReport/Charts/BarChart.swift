import BreakevenCore
import BreakevenCSV

/// A small horizontal bar chart: one labelled bar per row on one linear
/// scale from 0 (or from the most negative value), its value written after
/// it. The portfolio charts of the report: profit and working capital today
/// against recommended, SKUs per recommended model.
package struct BarChart: Sendable {
    /// One bar.
    package struct Bar: Sendable, Equatable {
        /// The label left of the bar.
        package var label: String
        /// The value, in the chart's unit.
        package var value: Double
        /// The bar's text after it, e.g. the value formatted.
        package var valueText: String
        /// The fill colour.
        package var colour: String

        /// A bar.
        package init(label: String, value: Double, valueText: String, colour: String) {
            self.label = label
            self.value = value
            self.valueText = valueText
            self.colour = colour
        }
    }

    /// The bars, top to bottom.
    package var bars: [Bar]
    /// Width in user units.
    package var width: Double

    /// A chart of `bars`, `width` user units wide.
    package init(_ bars: [Bar], width: Double = 360) {
        self.bars = bars
        self.width = width
    }

    private static let rowHeight = 24.0
    private static let barHeight = 16.0

    /// The picture.
    package func svg() -> SVGDocument {
        let labelWidth = (bars.map { ChartStyle.textWidth($0.label) }.max() ?? 0) + 10
        let valueWidth = (bars.map { ChartStyle.textWidth($0.valueText) }.max() ?? 0) + 8
        let low = min(0, bars.map(\.value).min() ?? 0)
        let high = max(0, bars.map(\.value).max() ?? 0)
        let scale = AxisScale.linear(
            covering: low, high == low ? low + 1 : high, from: labelWidth, to: width - valueWidth,
            maxTicks: 4)
        let height = Double(bars.count) * Self.rowHeight + 4
        var svg = SVGDocument(width: width, height: height)
        let plot = ChartRect(
            x: labelWidth, y: 0, width: width - valueWidth - labelWidth, height: height)
        svg.rect(plot, fill: "none", class: "plot")
        let zero = scale.position(0)
        for (row, bar) in bars.enumerated() {
            let top = 2 + Double(row) * Self.rowHeight + (Self.rowHeight - Self.barHeight) / 2
            let end = scale.position(bar.value)
            svg.text(
                bar.label, at: ChartPoint(x: labelWidth - 6, y: top + Self.barHeight / 2 + 4),
                anchor: .end,
                fill: ChartStyle.ink, class: "label")
            svg.rect(
                ChartRect(
                    x: min(zero, end), y: top, width: abs(end - zero), height: Self.barHeight),
                fill: bar.colour, class: "bar",
                extra: [("data-value", NumberFormatting.readable(bar.value))])
            svg.text(
                bar.valueText,
                at: ChartPoint(x: max(zero, end) + 4, y: top + Self.barHeight / 2 + 4),
                fill: ChartStyle.ink, class: "value")
        }
        svg.line(
            from: ChartPoint(x: zero, y: 0), to: ChartPoint(x: zero, y: height),
            stroke: ChartStyle.muted,
            class: "zero")
        return svg
    }
}
