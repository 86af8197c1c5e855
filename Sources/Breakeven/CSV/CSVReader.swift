/// One record of a CSV file: its fields and where it starts.
public struct CSVRecord: Sendable, Equatable {
    /// The 1-based line on which the record starts.
    public var line: Int
    /// The fields, unquoted.
    public var fields: [String]
    /// Where the record's bytes are in the input, line end excluded.
    public var bytes: Range<Int>

    /// Creates a record.
    public init(line: Int, fields: [String], bytes: Range<Int> = 0..<0) {
        self.line = line
        self.fields = fields
        self.bytes = bytes
    }

    /// Records are equal when their lines and fields are.
    public static func == (lhs: CSVRecord, rhs: CSVRecord) -> Bool {
        lhs.line == rhs.line && lhs.fields == rhs.fields
    }

    /// Whether every field is empty (a blank line, or `;;;` from a spreadsheet).
    public var isBlank: Bool { fields.allSatisfy(\.isEmpty) }
}

/// A record that breaks the CSV syntax.
public struct CSVSyntaxError: Error, Sendable, Equatable {
    /// 1-based line of the problem.
    public var line: Int
    /// 1-based field number of the problem.
    public var column: Int
    /// What is wrong.
    public var message: String
    /// The bytes skipped because of it (the record, or the rest of its line), line end excluded.
    public var bytes: Range<Int> = 0..<0
}

/// Reads RFC 4180 CSV from UTF-8 bytes, one record at a time.
///
/// - A UTF-8 byte order mark is skipped.
/// - Records end at CRLF, LF or a lone CR.
/// - A field that starts with `"` (after optional spaces) is quoted: it may hold
///   the delimiter, line breaks and `""` for a quote. Spaces after the closing
///   quote are ignored; anything else there is an error.
/// - A quote inside an unquoted field is kept as text (`12" pizza`).
/// - A quoted field still open at the end of the file is an error at its
///   opening quote; reading resumes on the line after it, so the rest of the
///   file is not swallowed.
/// - Fields must be valid UTF-8.
///
/// - Complexity: O(n) in the bytes read.
public struct CSVReader: Sequence, IteratorProtocol {
    private let bytes: [UInt8]
    private let delimiter: UInt8
    private var position: Int
    private let end: Int
    private var line = 1
    private var lastLineEnd = 0
    /// False to find record boundaries only: no fields are built.
    private let collectsFields: Bool

    /// A reader over `bytes` with the given field delimiter (`,` by default).
    public init(bytes: [UInt8], delimiter: UInt8 = UInt8(ascii: ",")) {
        self.bytes = bytes
        self.delimiter = delimiter
        position = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        end = bytes.count
        collectsFields = true
    }

    /// A reader over `range` of `bytes`, whose first line is `line`.
    ///
    /// - Parameter boundsOnly: when true, records come back without fields
    ///   (only their lines and byte ranges): a fast first pass that finds
    ///   where each record is, by exactly the rules that read it.
    public init(bytes: [UInt8], delimiter: UInt8, range: Range<Int>, line: Int, boundsOnly: Bool = false) {
        self.bytes = bytes
        self.delimiter = delimiter
        position = range.lowerBound
        end = range.upperBound
        self.line = line
        collectsFields = !boundsOnly
    }

    /// Where reading stands: the next byte and its line.
    public var cursor: (position: Int, line: Int) { (position, line) }

    /// The next record or syntax error; `nil` at the end.
    public mutating func next() -> Result<CSVRecord, CSVSyntaxError>? {
        guard position < end else { return nil }
        let startLine = line
        let startPosition = position
        var fields: [String] = []
        var field: [UInt8] = []
        var column = 1
        while true {
            let fieldStart = position
            // At the start of a field: skip spaces before an opening quote.
            var probe = position
            while probe < end, bytes[probe] == UInt8(ascii: " ") { probe += 1 }
            if probe < end, bytes[probe] == UInt8(ascii: "\"") {
                let quoteLine = line
                position = probe + 1
                guard readQuoted(into: &field) else {
                    var error = recoverFromOpenQuote(at: probe, line: quoteLine, column: column)
                    error.bytes = startPosition..<lastLineEnd
                    return .failure(error)
                }
                while position < end, bytes[position] == UInt8(ascii: " ") { position += 1 }
                if position < end, !isFieldEnd(bytes[position]) {
                    var error = CSVSyntaxError(
                        line: line, column: column,
                        message: "unexpected text after the closing quote of a quoted field")
                    skipToLineEnd()
                    error.bytes = startPosition..<lastLineEnd
                    return .failure(error)
                }
            } else if collectsFields {
                while position < end, !isFieldEnd(bytes[position]) {
                    field.append(bytes[position])
                    position += 1
                }
            } else {
                while position < end, !isFieldEnd(bytes[position]) { position += 1 }
            }
            if !collectsFields {
                if position < end, bytes[position] == delimiter {
                    position += 1
                    column += 1
                    continue
                }
                let recordEnd = position
                consumeLineEnd()
                return .success(CSVRecord(line: startLine, fields: [], bytes: startPosition..<recordEnd))
            }
            guard let text = String(validating: field, as: UTF8.self) else {
                let offset = fieldStart + Self.firstInvalidUTF8(in: bytes[fieldStart..<position])
                var error = CSVSyntaxError(
                    line: startLine, column: column,
                    message: "the field is not valid UTF-8 (byte offset \(offset) in the file)")
                skipToLineEnd()
                error.bytes = startPosition..<lastLineEnd
                return .failure(error)
            }
            fields.append(text)
            field.removeAll(keepingCapacity: true)
            if position < end, bytes[position] == delimiter {
                position += 1
                column += 1
                continue
            }
            let recordEnd = position
            consumeLineEnd()
            return .success(CSVRecord(line: startLine, fields: fields, bytes: startPosition..<recordEnd))
        }
    }

    private func isFieldEnd(_ byte: UInt8) -> Bool {
        byte == delimiter || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    /// Reads a quoted field's content after its opening quote, through its
    /// closing quote. Returns false when the file ends first.
    private mutating func readQuoted(into field: inout [UInt8]) -> Bool {
        while position < end {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""):
                if position < end, bytes[position] == UInt8(ascii: "\"") {
                    if collectsFields { field.append(byte) }
                    position += 1
                } else {
                    return true
                }
            case UInt8(ascii: "\n"):
                line += 1
                if collectsFields { field.append(byte) }
            case UInt8(ascii: "\r"):
                if position >= end || bytes[position] != UInt8(ascii: "\n") { line += 1 }
                if collectsFields { field.append(byte) }
            default:
                if collectsFields { field.append(byte) }
            }
        }
        return false
    }

    /// Reports an unterminated quote and resumes on the line after it.
    private mutating func recoverFromOpenQuote(at quote: Int, line quoteLine: Int, column: Int)
        -> CSVSyntaxError
    {
        position = quote
        line = quoteLine
        skipToLineEnd()
        return CSVSyntaxError(
            line: quoteLine, column: column,
            message: "a quoted field is never closed: the file ends inside it (reading resumes on the next line)")
    }

    /// Moves past the end of the current line; ``lastLineEnd`` is where its
    /// line end started.
    private mutating func skipToLineEnd() {
        while position < end, bytes[position] != UInt8(ascii: "\n"),
            bytes[position] != UInt8(ascii: "\r")
        {
            position += 1
        }
        lastLineEnd = position
        consumeLineEnd()
    }

    /// The offset, within `slice`, of the first byte that breaks UTF-8.
    static func firstInvalidUTF8(in slice: ArraySlice<UInt8>) -> Int {
        var decoder = UTF8()
        var iterator = slice.makeIterator()
        var offset = 0
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            offset += UTF8.width(scalar)
        }
        return offset
    }

    private mutating func consumeLineEnd() {
        guard position < end else { return }
        if bytes[position] == UInt8(ascii: "\r") {
            position += 1
            if position < end, bytes[position] == UInt8(ascii: "\n") { position += 1 }
            line += 1
        } else if bytes[position] == UInt8(ascii: "\n") {
            position += 1
            line += 1
        }
    }
}
