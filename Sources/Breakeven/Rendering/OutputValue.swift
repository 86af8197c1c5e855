/// One output cell, before it is formatted for CSV, JSON or a table.
public enum OutputValue: Sendable, Equatable {
    /// A number, printed with full precision in CSV and JSON.
    case number(Double)
    /// Text.
    case text(String)
    /// A list of texts: joined by `|` (flags, defaulted) or a space (reasons) in CSV, an array in JSON.
    case list([String], separator: String)
    /// Not evaluated: an empty CSV cell, JSON `null`.
    case missing

    /// A number, or missing when `nil`.
    static func optional(_ value: Double?) -> OutputValue {
        value.map(OutputValue.number) ?? .missing
    }
}
