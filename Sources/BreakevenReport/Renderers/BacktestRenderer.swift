import BreakevenCSV
import BreakevenCore

/// Renders a back-test (``Backtest``): per SKU the recommendation taken on
/// the first months of its history and what it earned over the months after
/// them, against the best model in hindsight, VIRTUAL and today's model; the
/// totals; the SKUs not back-tested. A table for people (English or Italian),
/// CSV and JSON with full precision (English keys and machine values).
package struct BacktestRenderer: Sendable {
    /// A SKU not back-tested, with the line of its row.
    package struct Skipped: Sendable, Equatable {
        /// The 1-based line of the row.
        package var line: Int
        /// The SKU.
        package var sku: String
        /// Why.
        package var reason: BacktestSkip

        /// A skipped SKU.
        package init(line: Int, sku: String, reason: BacktestSkip) {
            self.line = line
            self.sku = sku
            self.reason = reason
        }
    }

    /// How the rows of the file were counted: rows read = back-tested +
    /// skipped + rejected + left out.
    package struct Counts: Sendable, Equatable {
        /// Data rows read.
        package var rowsRead: Int
        /// SKUs back-tested.
        package var backTested: Int
        /// SKUs accepted but not back-tested (history missing or too short).
        package var skipped: Int
        /// Rows rejected for bad values.
        package var rejected: Int
        /// Rows left out by `--only`.
        package var leftOut: Int

        /// Counts; see the properties.
        package init(rowsRead: Int, backTested: Int, skipped: Int, rejected: Int, leftOut: Int) {
            self.rowsRead = rowsRead
            self.backTested = backTested
            self.skipped = skipped
            self.rejected = rejected
            self.leftOut = leftOut
        }
    }

    /// The file name shown.
    package var file: String
    /// How the SKUs were back-tested.
    package var plan: Backtest.Plan
    /// The SKUs back-tested, in file order.
    package var rows: [SKUBacktest]
    /// The SKUs not back-tested, in file order.
    package var skipped: [Skipped]
    /// The counts.
    package var counts: Counts
    /// The totals of ``rows``.
    package var totals: BacktestTotals
    /// The language of the table.
    package var language: Language

    /// A renderer; the totals are those of `rows`.
    package init(
        file: String, plan: Backtest.Plan, rows: [SKUBacktest], skipped: [Skipped], counts: Counts,
        language: Language = .english
    ) {
        self.file = file
        self.plan = plan
        self.rows = rows
        self.skipped = skipped
        self.counts = counts
        self.totals = BacktestTotals(rows)
        self.language = language
    }

    // MARK: Table

    /// The table's column titles.
    package var titles: [String] {
        [
            "SKU", language.pick("MONTHS", "MESI"), language.pick("DEMAND/MONTH", "DOMANDA/MESE"),
            language.pick("RECOMMENDED", "CONSIGLIATO"), language.pick("EARNED", "GUADAGNO"),
            language.pick("BEST IN HINDSIGHT", "MIGLIORE A POSTERIORI"),
            language.pick("EARNED", "GUADAGNO"),
            language.pick("REGRET", "RIMPIANTO"), "VIRTUAL", language.pick("TODAY", "OGGI"),
            language.pick("EARNED", "GUADAGNO"),
        ]
    }

    /// The table for people: what was done, one line per SKU back-tested,
    /// the totals, and the SKUs not back-tested counted.
    package func table() -> String {
        var text = note() + "\n"
        guard !rows.isEmpty else {
            return text + noRows() + skippedNote()
        }
        var table = TextTable(
            titles: titles,
            alignments: [
                .left, .right, .right, .left, .right, .left, .right, .right, .right, .left, .right,
            ])
        for row in rows {
            let marker = row.setAside.isEmpty ? "" : " *"
            table.rows.append([
                TextTable.truncated(row.sku, to: RankTable.skuWidth) + marker,
                "\(row.fitMonths)+\(row.heldOutMonths)",
                "\(NumberFormatting.quantity(row.fitDemand)) → \(NumberFormatting.quantity(row.heldOutDemand))",
                row.recommended.description, NumberFormatting.money(row.recommendedProfit),
                row.hindsightBest.description, NumberFormatting.money(row.hindsightBestProfit),
                NumberFormatting.money(row.regret.mean),
                row.virtualProfit.map(NumberFormatting.money) ?? "—",
                row.current?.description ?? "—",
                row.currentProfit.map(NumberFormatting.money) ?? "—",
            ])
        }
        let count = totals.skus
        table.footer.append([
            language.pick(
                "Total (\(Self.count(count)) SKU\(count == 1 ? "" : "s"))",
                "Totale (\(Self.count(count)) SKU)"), "", "", "",
            NumberFormatting.money(totals.recommended), "",
            NumberFormatting.money(totals.hindsightBest),
            NumberFormatting.money(totals.regret),
            totals.versusVirtual.skus > 0
                ? NumberFormatting.money(totals.versusVirtual.other) : "—", "",
            totals.versusCurrent.skus > 0
                ? NumberFormatting.money(totals.versusCurrent.other) : "—",
        ])
        text += table.rendered() + "\n" + totalsText()
        if rows.contains(where: { !$0.setAside.isEmpty }) { text += setAsideNote() }
        return text + skippedNote()
    }

    /// What was fitted, what replayed, and how: the lines above the table.
    func note() -> String {
        let fit = plan.fitMonths
        let needed = plan.neededMonths
        let runs = runsText()
        return language.pick(
            "Back-test of \(file): each SKU with at least \(needed) months of demand_history decided on\n"
                + "its first \(fit) months, then the later months replayed through every model's policy, the "
                + "recorded sales used as demand.\n"
                + "No warm-up: each policy starts on the first replayed day with its s + Q or S units on hand.\n"
                + "EARNED: realised profit per month, \(runs); runs differ in how each month's sales split\n"
                + "into customer orders, when these come and which buyers accept the delivery promise.\n"
                + "REGRET: best in hindsight minus recommended, from the paired runs. TODAY: current_model.\n",
            "Verifica storica di \(file): per ogni SKU con almeno \(needed) mesi di demand_history la "
                + "decisione è presa\nsui primi \(fit) mesi, poi i mesi successivi sono riprodotti con la "
                + "politica di ogni modello, usando come domanda le vendite registrate.\n"
                + "Nessun periodo di avvio: ogni politica parte dal primo giorno riprodotto con le sue "
                + "s + Q o S unità a magazzino.\n"
                + "GUADAGNO: profitto realizzato al mese, \(runs); le repliche differiscono per come le "
                + "vendite\ndi ogni mese si dividono in ordini dei clienti, per quando arrivano e per quali "
                + "acquirenti accettano la promessa di consegna.\n"
                + "RIMPIANTO: il migliore a posteriori meno il consigliato, dalle repliche appaiate. "
                + "OGGI: current_model.\n")
    }

    /// "the mean of 40 runs" or "the mean of 20 to 140 runs per SKU".
    func runsText() -> String {
        let counts = rows.map(\.runs)
        let fewest = counts.min() ?? plan.simulation.minimumRuns
        let most = counts.max() ?? plan.simulation.maximumRuns
        let low = NumberFormatting.grouped(Double(fewest), decimals: 0)
        let high = NumberFormatting.grouped(Double(most), decimals: 0)
        if fewest == most {
            return language.pick(
                "the mean of \(low) run\(fewest == 1 ? "" : "s")",
                "la media di \(low) replic\(fewest == 1 ? "a" : "he")")
        }
        return language.pick(
            "the mean of \(low) to \(high) runs per SKU",
            "la media di \(low)–\(high) repliche per SKU")
    }

    /// The line that replaces the table when no SKU was back-tested.
    func noRows() -> String {
        language.pick(
            "No SKU has the \(plan.neededMonths) months of demand_history the back-test needs.\n",
            "Nessuno SKU ha i \(plan.neededMonths) mesi di demand_history che servono alla verifica.\n"
        )
    }

    /// The totals as lines of text.
    func totalsText() -> String {
        let money = NumberFormatting.money
        let skus = Self.count(totals.skus)
        let plural = totals.skus == 1 ? "" : "s"
        var text = language.pick(
            "Realised profit per month over \(skus) SKU\(plural): recommended "
                + "\(money(totals.recommended)), best in hindsight \(money(totals.hindsightBest)); "
                + "regret \(money(totals.regret)) ± \(money(totals.regretStandardError)) "
                + "(standard error).\n",
            "Profitto realizzato al mese su \(skus) SKU: consigliato \(money(totals.recommended)), "
                + "migliore a posteriori \(money(totals.hindsightBest)); rimpianto "
                + "\(money(totals.regret)) ± \(money(totals.regretStandardError)) (errore standard).\n"
        )
        let hits = Self.count(totals.hits)
        let share = totals.hitShare.map { NumberFormatting.percent($0, decimals: 1) } ?? "—"
        text += language.pick(
            "The recommendation was the best in hindsight for \(hits) of \(skus) SKUs (\(share)).\n",
            "Il consigliato è stato il migliore a posteriori per \(hits) SKU su \(skus) (\(share)).\n"
        )
        text += comparison(
            totals.versusVirtual,
            against: language.pick("everything VIRTUAL", "a tutto VIRTUAL"), other: "VIRTUAL", which: "",
            none: language.pick(
                "no SKU has VIRTUAL (virtual_unit_cost is missing)", "nessuno SKU ha VIRTUAL (manca virtual_unit_cost)"))
        text += comparison(
            totals.versusCurrent,
            against: language.pick("today's models", "ai modelli di oggi"), other: language.pick("today", "oggi"),
            which: language.pick(" with current_model", " con current_model"),
            none: language.pick(
                "no SKU has a current_model that was evaluated", "nessuno SKU ha un current_model valutato"))
        return text
    }

    /// One line of the totals: the recommendations against `other` on the
    /// SKUs where both are known, or why there are none.
    private func comparison(
        _ totals: BacktestTotals.Comparison, against: String, other: String, which: String, none: String
    ) -> String {
        let money = NumberFormatting.money
        let opening = language.pick("Against \(against)", "Rispetto \(against)")
        guard totals.skus > 0 else { return "\(opening): \(none).\n" }
        let skus = Self.count(totals.skus) + language.pick(" SKU\(totals.skus == 1 ? "" : "s")", " SKU")
        return "\(opening) (\(skus)\(which)): "
            + language.pick("recommended", "consigliato") + " \(money(totals.recommended)), \(other) "
            + "\(money(totals.other)), " + language.pick("difference", "differenza")
            + " \(signed(totals.difference)) ± \(money(totals.standardError)).\n"
    }

    /// The footnote of the rows marked `*`.
    func setAsideNote() -> String {
        language.pick(
            "* monthly_demand, demand_sd or history_months given in the row set aside: the decision used the "
                + "first \(plan.fitMonths) months of demand_history instead.\n",
            "* monthly_demand, demand_sd o history_months della riga messi da parte: la decisione ha usato "
                + "invece i primi \(plan.fitMonths) mesi di demand_history.\n")
    }

    /// The SKUs not back-tested, counted by reason; empty when none.
    func skippedNote() -> String {
        guard !skipped.isEmpty else { return "" }
        var none = 0
        var short = 0
        var unresolved = 0
        var large = 0
        for entry in skipped {
            switch entry.reason {
            case .noHistory: none += 1
            case .shortHistory: short += 1
            case .unresolved: unresolved += 1
            case .tooLarge: large += 1
            }
        }
        let count = skipped.count
        var parts: [String] = []
        if none > 0 {
            parts.append(
                language.pick(
                    "\(Self.count(none)) without demand_history",
                    "\(Self.count(none)) senza demand_history"))
        }
        if short > 0 {
            parts.append(
                language.pick(
                    "\(Self.count(short)) with less than \(plan.neededMonths) months of demand_history",
                    "\(Self.count(short)) con meno di \(plan.neededMonths) mesi di demand_history"))
        }
        if unresolved > 0 {
            parts.append(
                language.pick(
                    "\(Self.count(unresolved)) whose first \(plan.fitMonths) months cannot be used",
                    "\(Self.count(unresolved)) i cui primi \(plan.fitMonths) mesi non sono utilizzabili"
                ))
        }
        if large > 0 {
            parts.append(
                language.pick(
                    "\(Self.count(large)) with too many units to replay day by day",
                    "\(Self.count(large)) con troppe unità da riprodurre giorno per giorno"))
        }
        let skus = Self.count(count)
        let list = parts.joined(separator: ", ")
        return language.pick(
            "Not back-tested: \(skus) SKU\(count == 1 ? "" : "s") (\(list); listed on standard error).\n",
            "Senza verifica: \(skus) SKU (\(list); elencati su stderr).\n")
    }

    /// A count of SKUs for people: 3,001.
    static func count(_ value: Int) -> String {
        NumberFormatting.grouped(Double(value), decimals: 0)
    }

    private func signed(_ value: Double) -> String {
        (value >= 0.005 ? "+" : "") + NumberFormatting.money(value)
    }

    // MARK: Standard error

    /// One line per SKU not back-tested, for standard error (English, like
    /// every diagnostic): `FILE:LINE: SKU 'x' not back-tested: …`.
    package func skippedLines() -> String {
        skipped.map { entry in
            "\(file):\(entry.line): SKU '\(entry.sku)' not back-tested: \(Self.reason(entry.reason, plan: plan))\n"
        }.joined()
    }

    /// The last line on standard error: `FILE: N rows read, N back-tested, N
    /// skipped, N rejected[, N left out by --only]`; the counts add up to the rows read.
    package func summaryLine() -> String {
        var text =
            "\(file): \(counts.rowsRead) rows read, \(counts.backTested) back-tested, \(counts.skipped) skipped "
            + "(demand_history missing or too short), \(counts.rejected) rejected"
        if counts.leftOut > 0 { text += ", \(counts.leftOut) left out by --only" }
        return text + "\n"
    }

    /// Why a SKU was not back-tested, in English.
    static func reason(_ reason: BacktestSkip, plan: Backtest.Plan) -> String {
        switch reason {
        case .noHistory:
            return "no demand_history"
        case .shortHistory(let months, let needed):
            return "demand_history has \(months) month\(months == 1 ? "" : "s"), \(needed) needed "
                + "(\(plan.fitMonths) to decide on, at least \(plan.minimumHeldOutMonths) to replay)"
        case .unresolved(let error):
            return
                "its first \(plan.fitMonths) months cannot be used: \(error.name.name) \(error.reason)"
        case .tooLarge(let units):
            return "the months to replay hold \(ExactNumber.text(units)) units, more than the "
                + "\(NumberFormatting.grouped(Simulator.maximumOrdersPerRun, decimals: 0)) a run can split into orders"
        }
    }

    // MARK: CSV and JSON

    /// One output column: its name and its value for a SKU.
    struct Column: Sendable {
        var name: String
        var value: @Sendable (SKUBacktest) -> OutputValue
    }

    /// The columns of CSV and JSON, in order.
    static let columns: [Column] = {
        func estimate(
            _ name: String, _ pick: @escaping @Sendable (SKUBacktest) -> SKUBacktest.Estimate?
        ) -> [Column] {
            [
                Column(name: name) { .optional(pick($0)?.mean) },
                Column(name: name + "_se") { .optional(pick($0)?.standardError) },
            ]
        }
        var columns = [
            Column(name: "sku") { .text($0.sku) },
            Column(name: "fit_months") { .number(Double($0.fitMonths)) },
            Column(name: "held_out_months") { .number(Double($0.heldOutMonths)) },
            Column(name: "fit_demand") { .number($0.fitDemand) },
            Column(name: "held_out_demand") { .number($0.heldOutDemand) },
            Column(name: "set_aside") { .list($0.setAside.map(\.name), separator: "|") },
            Column(name: "recommended") { .text($0.recommended.description) },
            Column(name: "recommended_profit") { .number($0.recommendedProfit) },
            Column(name: "hindsight_best") { .text($0.hindsightBest.description) },
            Column(name: "hindsight_best_profit") { .number($0.hindsightBestProfit) },
        ]
        columns += estimate("regret") { $0.regret }
        columns += [
            Column(name: "current_model") { row in
                row.current.map { .text($0.description) } ?? .missing
            },
            Column(name: "current_profit") { .optional($0.currentProfit) },
        ]
        columns += estimate("recommended_minus_virtual") { $0.versusVirtual }
        columns += estimate("recommended_minus_current") { $0.versusCurrent }
        for model in FulfilmentModel.allCases {
            let name = model.rawValue
            columns += [
                Column(name: "\(name)_expected") { .optional($0[model]?.expected) },
                Column(name: "\(name)_realised") { .optional($0[model]?.realised) },
                Column(name: "\(name)_realised_se") { .optional($0[model]?.standardError) },
            ]
        }
        columns.append(Column(name: "runs") { .number(Double($0.runs)) })
        return columns
    }()

    /// The CSV and JSON names of a row.
    package static var columnNames: [String] { columns.map(\.name) }

    /// One record per SKU back-tested, full precision, in `dialect`.
    package func csv(dialect: CSVDialect = .plain) -> String {
        let writer = CSVWriter(delimiter: dialect.delimiter.character)
        let mark = dialect.decimalMark.character
        var text = writer.record(Self.columnNames)
        for row in rows {
            text += writer.record(Self.columns.map { $0.value(row).csvText(decimalMark: mark) })
        }
        return text
    }

    /// `{file, fit_months, …, counts, rows, skipped, totals}`: rows with the CSV names.
    package func json() -> String {
        let rowValues = rows.map { row in
            JSONValue.object(Self.columns.map { ($0.name, $0.value(row).json) })
        }
        let skippedValues = skipped.map { entry -> JSONValue in
            var members: [(String, JSONValue)] = [
                ("line", .int(entry.line)), ("sku", .string(entry.sku)),
            ]
            switch entry.reason {
            case .noHistory:
                members.append(("reason", .string("no_history")))
            case .shortHistory(let months, let needed):
                members += [
                    ("reason", .string("short_history")), ("months", .int(months)),
                    ("needed", .int(needed)),
                ]
            case .tooLarge(let units):
                members += [("reason", .string("too_large")), ("units", .number(units))]
            case .unresolved(let error):
                members += [
                    ("reason", .string("unresolved")), ("input", .string(error.name.name)),
                    ("error", .string(error.reason)),
                ]
            }
            return .object(members)
        }
        func comparison(_ comparison: BacktestTotals.Comparison, other: String) -> JSONValue {
            .object([
                ("skus", .int(comparison.skus)), ("recommended", .number(comparison.recommended)),
                (other, .number(comparison.other)), ("difference", .number(comparison.difference)),
                ("difference_se", .number(comparison.standardError)),
            ])
        }
        // A seed above 2^53 would not survive a JSON number: written as a string.
        let seed = plan.simulation.seed
        let seedValue: JSONValue = seed <= 1 << 53 ? .number(Double(seed)) : .string(String(seed))
        let document = JSONValue.object([
            ("file", .string(file)),
            ("fit_months", .int(plan.fitMonths)),
            ("minimum_held_out_months", .int(plan.minimumHeldOutMonths)),
            ("demand", .string("recorded_sales")),
            ("warm_up_months", .number(plan.simulation.warmUpMonths ?? 0)),
            ("seed", seedValue),
            (
                "counts",
                .object([
                    ("rows_read", .int(counts.rowsRead)), ("back_tested", .int(counts.backTested)),
                    ("skipped", .int(counts.skipped)), ("rejected", .int(counts.rejected)),
                    ("left_out", .int(counts.leftOut)),
                ])
            ),
            ("rows", .array(rowValues)),
            ("skipped", .array(skippedValues)),
            (
                "totals",
                .object([
                    ("skus", .int(totals.skus)), ("recommended", .number(totals.recommended)),
                    ("hindsight_best", .number(totals.hindsightBest)),
                    ("regret", .number(totals.regret)),
                    ("regret_se", .number(totals.regretStandardError)), ("hits", .int(totals.hits)),
                    ("hit_share", totals.hitShare.map(JSONValue.number) ?? .null),
                    ("versus_virtual", comparison(totals.versusVirtual, other: "virtual")),
                    ("versus_current", comparison(totals.versusCurrent, other: "current")),
                ])
            ),
        ])
        return document.rendered() + "\n"
    }
}
