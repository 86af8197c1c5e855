import Foundation

/// English words that Italian output must not hold: what `explain`, the
/// report and the charts write in English and translate. Names stay as they
/// are in both languages (models, XYZ classes, SKUs, the catalog's column
/// names such as `monthly_demand`), so a word is only found whole: not
/// inside a longer word ("margin" in "margine") or a snake_case name
/// ("delivery days" in "expected_delivery_days").
package enum Untranslated {
    /// English of `explain`'s text.
    package static let explain = [
        "Recommended", "cheapest", "today", "saving", "a month", "Demand", "units/month", "sd",
        "assumed Poisson", "months of history", "Flags", "none", "Why", "PER UNIT SOLD", "landed cost",
        "price kept after returns", "margin per unit", "units sold", "lost to delivery", "delivery days",
        "monthly profit", "working capital", "Stock policy", "no stock held", "order", "units", "safety stock",
        "reorder at", "fill rate", "lead time", "days", "holding", "per unit-year", "review every", "base stock",
        "of units from stock", "critical fractile", "ships virtually", "no model holds stock", "Break-even",
        "vs", "not available", "INPUT", "VALUE", "SOURCE", "row", "default", "derived", "never", "always",
        "line", "product", "inbound", "fees", "shipping", "storage", "capital", "ordering", "returns", "stable", "variable", "smooth",
        "lumpy", "erratic", "intermittent", "no_demand", "short_history", "late_delivery", "irregular_demand",
        "single_model", "unprofitable",
    ]

    /// English of the report and its charts.
    package static let report = [
        "Breakeven report", "SKUs", "rows rejected", "not shown", "money per month", "currency", "Portfolio",
        "All SKUs", "Top", "in detail", "Every SKU", "best savings", "Monthly profit", "Working capital",
        "recommended", "against", "today", "a month", "baseline", "left out", "tied up in stock",
        "SKUs per recommended model", "Stability", "XYZ class", "by default", "above", "Class", "Total",
        "Best saving first", "Profit per model", "break-even", "Break-even", "earns more", "Click", "sort",
        "Demand", "Today", "Recommended", "Saving", "Flags", "rank by saving", "units per month", "else",
        "minus today", "monthly profit", "demand", "units/month", "Why", "Break-even against VIRTUAL",
        "never earns more", "searched", "at any demand", "units sold", "landed cost", "margin", "per unit",
        "delivery days", "working capital", "Circles", "dotted line", "Both axes", "logarithmic", "log scale",
        "drawn linearly", "line by line", "dark tick", "price kept after returns", "gap", "Made by", "formulas",
        "monthly demand", "units", "never above VIRTUAL", "above VIRTUAL at any demand", "at", "landed",
        "product", "inbound", "fees", "shipping", "storage", "capital", "ordering", "returns", "stable",
        "variable", "smooth", "lumpy", "erratic", "intermittent", "short_history", "late_delivery",
        "irregular_demand", "single_model", "unprofitable", "no_demand", "Why", "the", "of", "and",
    ]

    /// English of `simulate`'s table and summary ("SE" left out: "se" is
    /// Italian for "if"; the Italian titles are checked one by one).
    package static let simulate = [
        "Analytic", "simulated", "monthly profit", "per model", "runs", "run", "months", "warm-up", "seed",
        "added until", "standard error", "tolerance", "up to", "percentiles", "FILL RATE", "share of demand",
        "served from stock", "recommended", "best", "when another", "REGRET", "same", "further", "largest",
        "revenue", "MODEL", "ANALYTIC", "SIMULATED", "AVG STOCK", "RUNS", "FLAGS", "cap", "Agreement",
        "share of SKUs", "within", "DEMAND", "ALL MODELS", "no history", "all", "pattern", "history",
        "seasonality", "not detected", "seasonal", "reached", "did not reach", "target", "a month", "in total",
        "regret", "above", "flagged", "model_risk", "smooth", "erratic", "intermittent", "lumpy", "No SKUs",
        "profit", "demand", "stock", "each", "the", "of", "and",
    ]

    /// English of what `report --simulate` adds: the portfolio's card, a
    /// detailed SKU's words and table rows, the chart's legend and caption
    /// ("all" left out: Italian writes "all'altro").
    package static let simulationReport = [
        "Checked by simulation", "Simulation", "simulation", "simulated", "regret", "runs", "run", "analytic",
        "standard error", "standard errors", "tolerance", "warm-up", "seed", "recommended", "earns", "earned",
        "same", "flagged", "cap", "All models", "no history", "model_risk", "a month", "of SKUs", "within",
        "figures", "shown", "changed", "alone", "target", "policy", "policies", "customer orders", "day by day",
        "Bars", "spread", "tick", "mean", "uncertainty", "SKUs", "Demand", "reached", "formulas", "taken",
        "further", "profit", "profits", "units sold", "the", "of", "and",
    ]

    /// English of `backtest`'s table.
    package static let backtest = [
        "Back-test", "each", "with at least", "months", "decided", "first", "later", "replayed", "every model",
        "policy", "recorded sales", "used as demand", "demand", "No warm-up", "starts", "day", "units on hand",
        "EARNED", "realised", "profit", "per month", "the mean of", "runs", "differ", "split", "customer orders",
        "buyers", "accept", "delivery promise", "REGRET", "regret", "best in hindsight", "minus", "recommended",
        "RECOMMENDED", "paired", "TODAY", "today", "MONTHS", "DEMAND", "MONTH", "BEST IN HINDSIGHT", "Total",
        "standard error", "Against", "everything", "difference", "set aside", "instead", "Not back-tested",
        "without", "listed", "less than", "No SKU", "needs", "the", "of", "and", "SKUs", "given in the row",
        "models", "was", "for",
    ]

    /// The entries of `words` that `text` holds as whole words, ignoring case.
    package static func found(_ words: [String], in text: String) -> [String] {
        words.filter { word in
            let pattern = "(?<![\\p{L}_])" + NSRegularExpression.escapedPattern(for: word) + "(?![\\p{L}_])"
            guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else {
                return true
            }
            return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        }
    }

    /// What a person reads on a page of markup: the text between the tags
    /// and the `title` attributes (hints), one piece a line; not the style
    /// sheet, the script, element names or classes.
    package static func readable(markup: String) -> String {
        var text = markup.replacing(/<style>.*?<\/style>/.dotMatchesNewlines(), with: "")
            .replacing(/<script>.*?<\/script>/.dotMatchesNewlines(), with: "")
        let titles = text.matches(of: /title="([^"]*)"/).map { String($0.output.1) }
        text = text.replacing(/<[^>]*>/, with: "\n")
        return ([text] + titles).joined(separator: "\n")
    }
}
