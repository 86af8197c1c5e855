import BreakevenCore
import BreakevenCSV

/// Renders flip points: for each SKU, the nearest values of one input below
/// and above today's at which the recommendation changes.
package struct FlipRenderer: Sendable {
    /// One SKU's search.
    package struct Row: Sendable {
        /// The SKU.
        package var sku: String
        /// The search.
        package var search: FlipSearch

        /// A row.
        package init(sku: String, search: FlipSearch) {
            self.sku = sku
            self.search = search
        }
    }

    /// The rows, in file order.
    package var rows: [Row]
    /// The language of the table's words (CSV and JSON names stay as they are).
    package var language: Language

    /// A renderer.
    package init(_ rows: [Row], language: Language = .english) {
        self.rows = rows
        self.language = language
    }

    /// The CSV and JSON names.
    package static let columns = [
        "sku", "input", "value", "recommended", "flip_below", "model_below", "flip_above", "model_above",
    ]

    private func values(_ row: Row, number: (Double) -> String) -> [String] {
        let search = row.search
        func point(_ flip: FlipPoint?) -> [String] {
            guard let flip else { return ["none", "none"] }
            return [number(flip.value), flip.model.description]
        }
        return [row.sku, search.input.name, search.value.map(number) ?? "", search.recommended.description]
            + point(search.below) + point(search.above)
    }

    /// A table for people.
    package func table() -> String {
        guard let input = rows.first?.search.input else { return language.pick("No SKUs.\n", "Nessuno SKU.\n") }
        var table = TextTable(
            titles: ["SKU", input.name.uppercased()]
                + language.pick(
                    ["RECOMMENDED", "FLIPS BELOW", "TO", "FLIPS ABOVE", "TO"],
                    ["CONSIGLIATO", "CAMBIA SOTTO", "A", "CAMBIA SOPRA", "A"]),
            alignments: [.left, .right, .left, .right, .left, .right, .left])
        for row in rows {
            var cells = values(row, number: NumberFormatting.quantity).map { $0 == "none" ? language.pick("none", "nessuno") : $0 }
            cells.remove(at: 1)  // the input's name is the column title
            cells[1] = row.search.value.map(NumberFormatting.readable) ?? "—"
            table.rows.append(cells)
        }
        let unit = language.unit(input.spec.unit)
        return language.pick(
            "Nearest values of \(input.name) (\(unit)) at which the recommendation changes; "
                + "none: no change in the range searched.\n\n",
            "Valori più vicini di \(input.name) (\(unit)) ai quali la raccomandazione cambia; "
                + "nessuno: nessun cambio nell'intervallo cercato.\n\n") + table.rendered()
    }

    /// CSV with full precision.
    package func csv(dialect: CSVDialect = .plain) -> String {
        let writer = CSVWriter(delimiter: dialect.delimiter.character)
        let mark = dialect.decimalMark.character
        var text = writer.record(Self.columns)
        for row in rows {
            text += writer.record(values(row) { OutputValue.number($0).csvText(decimalMark: mark) })
        }
        return text
    }

    /// A JSON array of objects with the CSV names; `"none"` where there is no flip.
    package func json() -> String {
        JSONValue.array(
            rows.map { row in
                let search = row.search
                func point(_ flip: FlipPoint?) -> (JSONValue, JSONValue) {
                    guard let flip else { return (.string("none"), .string("none")) }
                    return (.number(flip.value), .string(flip.model.description))
                }
                let below = point(search.below)
                let above = point(search.above)
                return .object([
                    ("sku", .string(row.sku)), ("input", .string(search.input.name)),
                    ("value", search.value.map(JSONValue.number) ?? .null),
                    ("recommended", .string(search.recommended.description)),
                    ("flip_below", below.0), ("model_below", below.1), ("flip_above", above.0), ("model_above", above.1),
                ])
            }
        ).rendered() + "\n"
    }
}
