/// The language of everything a person reads: reasons, table headers,
/// `explain` and the report. Numbers keep one format whatever the language.
package enum Language: String, CaseIterable, Sendable {
    case english = "en"
    case italian = "it"

    /// Picks the English or the Italian text.
    @inline(__always)
    package func pick<T>(_ english: T, _ italian: T) -> T {
        switch self {
        case .english: return english
        case .italian: return italian
        }
    }
}
