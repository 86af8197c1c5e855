/// Numbers for machines: CSV cells, JSON numbers and values quoted back in
/// messages, written so that they read back as exactly the same double.
package enum ExactNumber {
    /// The shortest text that reads back as exactly `value` (Swift's
    /// `description`), without a trailing `.0`; for CSV and JSON.
    package static func text(_ value: Double) -> String {
        if value == 0 { return "0" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return value.description
    }
}
