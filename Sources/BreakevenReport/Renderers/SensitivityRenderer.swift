import BreakevenCore
import BreakevenCSV

/// Renders a sensitivity analysis as a tornado table: inputs by the swing
/// they cause in today's recommended model's profit, those that flip the
/// decision marked.
package struct SensitivityRenderer: Sendable {
    /// The analysis.
    package var sensitivity: Sensitivity
    /// The language of the table's words (CSV and JSON names stay as they are).
    package var language: Language

    /// A renderer.
    package init(_ sensitivity: Sensitivity, language: Language = .english) {
        self.sensitivity = sensitivity
        self.language = language
    }

    private var percent: String { NumberFormatting.percent(sensitivity.change, decimals: sensitivity.change * 100 == (sensitivity.change * 100).rounded() ? 0 : 1) }

    /// The tornado table for people.
    package func table() -> String {
        let base = sensitivity.base
        let chosen = base.decision.recommended
        var table = TextTable(
            titles: language.pick(
                ["INPUT", "VALUE", "−\(percent)", "+\(percent)", "PROFIT −", "PROFIT +", "SWING", "", "RECOMMENDED − / +"],
                ["INPUT", "VALORE", "−\(percent)", "+\(percent)", "PROFITTO −", "PROFITTO +", "ESCURSIONE", "",
                 "CONSIGLIATO − / +"]),
            alignments: [.left, .right, .right, .right, .right, .right, .right, .left, .left])
        let widest = sensitivity.rows.map(\.swing).max() ?? 0
        for row in sensitivity.rows {
            let bar = widest > 0 ? String(repeating: "█", count: Int((row.swing / widest * 20).rounded())) : ""
            let flips = sensitivity.flips(row)
            table.rows.append([
                (flips ? "* " : "  ") + row.input.name, NumberFormatting.readable(row.value),
                NumberFormatting.readable(row.low), NumberFormatting.readable(row.high),
                row.profitLow.map(NumberFormatting.money) ?? "—", row.profitHigh.map(NumberFormatting.money) ?? "—",
                NumberFormatting.money(row.swing), bar,
                "\(row.recommendedLow?.description ?? "—") / \(row.recommendedHigh?.description ?? "—")",
            ])
        }
        let profit = NumberFormatting.money(base.recommended.monthlyProfit)
        var text = language.pick(
            "SKU \(base.sku): \(chosen) earns \(profit) a month today. "
                + "Each input moved by ±\(percent), the others held; profit of \(chosen), largest swing first. "
                + "* the recommendation changes.\n\n",
            "SKU \(base.sku): \(chosen) rende \(profit) al mese oggi. "
                + "Ogni input spostato di ±\(percent), gli altri fermi; profitto di \(chosen), prima l'escursione "
                + "maggiore. * la raccomandazione cambia.\n\n")
        text += table.rendered()
        let flipping = sensitivity.rows.filter(sensitivity.flips).map(\.input.name)
        let names = flipping.joined(separator: ", ")
        text += flipping.isEmpty
            ? language.pick(
                "\nNo ±\(percent) change of a single input changes the recommendation.\n",
                "\nNessuna variazione di ±\(percent) di un singolo input cambia la raccomandazione.\n")
            : language.pick(
                "\nA ±\(percent) change of \(names) changes the recommendation.\n",
                "\nUna variazione di ±\(percent) di \(names) cambia la raccomandazione.\n")
        return text
    }

    /// The CSV names.
    package static let columns = [
        "sku", "input", "value", "low", "high", "profit_low", "profit_high", "swing", "recommended",
        "recommended_low", "recommended_high", "flips",
    ]

    /// One record per input, full precision.
    package func csv(dialect: CSVDialect = .plain) -> String {
        let writer = CSVWriter(delimiter: dialect.delimiter.character)
        let mark = dialect.decimalMark.character
        func number(_ value: Double?) -> String {
            value.map { OutputValue.number($0).csvText(decimalMark: mark) } ?? ""
        }
        var text = writer.record(Self.columns)
        for row in sensitivity.rows {
            text += writer.record([
                sensitivity.base.sku, row.input.name, number(row.value), number(row.low), number(row.high),
                number(row.profitLow), number(row.profitHigh), number(row.swing),
                sensitivity.base.decision.recommended.description, row.recommendedLow?.description ?? "",
                row.recommendedHigh?.description ?? "", sensitivity.flips(row) ? "true" : "false",
            ])
        }
        return text
    }

    /// A JSON object: the SKU, the change, and the rows with the CSV names.
    package func json() -> String {
        func number(_ value: Double?) -> JSONValue { value.map(JSONValue.number) ?? .null }
        func model(_ value: FulfilmentModel?) -> JSONValue { value.map { .string($0.description) } ?? .null }
        let rows = sensitivity.rows.map { row in
            JSONValue.object([
                ("input", .string(row.input.name)), ("value", .number(row.value)), ("low", .number(row.low)),
                ("high", .number(row.high)), ("profit_low", number(row.profitLow)),
                ("profit_high", number(row.profitHigh)), ("swing", .number(row.swing)),
                ("recommended_low", model(row.recommendedLow)), ("recommended_high", model(row.recommendedHigh)),
                ("flips", .bool(sensitivity.flips(row))),
            ])
        }
        return JSONValue.object([
            ("sku", .string(sensitivity.base.sku)), ("change", .number(sensitivity.change)),
            ("recommended", .string(sensitivity.base.decision.recommended.description)),
            ("profit", .number(sensitivity.base.recommended.monthlyProfit)), ("inputs", .array(rows)),
        ]).rendered() + "\n"
    }
}
