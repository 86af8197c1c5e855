import BreakevenCore
import BreakevenCSV

/// The words and cells of the ranking table (and its Markdown twin): titles,
/// legend, one row per SKU, the totals. ``RankStream`` writes them.
package struct RankTable: Sendable {
    package var language: Language

    package init(_ language: Language = .english) { self.language = language }

    /// The widest SKU shown in the table, in characters.
    static let skuWidth = 28
    /// Column widths of a table streamed in input order, when the rows are
    /// not known in advance: room for 9,999,999 rows and 99,999,999.99 a month.
    static let fixedWidths = [7, skuWidth, 11, 11, 12, 12, 12, 12, 12, 10]
    /// Columns aligned right in Markdown.
    static let rightAligned: Set = [0, 4, 5, 6, 7, 8, 9]

    package var titles: [String] {
        [
            "#", "SKU", language.pick("TODAY", "OGGI"), language.pick("RECOMMENDED", "CONSIGLIATO"),
            "VIRTUAL", "STOCKED", "MARKETPLACE", "HYBRID", language.pick("SAVING", "RISPARMIO"),
            language.pick("BREAK-EVEN", "PAREGGIO"),
        ]
    }

    /// An empty table with the titles and alignments: rank and money right, names left.
    var text: TextTable {
        TextTable(titles: titles, alignments: [.right, .left, .left, .left, .right, .right, .right, .right, .right, .right])
    }

    var legend: String {
        language.pick(
            "Monthly profit per model. SAVING: recommended minus today's model (current_model, else VIRTUAL).\n"
                + "BREAK-EVEN: units/month above which STOCKED earns more than VIRTUAL.",
            "Profitto mensile per modello. RISPARMIO: il consigliato meno il modello di oggi (current_model, "
                + "altrimenti VIRTUAL).\nPAREGGIO: unità al mese sopra le quali STOCKED guadagna più di VIRTUAL.")
    }

    /// One SKU's cells, without the rank.
    static func cells(_ evaluation: SKUEvaluation, _ language: Language) -> [String] {
        let decision = evaluation.decision
        var row = [evaluation.sku, decision.baseline.description, decision.recommended.description]
        for model in FulfilmentModel.allCases {
            row.append(evaluation[model].map { NumberFormatting.money($0.monthlyProfit) } ?? "—")
        }
        row.append(decision.saving.map(NumberFormatting.money) ?? "—")
        row.append(volume(evaluation.breakEven[.stocked], language))
        return row
    }

    /// "Total (28 SKUs)".
    func totalLabel(_ count: Int) -> String {
        language.pick("Total (\(count) SKU\(count == 1 ? "" : "s"))", "Totale (\(count) SKU)")
    }

    /// The note under a table cut by `--top`.
    func shownNote(shown: Int, of total: Int) -> String {
        language.pick(
            "Showing the top \(shown) of \(total) SKUs; totals cover all.\n",
            "Mostrati i primi \(shown) di \(total) SKU; i totali li comprendono tutti.\n")
    }

    /// The totals as three or four lines of text.
    func totals(_ summary: PortfolioSummary) -> String {
        let it = language == .italian
        var text =
            (it ? "Profitto mensile: " : "Monthly profit: ")
            + "\(NumberFormatting.money(summary.profitToday))\(it ? " oggi → " : " today → ")"
            + "\(NumberFormatting.money(summary.profitRecommended))\(it ? " consigliato" : " recommended")"
        text += it
            ? " (risparmio \(NumberFormatting.money(summary.saving)) al mese)\n"
            : " (saving \(NumberFormatting.money(summary.saving)) a month)\n"
        let without = summary.skusWithoutBaseline
        if without > 0 {
            text += it
                ? "  (\(without) SKU senza un riferimento VIRTUAL o current_model sono esclusi da oggi e dal risparmio)\n"
                : "  (\(without) SKU\(without == 1 ? "" : "s") "
                    + "without a VIRTUAL or current_model baseline are left out of today and the saving)\n"
        }
        text += (it ? "Capitale circolante: " : "Working capital: ")
            + "\(NumberFormatting.money(summary.workingCapitalToday))\(it ? " oggi → " : " today → ")"
            + "\(NumberFormatting.money(summary.workingCapitalRecommended))\(it ? " consigliato" : " recommended")\n"
        text += (it ? "Consigliati: " : "Recommended: ")
            + FulfilmentModel.allCases.map { "\($0) \(summary.count($0))" }.joined(separator: " · ") + "\n"
        return text
    }

    /// A break-even volume for people: units a month, "never", "always", or "—".
    static func volume(_ volume: BreakEvenVolume?, _ language: Language = .english) -> String {
        switch volume {
        case .units(let units)?: return NumberFormatting.quantity(units)
        case .never?: return language.pick("never", "mai")
        case .always?: return language.pick("always", "sempre")
        case nil: return "—"
        }
    }

    /// One Markdown table line.
    static func markdownLine(_ cells: [String]) -> String {
        "| " + cells.map { $0.replacing("|", with: "\\|") }.joined(separator: " | ") + " |\n"
    }
}
