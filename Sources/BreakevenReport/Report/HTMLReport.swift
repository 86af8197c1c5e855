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

    /// A report of `catalog` with the `detailCount` SKUs of best saving in detail.
    package init(_ catalog: CatalogEvaluation, detailCount: Int = 20) {
        self.catalog = catalog
        self.detailCount = max(0, detailCount)
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

        var out =
            "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n"
        out +=
            "<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        out += "<meta name=\"generator\" content=\"breakeven\"/>\n"
        out += "<title>Breakeven report: \(file)</title>\n"
        out +=
            "<style>/*<![CDATA[*/\n" + ReportStyle.css
            + "/*]]>*/</style>\n</head>\n<body>\n<main>\n"

        out += "<header>\n<h1>Breakeven report</h1>\n<p class=\"meta\">\(file) · "
        out +=
            "\(NumberFormatting.grouped(Double(catalog.entries.count), decimals: 0)) SKU\(catalog.entries.count == 1 ? "" : "s")"
        if !catalog.rejected.isEmpty {
            out +=
                " · \(catalog.rejected.count) row\(catalog.rejected.count == 1 ? "" : "s") rejected (not shown)"
        }
        out += " · money per month in the catalog's currency unless marked per unit</p>\n"
        out += "<nav><a href=\"#portfolio\">Portfolio</a><a href=\"#skus\">All SKUs</a>"
        if !detailed.isEmpty { out += "<a href=\"#details\">Top \(detailed.count) in detail</a>" }
        out += "</nav>\n</header>\n"

        out += summary()

        out += "<section id=\"skus\">\n<h2>All SKUs</h2>\n"
        out +=
            "<p class=\"note\">Best saving first. Profit per model per month; break-even: units/month above "
            + "which STOCKED earns more than VIRTUAL. "
        out +=
            "<span class=\"script\" hidden=\"hidden\">Click a column title to sort by it.</span></p>\n"
        out += SKUTable(entries: ranked, anchors: anchors).html()
        out += "</section>\n"

        if !detailed.isEmpty {
            out += "<section id=\"details\">\n<h2>"
            out +=
                detailed.count == ranked.count
                ? "Every SKU in detail" : "The \(detailed.count) best savings in detail"
            out += "</h2>\n"
            for (index, entry) in detailed.enumerated() {
                out += SKUDetail(
                    evaluation: entry.evaluation, rank: index + 1, anchor: "sku-\(index + 1)"
                ).html()
            }
            out += "</section>\n"
        }
        out +=
            "<footer>Made by breakeven from \(file). The formulas behind every number: docs/decision-math.md.</footer>\n"
        out +=
            "</main>\n<script>//<![CDATA[\n" + ReportStyle.script
            + "\n//]]></script>\n</body>\n</html>\n"
        return out
    }

    // MARK: Portfolio

    private func summary() -> String {
        let summary = catalog.summary
        var out = "<section id=\"portfolio\">\n<h2>Portfolio</h2>\n<div class=\"cards\">\n"

        out += "<div class=\"card\">\n<h3>Monthly profit</h3>\n"
        out += "<p class=\"big\">\(NumberFormatting.money(summary.profitRecommended))</p>\n"
        out +=
            "<p>recommended, against \(NumberFormatting.money(summary.profitToday)) today: "
            + "<strong class=\"\(summary.saving >= 0 ? "up" : "down")\">\(Self.signed(summary.saving))</strong> a month"
        if summary.profitToday > 0 {
            out += " (\(Self.signed(summary.saving / summary.profitToday * 100, decimals: 0))%)"
        }
        out += "</p>\n"
        if summary.skusWithoutBaseline > 0 {
            out +=
                "<p class=\"note\">\(summary.skusWithoutBaseline) SKU\(summary.skusWithoutBaseline == 1 ? "" : "s") "
                + "without a VIRTUAL or current_model baseline are left out of today and the saving.</p>\n"
        }
        out += Self.todayAndRecommended(
            summary.profitToday, summary.profitRecommended, colour: "#1a7f37",
            title: "Monthly profit today and recommended")
        out += "</div>\n"

        out += "<div class=\"card\">\n<h3>Working capital</h3>\n"
        out += "<p class=\"big\">\(NumberFormatting.money(summary.workingCapitalRecommended))</p>\n"
        out +=
            "<p>tied up in stock on average when recommended, against "
            + "\(NumberFormatting.money(summary.workingCapitalToday)) today: "
            + "<strong>\(Self.signed(summary.workingCapitalRecommended - summary.workingCapitalToday))</strong></p>\n"
        out += Self.todayAndRecommended(
            summary.workingCapitalToday, summary.workingCapitalRecommended, colour: "#9a6700",
            title: "Working capital today and recommended")
        out += "</div>\n"

        out += "<div class=\"card\">\n<h3>SKUs per recommended model</h3>\n"
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
        ).svg().rendered(title: "SKUs per recommended model")
        out += "</div>\n"

        out += "<div class=\"card\">\n<h3>Stability and recommended model</h3>\n"
        out +=
            "<p class=\"note\">SKUs by XYZ class of demand (X: cv ≤ the X limit, 0.5 by default; Y: ≤ 1; Z above) "
            + "and the model recommended.</p>\n"
        out += StabilityTable(catalog.entries.map(\.evaluation)).html()
        out += "</div>\n"
        return out + "</div>\n</section>\n"
    }

    /// Two bars of money: today in grey, recommended in `colour`.
    static func todayAndRecommended(_ today: Double, _ recommended: Double, colour: String, title: String) -> String {
        BarChart([
            .init(label: "today", value: today, valueText: NumberFormatting.money(today), colour: "#8c959f"),
            .init(
                label: "recommended", value: recommended, valueText: NumberFormatting.money(recommended),
                colour: colour),
        ]).svg().rendered(title: title)
    }

    /// Money with its sign: `+1,234.50`, `−3.00`.
    static func signed(_ value: Double, decimals: Int = 2) -> String {
        let text = NumberFormatting.grouped(abs(value), decimals: decimals)
        if text.allSatisfy({ $0 == "0" || $0 == "." || $0 == "," }) { return text }
        return (value < 0 ? "\u{2212}" : "+") + text
    }
}
