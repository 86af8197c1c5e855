import BreakevenCore
import BreakevenCSV

/// The chart of one SKU's monthly profit against its monthly demand: a line
/// per evaluated model, each break-even volume against VIRTUAL marked where
/// the lines cross and labelled above the plot, and today's demand marked.
///
/// The demand axis covers today's demand and every finite break-even volume
/// with room on both sides: linear from 0 when they are within a factor of
/// 10 of each other, else logarithmic (a break-even of 3 units and a demand
/// of 1,400 would otherwise sit on top of each other). The profit axis is
/// linear, includes 0 and every sampled profit, so every line stays inside
/// the plot area.
///
/// With simulated figures (`report --simulate`), each simulated model's
/// P10–P90 band of monthly profit stands just right of today's demand, a
/// bar in the model's colour with a tick at the simulated mean, beside the
/// point where its line gives the analytic profit; the profit axis then
/// covers the bands too.
package struct ProfitChart: Sendable {
    /// The SKU.
    package var evaluation: SKUEvaluation
    /// Width in user units.
    package var width: Double
    /// Height in user units.
    package var height: Double
    /// Demands sampled per line, besides today's and the break-even volumes.
    package var samples: Int
    /// The language of the axis titles, labels and legend.
    package var language: Language
    /// The simulated figures at today's demand of the models to draw a
    /// P10–P90 band for (those of ``evaluation``'s models only); empty for none.
    package var simulated: [ModelSimulation]

    /// A chart of `evaluation`, `width` × `height` user units, its words in
    /// `language`, with the P10–P90 bands of `simulated` at today's demand.
    package init(
        _ evaluation: SKUEvaluation, width: Double = 640, height: Double = 360, samples: Int = 160,
        language: Language = .english, simulated: [ModelSimulation] = []
    ) {
        precondition(samples >= 2)
        self.evaluation = evaluation
        self.width = width
        self.height = height
        self.samples = samples
        self.language = language
        self.simulated = simulated
    }

    /// The simulated models drawn as bands, in the order of the evaluation's models.
    var bands: [ModelSimulation] {
        evaluation.models.compactMap { model in simulated.first { $0.model == model.model } }
    }

    /// Whether the chart draws the bands: some simulated model is evaluated
    /// and today's demand is on the demand axis.
    package var showsBands: Bool {
        guard !bands.isEmpty else { return false }
        let x = Self.demandScale(for: evaluation, plotWidth: width - 100)
        return Self.showsToday(evaluation.terms.demand.mean, on: x)
    }

    /// Whether today's demand `today` is marked on the demand axis `x`.
    static func showsToday(_ today: Double, on x: AxisScale) -> Bool {
        x.contains(today) && (x.kind == .linear || today > 0)
    }

    /// A band's width, and the space between two bands, user units.
    static let bandWidth = 7.0
    static let bandGap = 4.0

    /// The factor between the largest and smallest demand of interest from
    /// which the demand axis is logarithmic.
    package static let logarithmicRatio = 10.0

    /// The demand axis before it is placed (positions 0…1): linear from 0 to
    /// twice the largest demand of interest, or logarithmic from half the
    /// smallest to twice the largest when they are ``logarithmicRatio`` or
    /// more apart. With no demand and no break-even, 0…10.
    package static func demandScale(
        for evaluation: SKUEvaluation, plotWidth: Double = 540
    ) -> AxisScale {
        let interest = ProfitCurves.demandsOfInterest(evaluation)
        guard let low = interest.min(), let high = interest.max() else {
            return AxisScale.linear(covering: 0, 10, from: 0, to: plotWidth)
        }
        if high / low >= logarithmicRatio {
            return AxisScale.logarithmic(covering: low / 2, high * 2, from: 0, to: plotWidth)
        }
        return AxisScale.linear(covering: 0, high * 2, from: 0, to: plotWidth, maxTicks: 6)
    }

    /// The demands at which the lines are sampled: `samples` points evenly
    /// spread along the axis.
    /// At no demand nothing is stocked and every profit is 0, while just
    /// above it a stock-holding model pays for its minimum order: a linear
    /// axis starts a quarter of a sample step above 0 so that jump is not
    /// drawn as a spike at the origin.
    static func grid(_ scale: AxisScale, samples: Int) -> [Double] {
        let first = scale.kind == .linear && scale.lower == 0 ? 0.25 / Double(samples - 1) : 0
        return (0..<samples).map { index in
            let t = max(first, Double(index) / Double(samples - 1))
            return scale.value(at: scale.start + t * (scale.end - scale.start))
        }
    }

    /// The profit axis before it is placed (positions `plotHeight`…0, bottom to top),
    /// covering 0 and every profit of `curves`. Linear when the demand axis
    /// is; on a log demand axis profits grow over decades with demand, so
    /// the profit axis is symmetric-logarithmic (``AxisScale/Kind/symmetricLogarithmic(threshold:)``)
    /// with its threshold a power of ten below half the smallest non-zero
    /// profit at a break-even volume or at today's demand, so the lines stay
    /// apart where they cross; at most six decades below the largest profit.
    /// `also` are further profits to cover: the simulated bands' ends.
    static func profitScale(
        _ curves: ProfitCurves, demand: AxisScale, plotHeight: Double = 240, also: [Double] = []
    ) -> AxisScale {
        let profits = curves.curves.flatMap(\.profit) + curves.crossings.map(\.profit) + also
        let low = min(0, profits.min() ?? 0)
        let high = max(0, profits.max() ?? 0)
        let largest = max(abs(low), abs(high))
        var interesting = curves.crossings.map { abs($0.profit) }
        for curve in curves.curves {
            if let index = curve.demand.firstIndex(of: curves.today) {
                interesting.append(abs(curve.profit[index]))
            }
        }
        guard demand.kind == .logarithmic, largest > 0,
            let smallest = interesting.filter({ $0 > largest * 1e-9 }).min()
        else {
            return AxisScale.linear(covering: low, high, from: plotHeight, to: 0, maxTicks: 5)
        }
        let threshold = max(smallest / 2, largest * 1e-6)
        return AxisScale.symmetricLogarithmic(
            covering: low, high, threshold: threshold, from: plotHeight, to: 0)
    }

    private static let laneHeight = 15.0
    private static let legendRowHeight = 16.0

    /// The picture.
    package func svg() -> SVGDocument {
        let decision = evaluation.decision
        var x = Self.demandScale(for: evaluation, plotWidth: width - 100)
        let curves = ProfitCurves(evaluation, grid: Self.grid(x, samples: samples))
        let showsToday = Self.showsToday(curves.today, on: x)
        let bands = showsToday ? self.bands : []
        var y = Self.profitScale(
            curves, demand: x, plotHeight: height - 130, also: bands.flatMap { [$0.p10, $0.p90] })

        // Margins from the labels they hold.
        let yLabelWidth = y.ticks.map { ChartStyle.textWidth(y.label($0)) }.max() ?? 0
        let left = (yLabelWidth + 26).rounded(.up)
        let lastXLabel = x.ticks.last.map { ChartStyle.textWidth(x.label($0)) / 2 } ?? 0
        let right = max(16, (lastXLabel + 4).rounded(.up))
        x.start = left
        x.end = width - right

        // Labels above the plot, one lane each where they would overlap.
        var labels: [MarkerLabel] = []
        if showsToday {
            labels.append(
                MarkerLabel(
                    text: language.pick("today ", "oggi ") + NumberFormatting.quantity(curves.today)
                        + language.pick("/month", "/mese"),
                    x: x.position(curves.today),
                    colour: ChartStyle.ink, kind: "today-label", model: nil))
        }
        for crossing in curves.crossings where x.contains(crossing.volume) {
            labels.append(
                MarkerLabel(
                    text:
                        "\(crossing.model) = VIRTUAL \(language.pick("at", "a")) "
                        + NumberFormatting.quantity(crossing.volume),
                    x: x.position(crossing.volume), colour: ChartStyle.colour(crossing.model),
                    kind: "breakeven-label", model: crossing.model))
        }
        let placed = LabelLanes.place(
            labels.map { (centre: $0.x, width: ChartStyle.textWidth($0.text)) },
            within: left...(width - right))
        let lanes = (placed.map(\.lane).max() ?? -1) + 1

        // The legend under the axis title, wrapped to the width.
        let legend = legendItems()
        let bandLegend =
            bands.isEmpty
            ? [] : [language.pick("P10–P90 simulated", "P10–P90 simulato"), language.pick("analytic", "analitico")]
        let legendRows = LabelLanes.rows(
            (legend.map(\.text) + bandLegend).map { 26 + ChartStyle.textWidth($0) + 14 },
            width: width - left - right)
        let top = 8 + Double(lanes) * Self.laneHeight
        let bottom = 40 + Double((legendRows.last?.row ?? 0) + 1) * Self.legendRowHeight
        let plot = ChartRect(
            x: left, y: top, width: width - left - right, height: height - top - bottom)
        y.start = plot.maxY
        y.end = plot.y

        var svg = SVGDocument(width: width, height: height)
        svg.rect(plot, fill: "#fcfcfd", stroke: ChartStyle.grid, class: "plot")
        for tick in x.ticks {
            let px = x.position(tick)
            svg.line(
                from: ChartPoint(x: px, y: plot.y), to: ChartPoint(x: px, y: plot.maxY),
                stroke: ChartStyle.grid,
                class: "grid")
            svg.text(
                x.label(tick), at: ChartPoint(x: px, y: plot.maxY + 14), anchor: .middle,
                fill: ChartStyle.muted,
                class: "tick x")
        }
        for tick in y.ticks {
            let py = y.position(tick)
            svg.line(
                from: ChartPoint(x: plot.x, y: py), to: ChartPoint(x: plot.maxX, y: py),
                stroke: tick == 0 ? ChartStyle.muted : ChartStyle.grid,
                class: tick == 0 ? "zero" : "grid")
            // dy centres the label on the tick; its y is the tick's own.
            svg.text(
                y.label(tick), at: ChartPoint(x: plot.x - 5, y: py), anchor: .end,
                fill: ChartStyle.muted,
                class: "tick y", extra: [("dy", "0.35em")])
        }
        svg.text(
            language.pick("monthly demand, units", "domanda mensile, unità")
                + (x.kind == .logarithmic ? logScale : ""),
            at: ChartPoint(x: plot.x + plot.width / 2, y: plot.maxY + 30), anchor: .middle,
            fill: ChartStyle.muted,
            class: "axis-title x")
        let yTitle = ChartPoint(x: 11, y: plot.y + plot.height / 2)
        svg.text(
            language.pick("monthly profit", "profitto mensile") + (y.kind == .linear ? "" : logScale),
            at: yTitle,
            anchor: .middle, fill: ChartStyle.muted, class: "axis-title y",
            extra: [
                ("transform", "rotate(-90 \(Markup.number(yTitle.x)) \(Markup.number(yTitle.y)))")
            ])

        // Markers behind the lines, the lines, then the points on top.
        if let today = labels.first(where: { $0.kind == "today-label" }) {
            svg.line(
                from: ChartPoint(x: today.x, y: plot.y), to: ChartPoint(x: today.x, y: plot.maxY),
                stroke: ChartStyle.ink, width: 1.5, dash: "2 3", class: "today")
        }
        for crossing in curves.crossings where x.contains(crossing.volume) {
            let px = x.position(crossing.volume)
            svg.line(
                from: ChartPoint(x: px, y: plot.y), to: ChartPoint(x: px, y: plot.maxY),
                stroke: ChartStyle.colour(crossing.model), width: 1, dash: "3 3",
                class: "breakeven-guide",
                extra: [("data-model", crossing.model.rawValue)])
        }
        // The recommended line last, so it is on top.
        let order = curves.curves.sorted {
            ($0.model == decision.recommended ? 1 : 0, $0.model) < (
                $1.model == decision.recommended ? 1 : 0, $1.model
            )
        }
        for curve in order {
            let points = zip(curve.demand, curve.profit).map {
                ChartPoint(x: x.position($0), y: y.position($1))
            }
            svg.polyline(
                points, stroke: ChartStyle.colour(curve.model),
                width: curve.model == decision.recommended ? 3 : 1.75,
                dash: ChartStyle.dash(curve.model), class: "curve",
                extra: [("data-model", curve.model.rawValue)])
        }
        for crossing in curves.crossings where x.contains(crossing.volume) {
            svg.circle(
                at: ChartPoint(x: x.position(crossing.volume), y: y.position(crossing.profit)),
                radius: 4,
                fill: "#ffffff", stroke: ChartStyle.colour(crossing.model), class: "breakeven",
                extra: [("data-model", crossing.model.rawValue)])
        }
        if let today = labels.first(where: { $0.kind == "today-label" }) {
            let analytic = bands.map { band in
                curves[band.model].flatMap { curve in
                    curve.demand.firstIndex(of: curves.today).map { curve.profit[$0] }
                }
            }
            drawBands(bands, analytic: analytic, after: today.x, in: plot, y: y, on: &svg)
        }
        for (label, place) in zip(labels, placed) {
            svg.text(
                label.text,
                at: ChartPoint(
                    x: place.centre, y: 4 + Double(place.lane + 1) * Self.laneHeight - 3),
                anchor: .middle, fill: label.colour, bold: label.kind == "today-label",
                class: label.kind,
                extra: label.model.map { [("data-model", $0.rawValue)] } ?? [])
        }
        let legendTop = plot.maxY + 40
        for (item, place) in zip(legend, legendRows) {
            let baseline = legendTop + Double(place.row) * Self.legendRowHeight + 10
            let start = plot.x + place.offset
            svg.line(
                from: ChartPoint(x: start, y: baseline - 4),
                to: ChartPoint(x: start + 20, y: baseline - 4),
                stroke: ChartStyle.colour(item.model),
                width: item.model == decision.recommended ? 3 : 1.75,
                dash: ChartStyle.dash(item.model), class: "legend-swatch")
            svg.text(
                item.text, at: ChartPoint(x: start + 26, y: baseline), fill: ChartStyle.ink,
                class: "legend")
        }
        if bandLegend.count == 2 {
            let places = legendRows.suffix(2).map { place in
                (baseline: legendTop + Double(place.row) * Self.legendRowHeight + 10, start: plot.x + place.offset)
            }
            let band = places[0]
            let left = band.start + 10 - Self.bandWidth / 2
            svg.rect(
                ChartRect(x: left, y: band.baseline - 11, width: Self.bandWidth, height: 14),
                fill: ChartStyle.muted, stroke: ChartStyle.muted, class: "legend-swatch",
                extra: [("fill-opacity", "0.35")])
            svg.line(
                from: ChartPoint(x: left - 2, y: band.baseline - 4),
                to: ChartPoint(x: left + Self.bandWidth + 2, y: band.baseline - 4),
                stroke: ChartStyle.ink, width: 2, class: "legend-swatch")
            let mark = places[1]
            Self.diamond(
                at: ChartPoint(x: mark.start + 10, y: mark.baseline - 4), colour: ChartStyle.muted,
                class: "legend-swatch", on: &svg)
            for (text, place) in zip(bandLegend, places) {
                svg.text(
                    text, at: ChartPoint(x: place.start + 26, y: place.baseline), fill: ChartStyle.ink,
                    class: "legend")
            }
        }
        return svg
    }

    /// Each simulated model's P10–P90 band, side by side just right of
    /// today's demand at `todayX` (kept inside `plot`): a bar from P10 to P90
    /// in the model's colour on a white ground that hides the lines passing
    /// behind it, a dark tick across it at the simulated mean, and a diamond
    /// at the model's `analytic` profit at today's demand (where its line
    /// crosses today's), so the two are compared at the same place.
    private func drawBands(
        _ bands: [ModelSimulation], analytic: [Double?], after todayX: Double, in plot: ChartRect, y: AxisScale,
        on svg: inout SVGDocument
    ) {
        guard !bands.isEmpty else { return }
        let pitch = Self.bandWidth + Self.bandGap
        let total = Double(bands.count) * pitch - Self.bandGap
        let first = min(todayX + 6, plot.maxX - total - 4)
        for (index, band) in bands.enumerated() {
            let left = first + Double(index) * pitch
            let colour = ChartStyle.colour(band.model)
            let top = y.position(band.p90)
            let bottom = y.position(band.p10)
            let model = [("data-model", band.model.rawValue)]
            svg.rect(
                ChartRect(x: left - 1.5, y: top - 1.5, width: Self.bandWidth + 3, height: max(0, bottom - top) + 3),
                fill: "#ffffff", class: "sim-ground", extra: model)
            svg.rect(
                ChartRect(x: left, y: top, width: Self.bandWidth, height: max(0, bottom - top)),
                fill: colour, stroke: colour, class: "sim-band", extra: [("fill-opacity", "0.45")] + model)
            let mean = y.position(band.meanMonthlyProfit)
            svg.line(
                from: ChartPoint(x: left - 2, y: mean), to: ChartPoint(x: left + Self.bandWidth + 2, y: mean),
                stroke: ChartStyle.ink, width: 2, class: "sim-mean", extra: model)
            if let profit = analytic[index] {
                Self.diamond(
                    at: ChartPoint(x: left + Self.bandWidth / 2, y: y.position(profit)), colour: colour,
                    class: "analytic-mark", extra: model, on: &svg)
            }
        }
    }

    /// A small diamond outlined in `colour`, centred on `centre`, hollow so
    /// that a narrow band shows through it.
    private static func diamond(
        at centre: ChartPoint, colour: String, class name: String, extra: [(String, String)] = [],
        on svg: inout SVGDocument
    ) {
        let r = 3.5
        let points = [(0.0, -r), (r, 0), (0, r), (-r, 0)].map { dx, dy in
            Markup.number(centre.x + dx) + "," + Markup.number(centre.y + dy)
        }
        svg.element(
            "polygon",
            [
                ("class", name), ("points", points.joined(separator: " ")), ("fill", "none"),
                ("stroke", colour), ("stroke-width", "1.5"),
            ] + extra)
    }

    /// What an axis title adds when its scale is logarithmic.
    private var logScale: String { language.pick(" (log scale)", " (scala logaritmica)") }

    /// A label above the plot: today's demand or a break-even volume.
    private struct MarkerLabel {
        var text: String
        /// Where its marker is.
        var x: Double
        var colour: String
        /// Its class: `today-label` or `breakeven-label`.
        var kind: String
        var model: FulfilmentModel?
    }

    /// One legend entry per line: the model, and what is special about it.
    private func legendItems() -> [(model: FulfilmentModel, text: String)] {
        let decision = evaluation.decision
        return evaluation.models.map { result in
            var notes: [String] = []
            if result.model == decision.recommended { notes.append(language.pick("recommended", "consigliato")) }
            if result.model == decision.baseline { notes.append(language.pick("today", "oggi")) }
            switch evaluation.breakEven[result.model] {
            case .never?: notes.append(language.pick("never above VIRTUAL", "mai sopra VIRTUAL"))
            case .always?: notes.append(language.pick("above VIRTUAL at any demand", "sopra VIRTUAL a qualsiasi domanda"))
            default: break
            }
            return (result.model, ([result.model.description] + notes).joined(separator: " · "))
        }
    }
}

/// Places labels so they do not overlap: in lanes above a plot, or in
/// wrapped rows of a legend.
enum LabelLanes {
    /// For labels centred at `centre` with `width`, each kept inside `bounds`:
    /// the centre used and the lane (0 = the top), the first lane where it
    /// clears the labels already there by 8 units, labels taken left to right.
    static func place(
        _ labels: [(centre: Double, width: Double)], within bounds: ClosedRange<Double>
    )
        -> [(centre: Double, lane: Int)]
    {
        var result = Array(repeating: (centre: 0.0, lane: 0), count: labels.count)
        var laneEnds: [Double] = []
        for index in labels.indices.sorted(by: { labels[$0].centre < labels[$1].centre }) {
            let label = labels[index]
            let half = label.width / 2
            let centre = min(max(label.centre, bounds.lowerBound + half), bounds.upperBound - half)
            let lane = laneEnds.firstIndex { $0 + 8 <= centre - half } ?? laneEnds.count
            if lane == laneEnds.count { laneEnds.append(0) }
            laneEnds[lane] = centre + half
            result[index] = (centre, lane)
        }
        return result
    }

    /// Items of `widths` laid left to right in rows of `width`: each one's
    /// row and its offset from the row's start.
    static func rows(_ widths: [Double], width: Double) -> [(row: Int, offset: Double)] {
        var row = 0
        var offset = 0.0
        var result: [(row: Int, offset: Double)] = []
        for itemWidth in widths {
            if offset > 0, offset + itemWidth > width {
                row += 1
                offset = 0
            }
            result.append((row, offset))
            offset += itemWidth
        }
        return result
    }
}
