import BreakevenCore
import BreakevenCSV

/// A whole catalog as one self-contained HTML page: the portfolio summary
/// (profit and working capital today against recommended, SKUs per model,
/// stability against model), a table of every SKU sortable by column, and
/// for the SKUs with the best saving their charts and reasons.
///
/// The page has its style and script inline and loads nothing, so it reads
/// offline and prints. It is also well-formed XML (XHTML-compatible markup:
/// every element closed, every value escaped, the script in a CDATA
/// section), so a test can parse it. Nothing in it depends on the time or
/// the machine: the same catalog gives the same bytes.
package struct HTMLReport: Sendable {
    /// The evaluated catalog.
    package var catalog: CatalogEvaluation
    /// How many SKUs get charts and reasons, best saving first.
    package var detailCount: Int
    /// The language of every word on the page, charts included.
    package var language: Language

    /// A report of `catalog` with the `detailCount` SKUs of best saving in
    /// detail, written in `language`.
    package init(_ catalog: CatalogEvaluation, detailCount: Int = 20, language: Language = .english) {
        self.catalog = catalog
        self.detailCount = max(0, detailCount)
        self.language = language
    }

    /// The page.
    package func html() -> String {
        let ranked = catalog.rankedBySaving()
        let detailed = Array(ranked.prefix(detailCount))
        var anchors: [String: String] = [:]
        for (index, entry) in detailed.enumerated() {
            anchors[entry.evaluation.sku] = "sku-\(index + 1)"
        }
        let file = Markup.escaped(catalog.file)
        let it = language == .italian

        var out =
            "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"\(language.rawValue)\">\n<head>\n"
        out +=
            "<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        out += "<meta name=\"generator\" content=\"breakeven\"/>\n"
        out += "<title>\(language.pick("Breakeven report", "Rapporto Breakeven")): \(file)</title>\n"
        out +=
            "<style>/*<![CDATA[*/\n" + ReportStyle.css
            + "/*]]>*/</style>\n</head>\n<body>\n<main>\n"

        out += "<header>\n<h1>\(language.pick("Breakeven report", "Rapporto Breakeven"))</h1>\n"
        out += "<p class=\"meta\">\(file) · "
        out +=
            "\(NumberFormatting.grouped(Double(catalog.entries.count), decimals: 0)) SKU\(catalog.entries.count == 1 || it ? "" : "s")"
        if !catalog.rejected.isEmpty {
            let rejected = catalog.rejected.count
            out +=
                it
                ? " · \(rejected) rig\(rejected == 1 ? "a scartata" : "he scartate") (non mostrat\(rejected == 1 ? "a" : "e"))"
                : " · \(rejected) row\(rejected == 1 ? "" : "s") rejected (not shown)"
        }
        out += language.pick(
            " · money per month in the catalog's currency unless marked per unit</p>\n",
            " · importi al mese nella valuta del catalogo, salvo dove indicato per unità</p>\n")
        out += "<nav><a href=\"#portfolio\">\(language.pick("Portfolio", "Portafoglio"))</a>"
        out += "<a href=\"#skus\">\(language.pick("All SKUs", "Tutti gli SKU"))</a>"
        if !detailed.isEmpty {
            out +=
                "<a href=\"#details\">"
                + (it ? "I primi \(detailed.count) in dettaglio" : "Top \(detailed.count) in detail") + "</a>"
        }
        out += "</nav>\n</header>\n"

        out += summary()

        out += "<section id=\"skus\">\n<h2>\(language.pick("All SKUs", "Tutti gli SKU"))</h2>\n"
        out += language.pick(
            "<p class=\"note\">Best saving first. Profit per model per month; break-even: units/month above "
                + "which STOCKED earns more than VIRTUAL. ",
            "<p class=\"note\">Prima i risparmi maggiori. Profitto mensile per modello; pareggio: unità/mese sopra "
                + "le quali STOCKED guadagna più di VIRTUAL. ")
        out +=
            "<span class=\"script\" hidden=\"hidden\">"
            + language.pick("Click a column title to sort by it.", "Clicca sul titolo di una colonna per ordinare.")
            + "</span></p>\n"
        out += SKUTable(entries: ranked, anchors: anchors, language: language).html()
        out += "</section>\n"

        if !detailed.isEmpty {
            out += "<section id=\"details\">\n<h2>"
            out += detailsTitle(detailed.count, of: ranked.count)
            out += "</h2>\n"
            for (index, entry) in detailed.enumerated() {
                out += SKUDetail(
                    evaluation: entry.evaluation, rank: index + 1, anchor: "sku-\(index + 1)", language: language
                ).html()
            }
            out += "</section>\n"
        }
        out += language.pick(
            "<footer>Made by breakeven from \(file). The formulas behind every number: docs/decision-math.md.</footer>\n",
            "<footer>Generato da breakeven a partire da \(file). Le formule dietro ogni numero: docs/decision-math.md.</footer>\n")
        out +=
            "</main>\n<script>//<![CDATA[\n" + ReportStyle.script(for: language)
            + "\n//]]></script>\n</body>\n</html>\n"
        return out
    }

    /// The title of the detail section: every SKU, or the `count` best savings.
    private func detailsTitle(_ count: Int, of total: Int) -> String {
        switch (language, count == total) {
        case (.english, true): return "Every SKU in detail"
        case (.english, false): return "The \(count) best savings in detail"
        case (.italian, true): return "Tutti gli SKU in dettaglio"
        case (.italian, false):
            return count == 1 ? "Il risparmio maggiore in dettaglio" : "I \(count) risparmi maggiori in dettaglio"
        }
    }

    // MARK: Portfolio

    private func summary() -> String {
        let summary = catalog.summary
        let it = language == .italian
        var out = "<section id=\"portfolio\">\n<h2>\(language.pick("Portfolio", "Portafoglio"))</h2>\n<div class=\"cards\">\n"

        out += "<div class=\"card\">\n<h3>\(language.pick("Monthly profit", "Profitto mensile"))</h3>\n"
        out += "<p class=\"big\">\(NumberFormatting.money(summary.profitRecommended))</p>\n"
        out +=
            "<p>\(language.pick("recommended, against", "consigliato, contro")) \(NumberFormatting.money(summary.profitToday)) "
            + "\(language.pick("today", "oggi")): "
            + "<strong class=\"\(summary.saving >= 0 ? "up" : "down")\">\(Self.signed(summary.saving))</strong>"
            + language.pick(" a month", " al mese")
        if summary.profitToday > 0 {
            out += " (\(Self.signed(summary.saving / summary.profitToday * 100, decimals: 0))%)"
        }
        out += "</p>\n"
        let without = summary.skusWithoutBaseline
        if without > 0 {
            out +=
                it
                ? "<p class=\"note\">\(without) SKU senza un riferimento VIRTUAL o current_model sono esclusi "
                    + "da oggi e dal risparmio.</p>\n"
                : "<p class=\"note\">\(without) SKU\(without == 1 ? "" : "s") "
                    + "without a VIRTUAL or current_model baseline are left out of today and the saving.</p>\n"
        }
        out += todayAndRecommended(
            summary.profitToday, summary.profitRecommended, colour: "#1a7f37",
            title: language.pick("Monthly profit today and recommended", "Profitto mensile oggi e consigliato"))
        out += "</div>\n"

        out += "<div class=\"card\">\n<h3>\(language.pick("Working capital", "Capitale circolante"))</h3>\n"
        out += "<p class=\"big\">\(NumberFormatting.money(summary.workingCapitalRecommended))</p>\n"
        out +=
            "<p>"
            + language.pick(
                "tied up in stock on average when recommended, against ",
                "immobilizzato in scorte in media con i modelli consigliati, contro ")
            + "\(NumberFormatting.money(summary.workingCapitalToday)) \(language.pick("today", "oggi")): "
            + "<strong>\(Self.signed(summary.workingCapitalRecommended - summary.workingCapitalToday))</strong></p>\n"
        out += todayAndRecommended(
            summary.workingCapitalToday, summary.workingCapitalRecommended, colour: "#9a6700",
            title: language.pick("Working capital today and recommended", "Capitale circolante oggi e consigliato"))
        out += "</div>\n"

        let perModel = language.pick("SKUs per recommended model", "SKU per modello consigliato")
        out += "<div class=\"card\">\n<h3>\(perModel)</h3>\n"
        let total = max(1, summary.skuCount)
        out += BarChart(
            FulfilmentModel.allCases.map { model in
                let count = summary.count(model)
                return .init(
                    label: model.description, value: Double(count),
                    valueText: "\(NumberFormatting.grouped(Double(count), decimals: 0)) "
                        + "(\(NumberFormatting.percent(Double(count) / Double(total))))",
                    colour: ChartStyle.colour(model))
            }
        ).svg().rendered(title: perModel)
        out += "</div>\n"

        out +=
            "<div class=\"card\">\n<h3>"
            + language.pick("Stability and recommended model", "Stabilità e modello consigliato") + "</h3>\n"
        out += language.pick(
            "<p class=\"note\">SKUs by XYZ class of demand (X: cv ≤ the X limit, 0.5 by default; Y: ≤ 1; Z above) "
                + "and the model recommended.</p>\n",
            "<p class=\"note\">SKU per classe XYZ della domanda (X: cv ≤ il limite di X, 0.5 se non impostato; "
                + "Y: ≤ 1; Z oltre) e modello consigliato.</p>\n")
        out += StabilityTable(catalog.entries.map(\.evaluation), language: language).html()
        out += "</div>\n"
        return out + "</div>\n</section>\n"
    }

    /// Two bars of money: today in grey, recommended in `colour`.
    func todayAndRecommended(_ today: Double, _ recommended: Double, colour: String, title: String) -> String {
        BarChart([
            .init(
                label: language.pick("today", "oggi"), value: today, valueText: NumberFormatting.money(today),
                colour: "#8c959f"),
            .init(
                label: language.pick("recommended", "consigliato"), value: recommended,
                valueText: NumberFormatting.money(recommended), colour: colour),
        ]).svg().rendered(title: title)
    }

    /// Money with its sign: `+1,234.50`, `−3.00`.
    static func signed(_ value: Double, decimals: Int = 2) -> String {
        let text = NumberFormatting.grouped(abs(value), decimals: decimals)
        if text.allSatisfy({ $0 == "0" || $0 == "." || $0 == "," }) { return text }
        return (value < 0 ? "\u{2212}" : "+") + text
    }
}
