import BreakevenCore
import BreakevenCSV

/// A whole catalog as one self-contained HTML page: the portfolio summary
/// (profit and working capital today against recommended, SKUs per model,
/// stability against model), a table of every SKU sortable by column, and
/// for the SKUs with the best saving their charts and reasons. With
/// `--simulate`, the table holds the refereed evaluations, the portfolio a
/// card of what the simulation found, and each detailed SKU its simulated
/// P10–P90 bands and words (``SimulationCard``, ``SimulationDetail``);
/// without it, none of this, byte for byte.
///
/// The page has its style and script inline and loads nothing, so it reads
/// offline and prints. It is also well-formed XML (XHTML-compatible markup:
/// every element closed, every value escaped, the script in a CDATA
/// section), so a test can parse it. Nothing in it depends on the time or
/// the machine: the same catalog gives the same bytes.
package struct HTMLReport: Sendable {
    /// What the page says before its table of SKUs.
    package var overview: ReportOverview
    /// The rows of the table, best saving first; empty when they are
    /// written one by one (``tableRow(_:_:)``, a catalog streamed).
    package var ranked: [CatalogEvaluation.Entry]
    /// The language of every word on the page, charts included.
    package var language: Language

    /// A report of `catalog` with the `detailCount` SKUs of best saving in
    /// detail, written in `language`.
    package init(_ catalog: CatalogEvaluation, detailCount: Int = 20, language: Language = .english) {
        var overview = ReportOverview(file: catalog.file, detailCount: detailCount)
        for entry in catalog.entries { overview.add(entry) }
        overview.rejectedCount = catalog.rejected.count
        self.init(overview: overview, ranked: catalog.rankedBySaving(), language: language)
    }

    /// A report of `catalog` evaluated, simulated under `options` and
    /// refereed: its entries hold the evaluations shown, `verdicts` (one per
    /// entry, in the same order) what the referee found.
    package init(
        _ catalog: CatalogEvaluation, verdicts: [RefereeVerdict], options: SimulationOptions, detailCount: Int = 20,
        language: Language = .english
    ) {
        precondition(verdicts.count == catalog.entries.count)
        var overview = ReportOverview(file: catalog.file, detailCount: detailCount, simulation: options)
        for (entry, verdict) in zip(catalog.entries, verdicts) { overview.add(entry, verdict: verdict) }
        overview.rejectedCount = catalog.rejected.count
        self.init(overview: overview, ranked: catalog.rankedBySaving(), language: language)
    }

    /// A report from its overview; the table's rows are `ranked`, or written
    /// apart, in file order, between ``head()`` and ``tail()``.
    package init(overview: ReportOverview, ranked: [CatalogEvaluation.Entry] = [], language: Language = .english) {
        self.overview = overview
        self.ranked = ranked
        self.language = language
    }

    /// The page.
    package func html() -> String {
        var out = head()
        for (index, entry) in ranked.enumerated() { out += tableRow(index + 1, entry.evaluation) }
        return out + tail()
    }

    /// The SKUs shown in detail, best saving first.
    private var detailed: [CatalogEvaluation.Entry] { overview.detailed }

    /// The table of every SKU, in the order of the page (best saving first,
    /// or the file's), the detailed SKUs linked to their details.
    private var table: SKUTable {
        var anchors: [String: String] = [:]
        for (index, entry) in detailed.enumerated() {
            anchors[entry.evaluation.sku] = "sku-\(index + 1)"
        }
        return SKUTable(entries: [], anchors: anchors, language: language, ranked: overview.ranked)
    }

    /// One SKU's row of the table; `position` is its rank by saving, or its
    /// place in the file when the table is in file order.
    package func tableRow(_ position: Int, _ evaluation: SKUEvaluation) -> String {
        table.row(position, evaluation)
    }

    /// One SKU's row of the table after its position (made on any thread,
    /// numbered in order by ``tableRow(_:cells:)``).
    package func tableCells(_ evaluation: SKUEvaluation) -> String { table.cells(evaluation) }

    /// A row of the table from its position and its ``tableCells(_:)``.
    package func tableRow(_ position: Int, cells: String) -> String { table.row(position, cells: cells) }

    /// The page up to the table's first row: head, portfolio, the table's titles.
    package func head() -> String {
        let file = Markup.escaped(overview.file)
        let it = language == .italian

        var out =
            "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"\(language.rawValue)\">\n<head>\n"
        out +=
            "<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        out += "<meta name=\"generator\" content=\"breakeven\"/>\n"
        out += "<title>\(language.pick("Breakeven report", "Rapporto Breakeven")): \(file)</title>\n"
        out +=
            "<style>/*<![CDATA[*/\n" + ReportStyle.css + (overview.simulation == nil ? "" : ReportStyle.simulationCSS)
            + "/*]]>*/</style>\n</head>\n<body>\n<main>\n"

        out += "<header>\n<h1>\(language.pick("Breakeven report", "Rapporto Breakeven"))</h1>\n"
        out += "<p class=\"meta\">\(file) · "
        out +=
            "\(NumberFormatting.grouped(Double(overview.skuCount), decimals: 0)) SKU\(overview.skuCount == 1 || it ? "" : "s")"
        if overview.rejectedCount > 0 {
            let rejected = overview.rejectedCount
            out +=
                it
                ? " · \(rejected) rig\(rejected == 1 ? "a scartata" : "he scartate") (non mostrat\(rejected == 1 ? "a" : "e"))"
                : " · \(rejected) row\(rejected == 1 ? "" : "s") rejected (not shown)"
        }
        if let options = overview.simulation {
            out += language.pick(
                " · checked by simulation, seed \(options.seed)", " · verificato con la simulazione, seme \(options.seed)")
        }
        out += language.pick(
            " · money per month in the catalog's currency unless marked per unit</p>\n",
            " · importi al mese nella valuta del catalogo, salvo dove indicato per unità</p>\n")
        out += "<nav><a href=\"#portfolio\">\(language.pick("Portfolio", "Portafoglio"))</a>"
        if overview.simulation != nil {
            out += "<a href=\"#simulation\">\(language.pick("Simulation", "Simulazione"))</a>"
        }
        out += "<a href=\"#skus\">\(language.pick("All SKUs", "Tutti gli SKU"))</a>"
        if !detailed.isEmpty {
            out +=
                "<a href=\"#details\">"
                + (it ? "I primi \(detailed.count) in dettaglio" : "Top \(detailed.count) in detail") + "</a>"
        }
        out += "</nav>\n</header>\n"

        out += summary()

        out += "<section id=\"skus\">\n<h2>\(language.pick("All SKUs", "Tutti gli SKU"))</h2>\n"
        out += "<p class=\"note\">"
        out +=
            overview.ranked
            ? language.pick("Best saving first. ", "Prima i risparmi maggiori. ")
            : language.pick("In file order. ", "Nell'ordine del file. ")
        out += language.pick(
            "Profit per model per month; break-even: units/month above which STOCKED earns more than VIRTUAL. ",
            "Profitto mensile per modello; pareggio: unità/mese sopra le quali STOCKED guadagna più di VIRTUAL. ")
        if overview.simulation != nil {
            out += language.pick(
                "For the SKUs flagged model_risk the profits are the simulated means, and the recommendation is "
                    + "taken on them. ",
                "Per gli SKU con rischio di modello i profitti sono le medie simulate, e la raccomandazione è presa "
                    + "su di esse. ")
        }
        out +=
            "<span class=\"script\" hidden=\"hidden\">"
            + language.pick("Click a column title to sort by it.", "Clicca sul titolo di una colonna per ordinare.")
            + "</span></p>\n"
        return out + table.start()
    }

    /// The page after the table's last row: the details, the footer.
    package func tail() -> String {
        let file = Markup.escaped(overview.file)
        var out = table.end() + "</section>\n"
        if !detailed.isEmpty {
            out += "<section id=\"details\">\n<h2>"
            out += detailsTitle(detailed.count, of: overview.skuCount)
            out += "</h2>\n"
            let verdicts = overview.detailedVerdicts
            for (index, entry) in detailed.enumerated() {
                var simulation: SimulationDetail?
                if let verdict = verdicts[index], let options = overview.simulation {
                    simulation = SimulationDetail(verdict: verdict, options: options, language: language)
                }
                out += SKUDetail(
                    evaluation: entry.evaluation, rank: index + 1, anchor: "sku-\(index + 1)", language: language,
                    simulation: simulation
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
        let summary = overview.summary
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
        out += StabilityTable(counts: overview.stability, language: language).html()
        out += "</div>\n"
        if let referee = overview.referee, let options = overview.simulation {
            out += SimulationCard(summary: referee, options: options, language: language).html()
        }
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
