import BreakevenCore

/// Writes RFC 4180 CSV: a field is quoted only when it holds the delimiter,
/// a quote, a line break, or starts or ends with a space; quotes inside are doubled.
package struct CSVWriter: Sendable {
    /// The field delimiter.
    package var delimiter: Character
    /// The record terminator: "\n" (default) or "\r\n".
    package var lineEnd: String

    /// A writer with the given delimiter and line end.
    package init(delimiter: Character = ",", lineEnd: String = "\n") {
        self.delimiter = delimiter
        self.lineEnd = lineEnd
    }

    /// One field, quoted when needed.
    package func field(_ text: String) -> String {
        let separator = delimiter.asciiValue ?? 44
        let bytes = text.utf8
        let needsQuotes =
            bytes.contains { $0 == separator || $0 == .quote || $0 == .lineFeed || $0 == .carriageReturn }
            || bytes.first == .space || bytes.last == .space
        guard needsQuotes else { return text }
        var quoted: [UInt8] = [34]
        quoted.reserveCapacity(bytes.count + 4)
        for byte in bytes {
            if byte == .quote { quoted.append(.quote) }
            quoted.append(byte)
        }
        quoted.append(34)
        return String(decoding: quoted, as: UTF8.self)
    }

    /// One record, with its line end.
    package func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: String(delimiter)) + lineEnd
    }
}

/// CSV text made from rows of column names to values.
package enum CSVText {
    /// A header of every name in `rows` — the first row's names in
    /// alphabetical order, then each later row's new ones — then one record
    /// per row (a name a row lacks is an empty field).
    package static func table(_ rows: [[String: String]]) -> String {
        var names: [String] = []
        var seen: Set<String> = []
        for row in rows {
            for name in row.keys.sorted() where seen.insert(name).inserted { names.append(name) }
        }
        let writer = CSVWriter()
        return writer.record(names) + rows.map { row in writer.record(names.map { row[$0] ?? "" }) }.joined()
    }
}
