import BreakevenCSV
import BreakevenCore

/// The portfolio's card "Checked by simulation" (`report --simulate`): the
/// share of SKUs whose every model agrees with the simulation, the agreement
/// per model and demand pattern, the SKUs flagged `model_risk`, the total
/// regret of the recommendations shown (money a month and share of their
/// simulated profit) beside that of the analytic ones, the SKUs at the cap,
/// and what regret means.
struct SimulationCard {
    /// The referee verdicts added up.
    var summary: RefereeSummary
    /// How the SKUs were simulated.
    var options: SimulationOptions
    /// The language of its words.
    var language: Language = .english

    private var it: Bool { language == .italian }

    /// Most runs a SKU may take: the cap.
    var cap: Int { max(4, options.minimumRuns, options.maximumRuns) }

    /// The card, a `<div class="card">` spanning the row.
    func html() -> String {
        let agreement = summary.analytic.overall
        let count = { (value: Int) in NumberFormatting.grouped(Double(value), decimals: 0) }
        var out = "<div class=\"card simulation\" id=\"simulation\">\n<h3>"
        out += language.pick("Checked by simulation", "Verificato con la simulazione") + "</h3>\n"
        out += "<p class=\"big\">\(percent(agreement.allShare))</p>\n"
        let within = count(agreement.allWithin)
        let skus = count(agreement.skus)
        let flagged = count(summary.flagged)
        let changed = count(summary.changed)
        let risk = language.word(DecisionFlag.modelRisk)
        out +=
            "<p>"
            + (it
                ? "degli SKU con il profitto analitico di ogni modello entro la tolleranza + 3 errori standard "
                    + "dalla simulazione (\(within) su \(skus)). <strong>\(flagged)</strong> con \(risk) mostrano le "
                    + "cifre simulate; per \(changed) di questi la raccomandazione è cambiata."
                : "of SKUs with every model's analytic profit within its tolerance + 3 standard errors of the "
                    + "simulation (\(within) of \(skus)). <strong>\(flagged)</strong> flagged \(risk) show their "
                    + "simulated figures; for \(changed) of them the recommendation changed.")
            + "</p>\n"
        out += agreementTable()
        out += "<p>" + regretText() + "</p>\n"
        out += "<p>" + capText() + "</p>\n"
        out += "<p class=\"note\">" + Markup.escaped(howText()) + "</p>\n"
        return out + "</div>\n"
    }

    /// A share for people, "—" when there is none.
    private func percent(_ share: Double?) -> String {
        share.map { NumberFormatting.percent($0, decimals: 1) } ?? "—"
    }

    /// The share of SKUs in agreement per demand pattern (rows) and model
    /// (columns), every model at the end, all SKUs in the footer.
    func agreementTable() -> String {
        let titles =
            [language.pick("Demand", "Domanda"), "SKU"]
            + FulfilmentModel.allCases.map(\.description)
            + [language.pick("All models", "Tutti i modelli")]
        var out = "<table class=\"cross agreement\">\n<thead><tr>"
        for title in titles { out += "<th scope=\"col\">\(Markup.escaped(title))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        func cells(_ label: String, _ agreement: SimulationSummary.Agreement) -> String {
            "<td>\(Markup.escaped(label))</td><td>\(NumberFormatting.grouped(Double(agreement.skus), decimals: 0))</td>"
                + FulfilmentModel.allCases.map { "<td>\(percent(agreement.share($0)))</td>" }
                .joined()
                + "<td>\(percent(agreement.allShare))</td>"
        }
        for group in SimulationSummary.Group.allCases {
            guard let agreement = summary.analytic.byGroup[group], agreement.skus > 0 else {
                continue
            }
            let label =
                group.pattern.map(language.word) ?? language.pick("no history", "senza storico")
            out += "<tr>" + cells(label, agreement) + "</tr>\n"
        }
        out +=
            "</tbody>\n<tfoot><tr>" + cells(language.pick("all", "tutti"), summary.analytic.overall)
        return out + "</tr></tfoot>\n</table>\n"
    }

    /// The regret of the recommendations shown, and of the analytic ones.
    func regretText() -> String {
        let money = NumberFormatting.money
        let shown = summary.shown
        let analytic = summary.analytic
        let total =
            "<strong>" + money(shown.totalRegret) + " ± " + money(shown.totalRegretStandardError)
            + "</strong>"
        let profit = money(shown.recommendedProfit)
        let before = money(analytic.totalRegret) + " ± " + money(analytic.totalRegretStandardError)
        var text: String
        if it {
            text = "Rimpianto dei modelli consigliati: \(total) al mese"
            text +=
                shown.regretShare.map {
                    ", il \(NumberFormatting.percent($0, decimals: 2)) del loro profitto simulato (\(profit))"
                } ?? " (loro profitto simulato: \(profit))"
            text += "; con le sole cifre analitiche sarebbe \(before)"
            text +=
                analytic.regretShare.map { " (\(NumberFormatting.percent($0, decimals: 2)))" } ?? ""
        } else {
            text = "Regret of the recommendations: \(total) a month"
            text +=
                shown.regretShare.map {
                    ", \(NumberFormatting.percent($0, decimals: 2)) of their simulated profit (\(profit))"
                } ?? " (their simulated profit: \(profit))"
            text += "; with the analytic figures alone it would be \(before)"
            text +=
                analytic.regretShare.map { " (\(NumberFormatting.percent($0, decimals: 2)))" } ?? ""
        }
        return text + "."
    }

    /// How many SKUs reached the cap of runs.
    func capText() -> String {
        let count = NumberFormatting.grouped(Double(summary.analytic.reachedCap), decimals: 0)
        let of = NumberFormatting.grouped(Double(summary.skuCount), decimals: 0)
        let share = percent(summary.analytic.reachedCapShare)
        let runs = NumberFormatting.grouped(Double(cap), decimals: 0)
        return it
            ? "Al limite: \(count) SKU su \(of) (\(share)) \(summary.analytic.reachedCap == 1 ? "ha" : "hanno") raggiunto \(runs) repliche prima dell'errore "
                + "standard voluto."
            : "At the cap: \(count) of \(of) SKU\(summary.skuCount == 1 ? "" : "s") (\(share)) reached \(runs) "
                + "runs before the target standard error."
    }

    /// How the SKUs were simulated, and what regret means.
    func howText() -> String {
        let runs = NumberFormatting.grouped(Double(cap), decimals: 0)
        return it
            ? "Le politiche di ogni SKU sono simulate giorno per giorno sugli stessi ordini casuali dei clienti "
                + "(seme \(options.seed)): repliche di \(options.months) mesi dopo un periodo di avvio, aggiunte "
                + "finché ogni errore standard è al più un terzo della tolleranza, il massimo tra 2% del profitto, "
                + "0.5% dei ricavi e 1, fino a \(runs). Il rimpianto è il profitto simulato del modello migliore "
                + "meno quello del consigliato, sulle stesse repliche: quanto costa al mese seguire la "
                + "raccomandazione invece della politica migliore trovata dalla simulazione."
            : "Each SKU's policies are run day by day on the same random customer orders (seed \(options.seed)): "
                + "runs of \(options.months) months after a warm-up, added until every standard error is at most "
                + "a third of the tolerance, the largest of 2% of the profit, 0.5% of revenue and 1, up to \(runs). "
                + "Regret is the simulated profit of the best model minus the recommended one's, on the same runs: "
                + "what following the recommendation costs a month against the best policy the simulation found."
    }
}
