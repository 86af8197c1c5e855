import BreakevenCore
import BreakevenCSV

/// The report's table of every SKU, best saving first, as XHTML: the rank
/// table's columns plus the stability class and the demand. Its header
/// cells sort the table when the page's script runs; without it the table
/// still reads in rank order.
struct SKUTable {
    /// The entries, in the order shown.
    var entries: [CatalogEvaluation.Entry]
    /// The anchor of each SKU shown in detail, by SKU.
    var anchors: [String: String]
    /// The language of its words.
    var language: Language = .english
    /// Whether the rows are ranked by saving (else in file order, and the
    /// first column is the row's position in the file).
    var ranked = true

    /// The column titles, whether each holds text (aligned left) and the
    /// hint shown over its title, in `language`.
    static func titles(_ language: Language) -> [(title: String, text: Bool, hint: String)] {
        let profit = language.pick("monthly profit", "profitto mensile")
        return [
            ("#", false, language.pick("rank by saving", "posizione per risparmio")),
            ("SKU", true, ""),
            (
                language.pick("Class", "Classe"), true,
                language.pick(
                    "XYZ class of demand: X stable, Y variable, Z volatile",
                    "classe XYZ della domanda: X stabile, Y variabile, Z volatile")
            ),
            (language.pick("Demand", "Domanda"), false, language.pick("units per month", "unità al mese")),
            (language.pick("Today", "Oggi"), true, language.pick("current_model, else VIRTUAL", "current_model, altrimenti VIRTUAL")),
            (language.pick("Recommended", "Consigliato"), true, ""),
            ("VIRTUAL", false, profit),
            ("STOCKED", false, profit),
            ("MARKETPLACE", false, profit),
            ("HYBRID", false, profit),
            (
                language.pick("Saving", "Risparmio"), false,
                language.pick("recommended minus today, per month", "consigliato meno oggi, al mese")
            ),
            (
                language.pick("Break-even", "Pareggio"), false,
                language.pick(
                    "units/month above which STOCKED earns more than VIRTUAL",
                    "unità/mese sopra le quali STOCKED guadagna più di VIRTUAL")
            ),
            (language.pick("Flags", "Avvisi"), true, ""),
        ]
    }

    /// The `<table>` element. Cells carry no attributes beyond what they
    /// need, so 10,000 rows stay near 2 MB.
    func html() -> String {
        var out = start()
        out.reserveCapacity(entries.count * 240)
        for (index, entry) in entries.enumerated() {
            out += row(index + 1, entry.evaluation)
        }
        return out + end()
    }

    /// The table up to its first row.
    func start() -> String {
        var titles = Self.titles(language)
        if !ranked { titles[0].hint = language.pick("position in the file", "posizione nel file") }
        var out = "<div class=\"wide\"><table class=\"skus sortable\">\n<thead><tr>"
        for column in titles {
            var attributes: [(String, String)] = [("scope", "col")]
            if column.text { attributes.append(("class", "text")) }
            if !column.hint.isEmpty { attributes.append(("title", column.hint)) }
            out += Markup.tag("th", attributes) + Markup.escaped(column.title) + "</th>"
        }
        return out + "</tr></thead>\n<tbody>\n"
    }

    /// The table after its last row.
    func end() -> String { "</tbody>\n</table></div>\n" }

    /// One SKU's row; `rank` is its place in the table.
    func row(_ rank: Int, _ evaluation: SKUEvaluation) -> String { row(rank, cells: cells(evaluation)) }

    /// A row from its place in the table and the rest of its ``cells(_:)``.
    func row(_ rank: Int, cells: String) -> String { "<tr><td>\(rank)</td>" + cells }

    /// One SKU's row after its place in the table, to the end of the row.
    func cells(_ evaluation: SKUEvaluation) -> String {
        let decision = evaluation.decision
        let sku = Markup.escaped(evaluation.sku)
        var out = "<td class=\"text\">"
        if let anchor = anchors[evaluation.sku] {
            out += "<a href=\"#\(anchor)\">\(sku)</a>"
        } else {
            out += sku
        }
        out += "</td><td class=\"text\">\(decision.stability)</td>"
        out += "<td>\(NumberFormatting.quantity(evaluation.terms.demand.mean))</td>"
        out += "<td class=\"text\">\(decision.baseline)</td>"
        out += "<td class=\"text m-\(decision.recommended.rawValue)\">\(decision.recommended)</td>"
        for model in FulfilmentModel.allCases {
            out +=
                "<td>" + (evaluation[model].map { NumberFormatting.money($0.monthlyProfit) } ?? "—")
                + "</td>"
        }
        out += "<td>" + (decision.saving.map(NumberFormatting.money) ?? "—") + "</td>"
        out += "<td>" + RankTable.volume(evaluation.breakEven[.stocked], language) + "</td>"
        out +=
            "<td class=\"text flags\">" + language.words(decision.flags, separator: " ")
            + "</td>"
        return out + "</tr>\n"
    }
}
