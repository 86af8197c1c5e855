import BreakevenCSV
import BreakevenCore

/// What the simulation found for one SKU of the report (`report --simulate`),
/// in words: the runs, the simulated profit of the recommended model with
/// its standard error, the regret, and whether `model_risk` was raised, in
/// which case the figures shown are the simulated ones. Also the rows it
/// adds to the SKU's table of models.
struct SimulationDetail {
    /// What the referee found.
    var verdict: RefereeVerdict
    /// How the SKU was simulated.
    var options: SimulationOptions
    /// The language of its words.
    var language: Language = .english

    private var it: Bool { language == .italian }

    /// The heading and the sentences, as XHTML.
    func html() -> String {
        var out =
            "<h4>\(language.pick("Checked by simulation", "Verificato con la simulazione"))</h4>\n"
        out += "<ul class=\"simulation\">\n"
        for sentence in sentences() { out += "<li>\(Markup.escaped(sentence))</li>\n" }
        return out + "</ul>\n"
    }

    /// Most runs a SKU may take: the cap.
    var cap: Int { max(4, options.minimumRuns, options.maximumRuns) }

    /// The sentences, in order: the runs, the recommended model's simulated
    /// profit, the regret, `model_risk`.
    func sentences() -> [String] {
        let analytic = verdict.analytic
        let runs = NumberFormatting.grouped(Double(analytic.runs), decimals: 0)
        var text =
            it
            ? "La politica di ogni modello è stata simulata giorno per giorno sugli stessi ordini casuali dei "
                + "clienti: \(runs) repliche di \(options.months) mesi dopo un periodo di avvio (seme \(options.seed))."
            : "Each model's policy was run day by day on the same random customer orders: \(runs) runs of "
                + "\(options.months) months after a warm-up (seed \(options.seed))."
        if analytic.reachedCap {
            let cap = NumberFormatting.grouped(Double(cap), decimals: 0)
            text +=
                it
                ? " Le repliche si sono fermate al limite di \(cap) prima che ogni errore standard scendesse a un "
                    + "terzo della tolleranza."
                : " The runs stopped at the cap of \(cap) before every standard error came down to a third of "
                    + "its tolerance."
        }
        var sentences = [text]
        sentences.append(recommendedSentence)
        if let regret = regretSentence { sentences.append(regret) }
        sentences.append(modelRiskSentence)
        return sentences
    }

    /// "HYBRID, recommended, earns 1,045.17 ± 4.48 a month in the simulation …"
    var recommendedSentence: String {
        let model = verdict.recommended
        guard let check = verdict.analytic[model] else {
            return it
                ? "\(model), consigliato, non è stato simulato."
                : "\(model), recommended, was not simulated."
        }
        let money = NumberFormatting.money
        let simulated =
            money(check.simulated.meanMonthlyProfit) + " ± " + money(check.simulated.standardError)
        let analytic = money(check.analytic.monthlyProfit)
        return it
            ? "\(model), consigliato, guadagna \(simulated) al mese nella simulazione (± un errore standard), "
                + "contro \(analytic) secondo il calcolo analitico."
            : "\(model), recommended, earns \(simulated) a month in the simulation (± one standard error), "
                + "against \(analytic) by the analytic formulas."
    }

    /// The regret of the recommendation shown; `nil` when it was not simulated.
    var regretSentence: String? {
        guard let regret = verdict.regret else { return nil }
        let model = verdict.recommended
        let money = NumberFormatting.money
        if regret.mean == 0 {
            return it
                ? "Rimpianto \(money(0)): nessun modello ha guadagnato più di \(model) sulle stesse repliche."
                : "Regret \(money(0)): no model earned more than \(model) on the same runs."
        }
        let amount = money(regret.mean) + " ± " + money(regret.standardError)
        return it
            ? "Rimpianto \(amount) al mese: tanto di più ha guadagnato \(regret.best) rispetto a \(model) "
                + "sulle stesse repliche."
            : "Regret \(amount) a month: \(regret.best) earned that much more than \(model) on the same runs."
    }

    /// Whether `model_risk` was raised, and what it changed.
    var modelRiskSentence: String {
        let analytic = verdict.analytic
        guard analytic.modelRisk else {
            return it
                ? "Nessun \(language.word(DecisionFlag.modelRisk)): il profitto analitico di ogni modello è entro la "
                    + "tolleranza + 3 errori standard dalla media simulata, quindi le cifre mostrate sono quelle "
                    + "analitiche."
                : "No \(language.word(DecisionFlag.modelRisk)): every model's analytic profit is within its "
                    + "tolerance + 3 standard errors of the simulated mean, so the figures shown are the analytic ones."
        }
        let money = NumberFormatting.money
        let off = analytic.checks.filter { !$0.agrees }.map { check in
            let simulated =
                money(check.simulated.meanMonthlyProfit) + " ± "
                + money(check.simulated.standardError)
            let printed = money(check.analytic.monthlyProfit)
            return it
                ? "\(check.analytic.model) (\(printed) analitico, \(simulated) simulato)"
                : "\(check.analytic.model) (\(printed) analytic, \(simulated) simulated)"
        }
        let list = Self.joined(off, and: language.pick(" and ", " e "))
        let plural = off.count > 1
        var text: String
        if it {
            text =
                "\(language.word(DecisionFlag.modelRisk).capitalizedFirst): "
                + (plural
                    ? "i profitti analitici di \(list) si discostano"
                    : "il profitto analitico di \(list) si discosta")
                + " dalla media simulata più della tolleranza + 3 errori standard, quindi i profitti e le unità "
                + "vendute mostrati per questo SKU sono le medie simulate e la raccomandazione è presa su di esse."
        } else {
            text =
                "\(language.word(DecisionFlag.modelRisk)): the analytic "
                + (plural ? "profits of \(list) are" : "profit of \(list) is")
                + " further from the simulated mean than the tolerance + 3 standard errors, so the profits and "
                + "units sold shown for this SKU are the simulated means, and the recommendation is taken on them."
        }
        if verdict.changedRecommendation {
            let before = analytic.recommended
            var regret = ""
            if let previous = analytic.regret {
                let amount = money(previous.mean) + " ± " + money(previous.standardError)
                regret =
                    it
                    ? ", con un rimpianto di \(amount) al mese"
                    : ", at a regret of \(amount) a month"
            }
            text +=
                it
                ? " Le cifre analitiche consigliavano \(before)\(regret)."
                : " The analytic figures recommended \(before)\(regret)."
        }
        return text
    }

    /// `a`, `a and b`, `a, b and c`.
    static func joined(_ items: [String], and: String) -> String {
        guard let last = items.last else { return "" }
        let head = items.dropLast()
        return head.isEmpty ? last : head.joined(separator: ", ") + and + last
    }

    /// The rows the simulation adds to the table of models, one number a
    /// cell so the table keeps its width: the simulated profit, its standard
    /// error, P10 and P90, and, when the figures shown are the simulated
    /// ones, the analytic profit; "—" for a model not simulated.
    func modelRows() -> [(title: String, value: (ModelEvaluation) -> String)] {
        let money = NumberFormatting.money
        let verdict = self.verdict
        func simulated(
            _ value: @escaping (ModelSimulation) -> Double
        ) -> (ModelEvaluation) -> String {
            { model in verdict[model.model].map { money(value($0)) } ?? "—" }
        }
        var rows: [(title: String, value: (ModelEvaluation) -> String)] = [
            (
                language.pick("simulated profit", "profitto simulato"),
                simulated(\.meanMonthlyProfit)
            ),
            (language.pick("standard error", "errore standard"), simulated(\.standardError)),
            (language.pick("simulated P10", "P10 simulato"), simulated(\.p10)),
            (language.pick("simulated P90", "P90 simulato"), simulated(\.p90)),
        ]
        if verdict.modelRisk {
            rows.append(
                (
                    language.pick("analytic profit", "profitto analitico"),
                    { model in
                        verdict.analytic[model.model].map { money($0.analytic.monthlyProfit) }
                            ?? "—"
                    }
                ))
        }
        return rows
    }
}

extension String {
    /// The string with its first letter in capitals.
    fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
