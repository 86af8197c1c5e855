import BreakevenCore
import BreakevenCSV

/// Renders a what-if comparison: per scenario the SKUs whose recommendation
/// changes, the total profit, capital and SKUs per model; per SKU the
/// recommendation and profit under each scenario.
package struct WhatIfRenderer: Sendable {
    /// The comparison.
    package var whatIf: WhatIf
    /// Whether per-SKU output lists only the SKUs whose recommendation changes.
    package var changesOnly: Bool
    /// The language of the table's words (CSV and JSON names stay as they are).
    package var language: Language

    /// A renderer.
    package init(_ whatIf: WhatIf, changesOnly: Bool = false, language: Language = .english) {
        self.whatIf = whatIf
        self.changesOnly = changesOnly
        self.language = language
    }

    // MARK: Table

    /// The summary table, then each scenario's changes.
    package func table() -> String {
        let titles = language.pick(
            ["SCENARIO", "CHANGED", "PROFIT/MONTH", "Δ PROFIT", "CAPITAL", "Δ CAPITAL"],
            ["SCENARIO", "CAMBIATI", "PROFITTO/MESE", "Δ PROFITTO", "CAPITALE", "Δ CAPITALE"])
        var table = TextTable(
            titles: titles + FulfilmentModel.allCases.map(\.description) + [language.pick("REJECTED", "SCARTATE")],
            alignments: [.left] + Array(repeating: .right, count: 10))
        let base = whatIf.baseline.summary
        table.rows.append(row(whatIf.baseline, changed: nil, base: base))
        for run in whatIf.scenarios {
            table.rows.append(row(run, changed: whatIf.changes(in: run).count, base: base))
        }
        let count = whatIf.baseline.outcomes.count
        var text = language.pick(
            "Each scenario against the baseline (\(count) SKUs); profit and capital under the recommendations.\n\n",
            "Ogni scenario contro la base (\(count) SKU); profitto e capitale secondo le raccomandazioni.\n\n")
            + table.rendered()
        for run in whatIf.scenarios {
            let changes = whatIf.changes(in: run)
            text += "\n\(run.name): "
            guard !changes.isEmpty else {
                text += language.pick("no recommendation changes.\n", "nessuna raccomandazione cambia.\n")
                continue
            }
            let one = changes.count == 1
            text += language.pick(
                "\(changes.count) recommendation\(one ? "" : "s") change\(one ? "s" : "")\n",
                "\(changes.count) raccomandazion\(one ? "e cambia" : "i cambiano")\n")
            var list = TextTable(
                titles: language.pick(
                    ["  SKU", "FROM", "TO", "PROFIT BEFORE", "PROFIT AFTER"],
                    ["  SKU", "DA", "A", "PROFITTO PRIMA", "PROFITTO DOPO"]),
                alignments: [.left, .left, .left, .right, .right])
            for (before, after) in changes {
                list.rows.append([
                    "  " + TextTable.truncated(after.sku, to: 28), before.recommended.description,
                    after.recommended.description, NumberFormatting.money(before.profit),
                    NumberFormatting.money(after.profit),
                ])
            }
            text += list.rendered()
        }
        return text
    }

    private func row(_ run: WhatIf.Run, changed: Int?, base: PortfolioSummary) -> [String] {
        let summary = run.summary
        let isBaseline = changed == nil
        return [
            isBaseline ? language.pick(run.name, "base") : run.name, changed.map(String.init) ?? "—", NumberFormatting.money(summary.profitRecommended),
            isBaseline ? "—" : signed(summary.profitRecommended - base.profitRecommended),
            NumberFormatting.money(summary.workingCapitalRecommended),
            isBaseline ? "—" : signed(summary.workingCapitalRecommended - base.workingCapitalRecommended),
        ] + FulfilmentModel.allCases.map { String(summary.count($0)) } + [String(run.rejected.count)]
    }

    private func signed(_ value: Double) -> String {
        (value > 0.004 ? "+" : "") + NumberFormatting.money(value)
    }

    // MARK: CSV and JSON

    /// One record per scenario and SKU (only the changed ones with `changesOnly`).
    package func csv(dialect: CSVDialect = .plain) -> String {
        let writer = CSVWriter(delimiter: dialect.delimiter.character)
        let mark = dialect.decimalMark.character
        func number(_ value: Double) -> String { OutputValue.number(value).csvText(decimalMark: mark) }
        var text = writer.record(Self.columns)
        for (run, outcome, before) in records() {
            text += writer.record([
                run.name, outcome.sku, outcome.recommended.description, number(outcome.profit),
                number(outcome.capital), before.map(\.recommended.description) ?? "",
                before.map { number($0.profit) } ?? "", (before.map { $0.recommended != outcome.recommended } ?? false) ? "true" : "false",
            ])
        }
        return text
    }

    /// The CSV columns.
    package static let columns = [
        "scenario", "sku", "recommended", "monthly_profit", "working_capital", "baseline_recommended",
        "baseline_profit", "changed",
    ]

    /// One JSON document: the baseline's totals, and per scenario its totals,
    /// the number of changes and the SKUs.
    package func json() -> String {
        func totals(_ run: WhatIf.Run) -> JSONValue {
            .object([
                ("profit", .number(run.summary.profitRecommended)),
                ("working_capital", .number(run.summary.workingCapitalRecommended)),
                ("recommended_count", .object(FulfilmentModel.allCases.map { ($0.rawValue, .int(run.summary.count($0))) })),
                ("rejected", .int(run.rejected.count)),
            ])
        }
        let scenarios = whatIf.scenarios.map { run -> JSONValue in
            let skus = records().filter { $0.0.name == run.name }.map { _, outcome, before -> JSONValue in
                .object([
                    ("sku", .string(outcome.sku)), ("recommended", .string(outcome.recommended.description)),
                    ("monthly_profit", .number(outcome.profit)), ("working_capital", .number(outcome.capital)),
                    ("baseline_recommended", before.map { .string($0.recommended.description) } ?? .null),
                    ("baseline_profit", before.map { .number($0.profit) } ?? .null),
                    ("changed", .bool(before.map { $0.recommended != outcome.recommended } ?? false)),
                ])
            }
            return .object([
                ("name", .string(run.name)), ("changed", .int(whatIf.changes(in: run).count)),
                ("totals", totals(run)), ("skus", .array(skus)),
            ])
        }
        return JSONValue.object([
            ("baseline", totals(whatIf.baseline)), ("scenarios", .array(scenarios)),
        ]).rendered() + "\n"
    }

    private func records() -> [(WhatIf.Run, WhatIf.Outcome, WhatIf.Outcome?)] {
        whatIf.scenarios.flatMap { run in
            run.outcomes.compactMap { outcome -> (WhatIf.Run, WhatIf.Outcome, WhatIf.Outcome?)? in
                let before = whatIf.baseline.outcome(outcome.sku)
                if changesOnly, before?.recommended == outcome.recommended { return nil }
                return (run, outcome, before)
            }
        }
    }
}
