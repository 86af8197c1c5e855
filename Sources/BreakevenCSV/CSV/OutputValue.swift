import BreakevenCore


/// One output cell, before it is formatted for CSV, JSON or a table.
package enum OutputValue: Sendable, Equatable {
    /// A number, printed with full precision in CSV and JSON.
    case number(Double)
    /// Text.
    case text(String)
    /// A list of texts: joined by `|` (flags, defaulted) or a space (reasons) in CSV, an array in JSON.
    case list([String], separator: String)
    /// Not evaluated: an empty CSV cell, JSON `null`.
    case missing

    /// A number, or missing when `nil`.
    package static func optional(_ value: Double?) -> OutputValue {
        value.map(OutputValue.number) ?? .missing
    }
}

extension OutputValue {
    /// The cell as CSV text with `decimalMark`, before quoting: numbers exact
    /// (``ExactNumber``), lists joined by their separator, missing empty.
    package func csvText(decimalMark: Character) -> String {
        switch self {
        case .number(let number):
            let text = ExactNumber.text(number)
            return decimalMark == "." ? text : String(text.map { $0 == "." ? decimalMark : $0 })
        case .text(let text): return text
        case .list(let items, let separator): return items.joined(separator: separator)
        case .missing: return ""
        }
    }
}
