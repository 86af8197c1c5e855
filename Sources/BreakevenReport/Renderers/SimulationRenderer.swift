import BreakevenCSV
import BreakevenCore

/// Renders `simulate`: per SKU and model the analytic monthly profit beside
/// the simulated one (with its standard error, percentiles, fill rate and
/// average stock), the regret of the recommendation and `model_risk`; then
/// the catalog's summary. A table for people (English or Italian), CSV and
/// JSON with the names of MODEL.md §7.
package struct SimulationRenderer: Sendable {
    /// One simulated SKU.
    package struct Row: Sendable {
        /// The 1-based line of its input row.
        package var line: Int
        /// What the simulation says about it.
        package var verdict: SimulationVerdict

        /// A row.
        package init(line: Int, verdict: SimulationVerdict) {
            self.line = line
            self.verdict = verdict
        }
    }

    /// The rows, in file order.
    package var rows: [Row]
    /// The options the SKUs were simulated with (months, seed, runs).
    package var options: SimulationOptions
    /// The language of the table.
    package var language: Language
    /// The catalog's summary, added up in file order.
    package var summary: SimulationSummary

    /// A renderer of `rows` simulated under `options`.
    package init(_ rows: [Row], options: SimulationOptions, language: Language = .english) {
        self.rows = rows
        self.options = options
        self.language = language
        summary = SimulationSummary(rows.map(\.verdict))
    }

    // MARK: Columns (CSV and JSON)

    /// One output cell.
    enum Cell: Sendable {
        /// A number, text, list or nothing.
        case value(OutputValue)
        /// true or false.
        case bool(Bool)

        var json: JSONValue {
            switch self {
            case .value(let value): return value.json
            case .bool(let flag): return .bool(flag)
            }
        }

        func csvText(decimalMark: Character) -> String {
            switch self {
            case .value(let value): return value.csvText(decimalMark: decimalMark)
            case .bool(let flag): return flag ? "true" : "false"
            }
        }
    }

    /// One named output.
    struct Column: Sendable {
        var name: String
        var value: @Sendable (SimulationVerdict) -> Cell
    }

    /// The flag names of a verdict, as in the `flags` output.
    static func flags(_ verdict: SimulationVerdict) -> [String] {
        verdict.modelRisk ? [modelRiskName] : []
    }

    /// The name of the flag of a SKU whose analytic figures are off the simulation.
    package static let modelRiskName = "model_risk"

    /// The outputs, in order: the SKU, then per model (MODEL.md §7)
    /// `M_profit` (analytic), `M_sim_profit`, `M_sim_se`, `M_sim_tolerance`,
    /// `M_profit_p10`, `M_profit_p50`, `M_profit_p90`, the analytic
    /// `M_fill_rate` (STOCKED, MARKETPLACE), `M_sim_fill_rate`,
    /// `M_sim_average_stock`; then the regret, the runs and the flags.
    static let columns: [Column] = {
        var columns = [
            Column(name: "sku") { .value(.text($0.sku)) },
            Column(name: "recommended") { .value(.text($0.recommended.description)) },
            Column(name: "demand_pattern") { v in
                .value(v.pattern.map { .text($0.description) } ?? .missing)
            },
        ]
        for model in FulfilmentModel.allCases {
            let name = model.rawValue
            func simulated(
                _ value: @escaping @Sendable (ModelSimulation) -> Double?
            ) -> @Sendable (SimulationVerdict) -> Cell {
                { .value(.optional($0[model].flatMap { value($0.simulated) })) }
            }
            columns += [
                Column(name: "\(name)_profit") {
                    .value(.optional($0[model]?.analytic.monthlyProfit))
                },
                Column(name: "\(name)_sim_profit", value: simulated(\.meanMonthlyProfit)),
                Column(name: "\(name)_sim_se", value: simulated(\.standardError)),
                Column(name: "\(name)_sim_tolerance", value: simulated(\.tolerance)),
                Column(name: "\(name)_profit_p10", value: simulated(\.p10)),
                Column(name: "\(name)_profit_p50", value: simulated(\.p50)),
                Column(name: "\(name)_profit_p90", value: simulated(\.p90)),
            ]
            if model == .stocked || model == .marketplace {
                columns.append(
                    Column(name: "\(name)_fill_rate") {
                        .value(.optional($0[model]?.analyticFillRate))
                    })
            }
            columns += [
                Column(name: "\(name)_sim_fill_rate", value: simulated(\.fillRate)),
                Column(name: "\(name)_sim_average_stock") { verdict in
                    .value(
                        .optional(
                            verdict[model].flatMap {
                                $0.simulated.fillRate == nil ? nil : $0.simulated.averageStock
                            }))
                },
            ]
        }
        columns += [
            Column(name: "simulated_best") { v in
                .value(v.regret.map { .text($0.best.description) } ?? .missing)
            },
            Column(name: "regret") { .value(.optional($0.regret?.mean)) },
            Column(name: "regret_se") { .value(.optional($0.regret?.standardError)) },
            Column(name: "runs") { .value(.number(Double($0.runs))) },
            Column(name: "reached_cap") { .bool($0.reachedCap) },
            Column(name: "flags") { .value(.list(flags($0), separator: "|")) },
        ]
        return columns
    }()

    /// The CSV and JSON names, in order.
    package static var columnNames: [String] { columns.map(\.name) }

    // MARK: CSV

    /// A header, then one record per SKU, numbers with full precision in `dialect`.
    package func csv(dialect: CSVDialect = .plain) -> String {
        let writer = CSVWriter(delimiter: dialect.delimiter.character)
        let mark = dialect.decimalMark.character
        var text = writer.record(Self.columnNames)
        for row in rows {
            text += writer.record(
                Self.columns.map { $0.value(row.verdict).csvText(decimalMark: mark) })
        }
        return text
    }

    // MARK: JSON

    /// `{file, counts, rows, summary}`: the rows with the CSV names (and their
    /// line), `null` where a model was not simulated; the summary's shares
    /// `null` where they have no SKUs.
    package func json(file: String, outcome: RankPipeline.Outcome) -> String {
        let counts = JSONValue.object([
            ("rows_read", .int(outcome.rowsRead)), ("rows_simulated", .int(outcome.ranked)),
            ("rows_rejected", .int(outcome.rejected.count)),
            ("rows_left_out", .int(outcome.leftOut)),
        ])
        let objects = rows.map { row in
            JSONValue.object(
                [("line", .int(row.line))]
                    + Self.columns.map { ($0.name, $0.value(row.verdict).json) })
        }
        return JSONValue.object([
            ("file", .string(file)), ("counts", counts), ("rows", .array(objects)),
            ("summary", summaryJSON),
        ]).rendered() + "\n"
    }

    /// The summary as JSON.
    var summaryJSON: JSONValue {
        func share(_ value: Double?) -> JSONValue { value.map(JSONValue.number) ?? .null }
        func agreement(_ agreement: SimulationSummary.Agreement) -> JSONValue {
            .object([
                ("skus", .int(agreement.skus)),
                ("all_models_within", .int(agreement.allWithin)),
                ("all_models_share", share(agreement.allShare)),
                (
                    "models",
                    .object(
                        FulfilmentModel.allCases.map { model in
                            (
                                model.rawValue,
                                .object([
                                    ("checked", .int(agreement.checked[model] ?? 0)),
                                    ("within", .int(agreement.within[model] ?? 0)),
                                    ("share", share(agreement.share(model))),
                                ])
                            )
                        })
                ),
            ])
        }
        var groups: [(String, JSONValue)] = [("all", agreement(summary.overall))]
        for group in SimulationSummary.Group.allCases {
            groups.append((Self.name(group), agreement(summary.byGroup[group] ?? .init())))
        }
        return .object([
            ("seed", .number(Double(options.seed))),
            ("months", .int(options.months)),
            ("minimum_runs", .int(max(4, options.minimumRuns))),
            ("maximum_runs", .int(max(4, options.minimumRuns, options.maximumRuns))),
            ("sku_count", .int(summary.skuCount)),
            ("reached_cap", .int(summary.reachedCap)),
            ("reached_cap_share", share(summary.reachedCapShare)),
            ("agreement", .object(groups)),
            ("total_regret", .number(summary.totalRegret)),
            ("total_regret_se", .number(summary.totalRegretStandardError)),
            ("recommended_sim_profit", .number(summary.recommendedProfit)),
            ("regret_share", share(summary.regretShare)),
            ("regret_above_tolerance", .int(summary.regretAboveTolerance)),
            ("regret_above_tolerance_unflagged", .int(summary.regretAboveToleranceUnflagged)),
        ])
    }

    /// The machine name of a pattern group: the pattern, or `no_history`.
    static func name(_ group: SimulationSummary.Group) -> String {
        group.pattern?.description ?? "no_history"
    }

    // MARK: Table

    /// The widest SKU shown in the table, in characters.
    static let skuWidth = 28

    /// The table for people: a legend, one line per SKU and model, then the summary.
    package func table() -> String {
        var text = legend + "\n\n"
        if rows.isEmpty {
            text += language.pick("No SKUs.\n", "Nessuno SKU.\n")
        } else {
            text += skuTable().rendered()
        }
        return text + "\n" + summaryText()
    }

    private var it: Bool { language == .italian }

    /// What the run did and what the columns mean.
    var legend: String {
        let cap = NumberFormatting.grouped(
            Double(max(4, options.minimumRuns, options.maximumRuns)), decimals: 0)
        let months = options.months
        let seed = String(options.seed)
        var lines: [String] = []
        if fixedRuns {
            let runs = NumberFormatting.grouped(Double(max(4, options.minimumRuns)), decimals: 0)
            lines.append(
                it
                    ? "Profitto mensile analitico e simulato per modello: \(runs) repliche per SKU di \(months) "
                        + "mesi ciascuna dopo un periodo di avvio, seme \(seed)."
                    : "Analytic and simulated monthly profit per model: \(runs) runs per SKU of \(months) "
                        + "months each after a warm-up, seed \(seed).")
        } else {
            lines.append(
                it
                    ? "Profitto mensile analitico e simulato per modello: repliche di \(months) mesi dopo un "
                        + "periodo di avvio, seme \(seed),\naggiunte finché ogni errore standard è al più un terzo "
                        + "della tolleranza, fino a \(cap) repliche."
                    : "Analytic and simulated monthly profit per model: runs of \(months) months after a warm-up, "
                        + "seed \(seed),\nadded until every standard error is at most a third of the tolerance, "
                        + "up to \(cap) runs.")
        }
        lines.append(
            it
                ? "ES: errore standard della media simulata. P10, P50, P90: percentili del profitto mensile di una "
                    + "replica.\nEVASIONE: quota della domanda servita dal magazzino, simulata (analitica). "
                    + "* consigliato; + il migliore simulato, se è un altro."
                : "SE: standard error of the simulated mean. P10, P50, P90: percentiles of a run's monthly "
                    + "profit.\nFILL RATE: share of demand served from stock, simulated (analytic). "
                    + "* recommended; + the best simulated, when another.")
        lines.append(
            it
                ? "RIMPIANTO: profitto simulato del modello migliore meno quello del consigliato, sulle stesse "
                    + "repliche, ± il suo ES."
                : "REGRET: the best model's simulated profit minus the recommended one's, on the same runs, "
                    + "± its SE.")
        lines.append(
            it
                ? "\(modelRiskWord): il profitto analitico si discosta dalla media simulata più della tolleranza\n"
                    + "(il maggiore tra il 2% del profitto, lo 0.5% dei ricavi e 1) + 3 ES."
                : "\(modelRiskWord): the analytic profit is further from the simulated mean than the tolerance\n"
                    + "(the largest of 2% of the profit, 0.5% of revenue and 1) + 3 SE.")
        return lines.joined(separator: "\n")
    }

    /// Whether every SKU had the same number of runs (`--runs`).
    var fixedRuns: Bool { options.maximumRuns <= max(4, options.minimumRuns) }

    /// `model_risk` for people.
    var modelRiskWord: String { language.pick(Self.modelRiskName, "rischio di modello") }

    /// One line per SKU and simulated model.
    func skuTable() -> TextTable {
        var table = TextTable(
            titles: [
                "SKU", language.pick("MODEL", "MODELLO"), language.pick("ANALYTIC", "ANALITICO"),
                language.pick("SIMULATED", "SIMULATO"), language.pick("SE", "ES"), "P10", "P50",
                "P90",
                language.pick("FILL RATE", "EVASIONE"), language.pick("AVG STOCK", "SCORTA MEDIA"),
                language.pick("RUNS", "REPLICHE"), language.pick("REGRET", "RIMPIANTO"),
                language.pick("FLAGS", "AVVISI"),
            ],
            alignments: [
                .left, .left, .right, .right, .right, .right, .right, .right, .right, .right,
                .right, .right, .left,
            ])
        let money = NumberFormatting.money
        for row in rows {
            let verdict = row.verdict
            var first = true
            for check in verdict.checks {
                let model = check.analytic.model
                let simulated = check.simulated
                var name = model.description
                if model == verdict.recommended { name += " *" }
                if let best = verdict.regret?.best, best != verdict.recommended, best == model {
                    name += " +"
                }
                var fill = "—"
                var stock = "—"
                if let rate = simulated.fillRate {
                    fill = NumberFormatting.percent(rate, decimals: 1)
                    if let analytic = check.analyticFillRate {
                        fill += " (" + NumberFormatting.percent(analytic, decimals: 1) + ")"
                    }
                    stock = NumberFormatting.quantity(simulated.averageStock)
                }
                var runs = ""
                var regret = ""
                if first {
                    runs = NumberFormatting.grouped(Double(verdict.runs), decimals: 0)
                    if verdict.reachedCap { runs += language.pick(" cap", " limite") }
                    regret =
                        verdict.regret.map { regret in
                            regret.mean == 0
                                ? money(0)
                                : money(regret.mean) + " ± " + money(regret.standardError)
                        } ?? "—"
                }
                table.rows.append([
                    first ? TextTable.truncated(verdict.sku, to: Self.skuWidth) : "", name,
                    money(check.analytic.monthlyProfit), money(simulated.meanMonthlyProfit),
                    money(simulated.standardError), money(simulated.p10), money(simulated.p50),
                    money(simulated.p90),
                    fill, stock, runs, regret, check.agrees ? "" : modelRiskWord,
                ])
                first = false
            }
            if first {  // no model simulated
                table.rows.append(
                    [TextTable.truncated(verdict.sku, to: Self.skuWidth)]
                        + Array(repeating: "—", count: 10) + ["", ""])
            }
        }
        return table
    }

    /// The catalog's summary: agreement per pattern, the cap, the regret.
    func summaryText() -> String {
        let percent = { (share: Double?) in
            share.map { NumberFormatting.percent($0, decimals: 1) } ?? "—"
        }
        var text =
            it
            ? "Accordo: quota degli SKU il cui profitto analitico è entro la tolleranza + 3 ES dalla media simulata\n"
            : "Agreement: share of SKUs whose analytic profit is within the tolerance + 3 SE of the simulated mean\n"
        var table = TextTable(
            titles: [language.pick("DEMAND", "DOMANDA"), "SKU"]
                + FulfilmentModel.allCases.map(\.description)
                + [language.pick("ALL MODELS", "TUTTI I MODELLI")],
            alignments: [.left, .right, .right, .right, .right, .right, .right])
        func cells(_ label: String, _ agreement: SimulationSummary.Agreement) -> [String] {
            [label, NumberFormatting.grouped(Double(agreement.skus), decimals: 0)]
                + FulfilmentModel.allCases.map { percent(agreement.share($0)) } + [
                    percent(agreement.allShare)
                ]
        }
        for group in SimulationSummary.Group.allCases {
            guard let agreement = summary.byGroup[group], agreement.skus > 0 else { continue }
            let label =
                group.pattern.map(language.word) ?? language.pick("no history", "senza storico")
            table.rows.append(cells(label, agreement))
        }
        table.footer = [cells(language.pick("all", "tutti"), summary.overall)]
        text += table.rendered()
        text +=
            it
            ? "Andamento della domanda dallo storico (Syntetos–Boylan); la stagionalità non è riconosciuta, "
                + "quindi gli SKU stagionali sono contati nel loro andamento.\n"
            : "Demand pattern from the history (Syntetos–Boylan); seasonality is not detected, so seasonal SKUs "
                + "count under their pattern.\n"
        text += "\n" + capLine() + regretLine()
        return text
    }

    /// "Cap: 3 of 28 SKUs (10.7%) reached 2,000 runs before the target standard error."
    func capLine() -> String {
        let count = summary.reachedCap
        let of = NumberFormatting.grouped(Double(summary.skuCount), decimals: 0)
        let share = summary.reachedCapShare.map { NumberFormatting.percent($0, decimals: 1) } ?? "—"
        let runs = NumberFormatting.grouped(
            Double(max(4, options.minimumRuns, options.maximumRuns)), decimals: 0)
        let counted = "\(NumberFormatting.grouped(Double(count), decimals: 0))"
        if fixedRuns {
            return it
                ? "Limite: \(counted) SKU su \(of) (\(share)) non raggiung\(count == 1 ? "e" : "ono") l'errore standard voluto in \(runs) repliche.\n"
                : "Cap: \(counted) of \(of) SKU\(summary.skuCount == 1 ? "" : "s") (\(share)) "
                    + "did not reach the target standard error in \(runs) runs.\n"
        }
        return it
            ? "Limite: \(counted) SKU su \(of) (\(share)) \(count == 1 ? "ha" : "hanno") raggiunto \(runs) repliche prima dell'errore "
                + "standard voluto.\n"
            : "Cap: \(counted) of \(of) SKU\(summary.skuCount == 1 ? "" : "s") (\(share)) "
                + "reached \(runs) runs before the target standard error.\n"
    }

    /// "Regret: 123.45 ± 2.10 a month in total, 0.8% of the recommendations' simulated profit (15,432.10); …"
    func regretLine() -> String {
        let money = NumberFormatting.money
        let total = money(summary.totalRegret) + " ± " + money(summary.totalRegretStandardError)
        let profit = money(summary.recommendedProfit)
        let above = NumberFormatting.grouped(Double(summary.regretAboveTolerance), decimals: 0)
        let unflagged = NumberFormatting.grouped(
            Double(summary.regretAboveToleranceUnflagged), decimals: 0)
        var text: String
        if it {
            text = "Rimpianto: \(total) al mese in totale"
            text +=
                summary.regretShare.map {
                    ", il \(NumberFormatting.percent($0, decimals: 2)) del profitto simulato dei consigliati (\(profit))"
                } ?? " (profitto simulato dei consigliati \(profit))"
            text +=
                "; SKU con un rimpianto oltre la tolleranza: \(above) (\(unflagged) senza \(modelRiskWord)).\n"
        } else {
            text = "Regret: \(total) a month in total"
            text +=
                summary.regretShare.map {
                    ", \(NumberFormatting.percent($0, decimals: 2)) of the recommendations' simulated profit (\(profit))"
                } ?? " (the recommendations' simulated profit: \(profit))"
            text +=
                "; SKUs with a regret above their tolerance: \(above) (\(unflagged) not flagged \(modelRiskWord)).\n"
        }
        return text
    }
}
