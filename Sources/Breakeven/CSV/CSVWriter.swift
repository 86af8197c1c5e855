/// Writes RFC 4180 CSV: a field is quoted only when it holds the delimiter,
/// a quote, a line break, or starts or ends with a space; quotes inside are doubled.
public struct CSVWriter: Sendable {
    /// The field delimiter.
    public var delimiter: Character
    /// The record terminator: "\n" (default) or "\r\n".
    public var lineEnd: String

    /// A writer with the given delimiter and line end.
    public init(delimiter: Character = ",", lineEnd: String = "\n") {
        self.delimiter = delimiter
        self.lineEnd = lineEnd
    }

    /// One field, quoted when needed.
    public func field(_ text: String) -> String {
        let needsQuotes =
            text.contains { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || text.first == " " || text.last == " "
        guard needsQuotes else { return text }
        var quoted = "\""
        for character in text {
            if character == "\"" { quoted.append("\"") }
            quoted.append(character)
        }
        quoted.append("\"")
        return quoted
    }

    /// One record, with its line end.
    public func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: String(delimiter)) + lineEnd
    }
}
