import BreakevenCore
import BreakevenCSV

/// One SKU's charts as text for a terminal: each cost line per unit sold as
/// a bar per model, the landed cost and the margin per unit, then the
/// monthly profit per model, in Unicode block characters (eighths of a cell
/// for the bars' ends). Bars of one section share a scale; negative values
/// grow left from a common zero. With `colour`, each model's bars take its
/// colour (ANSI 256-colour codes) and the recommended model is bold.
package struct TerminalChart: Sendable {
    /// The SKU.
    package var evaluation: SKUEvaluation
    /// Whether to write ANSI colour codes.
    package var colour: Bool
    /// Cells of the longest bar.
    package var barWidth: Int
    /// The language of its words.
    package var language: Language

    /// A text chart of `evaluation`, its words in `language`.
    package init(
        _ evaluation: SKUEvaluation, colour: Bool = false, barWidth: Int = 40, language: Language = .english
    ) {
        precondition(barWidth >= 4)
        self.evaluation = evaluation
        self.colour = colour
        self.barWidth = barWidth
        self.language = language
    }

    /// A model's ANSI 256-colour code, near its SVG colour.
    static func ansiColour(_ model: FulfilmentModel) -> Int {
        switch model {
        case .virtual: return 25
        case .stocked: return 166
        case .marketplace: return 36
        case .hybrid: return 175
        }
    }

    /// The chart, lines ending in a newline.
    package func text() -> String {
        let decision = evaluation.decision
        let heading = SKUChart(evaluation, language: language).heading
        var out = heading.title + "\n" + heading.subtitle + "\n"
        let volumes = evaluation.models.filter { $0.model != .virtual }.compactMap { result in
            evaluation.breakEven[result.model].map {
                "\(result.model) \(RankTable.volume($0, language))"
            }
        }
        if !volumes.isEmpty {
            out +=
                language.pick("Break-even against VIRTUAL, units/month: ", "Pareggio rispetto a VIRTUAL, unità/mese: ")
                + volumes.joined(separator: " · ")
                + "\n"
        }

        let models = evaluation.models
        let modelWidth = models.map(\.model.description.count).max() ?? 0
        var costRows: [(label: String, model: FulfilmentModel, value: Double)] = []
        for line in CostLine.allCases {
            var first = true
            for result in models where result.costPerUnit[line] != 0 {
                costRows.append(
                    (first ? language.word(line) : "", result.model, result.costPerUnit[line]))
                first = false
            }
        }
        for (index, result) in models.enumerated() {
            costRows.append(
                (index == 0 ? language.pick("landed", "costo complessivo") : "", result.model, result.landedCostPerUnit))
        }
        for (index, result) in models.enumerated() {
            let margin = evaluation.terms.price * (1 - result.returnRate) - result.landedCostPerUnit
            costRows.append((index == 0 ? language.pick("margin", "margine") : "", result.model, margin))
        }
        let price = NumberFormatting.money(evaluation.terms.price)
        out += language.pick(
            "\nPer unit sold (price \(price); margin = price kept after returns − landed cost)\n",
            "\nPer unità venduta (prezzo \(price); margine = prezzo al netto dei resi − costo complessivo)\n")
        // Nine columns hold every English label; longer words widen them.
        let labelWidth = max(9, (costRows.map(\.label.count).max() ?? 0) + 1)
        out += section(costRows, labelWidth: labelWidth, modelWidth: modelWidth, decimals: 2)

        out += language.pick("\nMonthly profit at today's demand\n", "\nProfitto mensile alla domanda di oggi\n")
        out += section(
            models.map { ("", $0.model, $0.monthlyProfit) }, labelWidth: 0, modelWidth: modelWidth,
            decimals: 2,
            marks: [decision.recommended: language.pick("◀ recommended", "◀ consigliato")])
        return out
    }

    /// Rows of `label  MODEL  bar  value`, bars on one scale.
    private func section(
        _ rows: [(label: String, model: FulfilmentModel, value: Double)], labelWidth: Int,
        modelWidth: Int,
        decimals: Int, marks: [FulfilmentModel: String] = [:]
    ) -> String {
        let low = min(0, rows.map(\.value).min() ?? 0)
        let high = max(0, rows.map(\.value).max() ?? 0)
        let span = high - low
        let zero = span > 0 ? Int((-low / span * Double(barWidth)).rounded()) : 0
        let values = rows.map { NumberFormatting.grouped($0.value, decimals: decimals) }
        let valueWidth = values.map(\.count).max() ?? 0
        var out = ""
        for (row, value) in zip(rows, values) {
            var line = ""
            if labelWidth > 0 { line += pad(row.label, labelWidth) + " " }
            let name = pad(row.model.description, modelWidth)
            line +=
                paint(name, row.model, bold: row.model == evaluation.decision.recommended) + "  "
            let bar = Self.bar(
                row.value, scale: span > 0 ? Double(barWidth) / span : 0, zero: zero,
                width: barWidth)
            line += paint(bar, row.model, bold: false)
            line += "  " + String(repeating: " ", count: valueWidth - value.count) + value
            if let mark = marks[row.model] { line += "  " + mark }
            while line.last == " " { line.removeLast() }
            out += line + "\n"
        }
        return out
    }

    /// A bar `width` cells wide for `value` at `scale` cells per unit, zero at
    /// cell `zero`: to the right in whole cells and an eighth-block end; to
    /// the left in whole cells and a half-block end.
    static func bar(_ value: Double, scale: Double, zero: Int, width: Int) -> String {
        let cells = abs(value) * scale
        var whole = Int(cells.rounded(.down))
        // A value that is not zero shows at least an eighth of a cell.
        let eighths = max(
            value == 0 || whole > 0 ? 0 : 1, Int(((cells - Double(whole)) * 8).rounded()))
        var cellsUsed: [Character] = []
        if value >= 0 {
            var end: Character?
            if eighths == 8 { whole += 1 } else if eighths > 0 { end = Self.eighths[eighths - 1] }
            whole = min(whole, width - zero)
            cellsUsed = Array(repeating: " ", count: zero) + Array(repeating: "█", count: whole)
            if let end, cellsUsed.count < width { cellsUsed.append(end) }
        } else {
            let half = (eighths >= 4 && eighths < 8) || (whole == 0 && eighths < 8)
            if eighths == 8 { whole += 1 }
            whole = min(whole, zero)
            let start = max(0, zero - whole - (half ? 1 : 0))
            cellsUsed = Array(repeating: " ", count: start)
            if half, start < zero - whole { cellsUsed.append("▐") }
            cellsUsed += Array(repeating: "█", count: whole)
        }
        cellsUsed += Array(repeating: " ", count: max(0, width - cellsUsed.count))
        return String(cellsUsed)
    }

    private static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    private func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }

    private func paint(_ text: String, _ model: FulfilmentModel, bold: Bool) -> String {
        guard colour else { return text }
        return "\u{1B}[\(bold ? "1;" : "")38;5;\(Self.ansiColour(model))m" + text + "\u{1B}[0m"
    }
}
