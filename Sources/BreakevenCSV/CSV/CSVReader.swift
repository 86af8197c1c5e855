import BreakevenCore

/// One record of a CSV file: its fields and where it starts.
package struct CSVRecord: Sendable, Equatable {
    /// The 1-based line on which the record starts.
    package var line: Int
    /// The fields, unquoted.
    package var fields: [String]
    /// Where the record's bytes are in the input, line end excluded.
    package var bytes: Range<Int>

    /// Creates a record.
    package init(line: Int, fields: [String], bytes: Range<Int> = 0..<0) {
        self.line = line
        self.fields = fields
        self.bytes = bytes
    }

    /// Records are equal when their lines and fields are.
    package static func == (lhs: CSVRecord, rhs: CSVRecord) -> Bool {
        lhs.line == rhs.line && lhs.fields == rhs.fields
    }

    /// Whether every field is empty (a blank line, or `;;;` from a spreadsheet).
    package var isBlank: Bool { fields.allSatisfy(\.isEmpty) }
}

/// A record that breaks the CSV syntax.
package struct CSVSyntaxError: Error, Sendable, Equatable {
    /// What kind of problem it is.
    package enum Kind: Sendable, Equatable {
        /// A quoted field is still open at the end of the input.
        case unterminatedQuote
        /// Something other than a delimiter or a line end follows a closing quote.
        case textAfterQuote
        /// A field is not valid UTF-8.
        case invalidUTF8
        /// The record is longer than the reader's limit (``CSVReader/defaultMaximumRecordBytes``).
        case recordTooLong
    }

    /// What kind of problem it is.
    package var kind: Kind
    /// 1-based line of the problem.
    package var line: Int
    /// 1-based field number of the problem.
    package var column: Int
    /// What is wrong.
    package var message: String
    /// The bytes skipped because of it (the record, or the rest of its line),
    /// line end excluded; empty (at the record's start) when they are more
    /// than the reader's record size limit, so that they are never kept.
    package var bytes: Range<Int> = 0..<0
}

/// Reads RFC 4180 CSV from UTF-8 bytes, one record at a time.
///
/// - A UTF-8 byte order mark is skipped.
/// - Records end at CRLF, LF or a lone CR.
/// - A field that starts with `"` (after optional spaces) is quoted: it may hold
///   the delimiter, line breaks and `""` for a quote. Spaces after the closing
///   quote are ignored; anything else there is an error, and reading resumes
///   on the next line.
/// - A quote inside an unquoted field is kept as text (`12" pizza`).
/// - A quoted field still open at the end of the file is an error at its
///   opening quote; reading resumes on the line after it, so the rest of the
///   file is not swallowed.
/// - Fields must be valid UTF-8; a record that is not is an error (with the
///   byte offset in the file), and reading goes on after the record, found by
///   the same rules as any other.
/// - A record may be at most `maximumRecordBytes` long (1 MiB by default),
///   line end excluded, so that a file without line ends or with a quote
///   never closed cannot make a field of any size: past the limit the record
///   is an error at its line (at the opening quote when inside a quoted
///   field), its bytes are not kept, and reading resumes on the next line.
///   The reader never looks more than the limit past a record's start before
///   deciding.
///
/// Reading with `boundsOnly` finds exactly the same records and errors, UTF-8
/// aside (it builds no fields, so it does not check them).
///
/// - Complexity: O(n) in the bytes read.
package struct CSVReader: Sequence, IteratorProtocol {
    /// The longest record read by default: 1 MiB, line end excluded.
    package static let defaultMaximumRecordBytes = 1 << 20

    private let bytes: [UInt8]
    private let delimiter: UInt8
    private var position: Int
    private let end: Int
    private var line = 1
    private var lastLineEnd = 0
    /// False to find record boundaries only: no fields are built.
    private let collectsFields: Bool
    /// The longest record, line end excluded.
    private let maximumRecordBytes: Int
    /// Where `bytes[0]` is in the file, for byte offsets in messages.
    private let fileOffset: Int
    /// Where the current record must have ended: one byte past the limit, or the end.
    private var stop = 0
    /// Fields of the record read last: room reserved for the next one.
    private var fieldsInLastRecord = 0

    /// A reader over `bytes` with the given field delimiter (`,` by default)
    /// and record size limit.
    package init(
        bytes: [UInt8], delimiter: UInt8 = UInt8(ascii: ","),
        maximumRecordBytes: Int = CSVReader.defaultMaximumRecordBytes
    ) {
        precondition(maximumRecordBytes > 0, "a record needs room for at least one byte")
        self.bytes = bytes
        self.delimiter = delimiter
        position = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        end = bytes.count
        collectsFields = true
        self.maximumRecordBytes = maximumRecordBytes
        fileOffset = 0
    }

    /// A reader over `range` of `bytes`, whose first line is `line`.
    ///
    /// - Parameters:
    ///   - boundsOnly: when true, records come back without fields (only their
    ///     lines and byte ranges): a fast first pass that finds where each
    ///     record is, by exactly the rules that read it.
    ///   - fileOffset: where `bytes[0]` is in the file, when `bytes` is a
    ///     window of it: byte offsets in messages count from the file's start.
    ///   - expectedFields: fields to make room for in the first record (a
    ///     catalog's header count), so its list is allocated once.
    package init(
        bytes: [UInt8], delimiter: UInt8, range: Range<Int>, line: Int, boundsOnly: Bool = false,
        maximumRecordBytes: Int = CSVReader.defaultMaximumRecordBytes, fileOffset: Int = 0, expectedFields: Int = 0
    ) {
        precondition(maximumRecordBytes > 0, "a record needs room for at least one byte")
        self.bytes = bytes
        self.delimiter = delimiter
        position = range.lowerBound
        end = range.upperBound
        self.line = line
        collectsFields = !boundsOnly
        self.maximumRecordBytes = maximumRecordBytes
        self.fileOffset = fileOffset
        fieldsInLastRecord = expectedFields
    }

    /// Where reading stands: the next byte and its line.
    package var cursor: (position: Int, line: Int) { (position, line) }

    /// The next record or syntax error; `nil` at the end.
    package mutating func next() -> Result<CSVRecord, CSVSyntaxError>? {
        guard position < end else { return nil }
        let startLine = line
        let startPosition = position
        stop = maximumRecordBytes >= end - startPosition ? end : startPosition + maximumRecordBytes + 1
        var fields: [String] = []
        fields.reserveCapacity(fieldsInLastRecord)
        var field: [UInt8] = []
        var column = 1
        var invalidUTF8: CSVSyntaxError?
        while true {
            let fieldStart = position
            // An unquoted field is read straight from the input.
            var unquoted: Range<Int>?
            // At the start of a field: skip spaces before an opening quote.
            var probe = position
            while probe < stop, bytes[probe] == UInt8(ascii: " ") { probe += 1 }
            if probe < stop, bytes[probe] == UInt8(ascii: "\"") {
                let quoteLine = line
                position = probe + 1
                guard readQuoted(into: &field) else {
                    let tooLong = position - startPosition > maximumRecordBytes
                    position = probe
                    line = quoteLine
                    skipToLineEnd()
                    if tooLong {
                        return .failure(
                            CSVSyntaxError(
                                kind: .recordTooLong, line: quoteLine, column: column,
                                message: "the record is longer than \(Self.size(maximumRecordBytes)) inside a quoted "
                                    + "field that opens here: is its closing quote missing? (reading resumes on the next line)",
                                bytes: kept(startPosition..<lastLineEnd)))
                    }
                    return .failure(
                        CSVSyntaxError(
                            kind: .unterminatedQuote, line: quoteLine, column: column,
                            message: "a quoted field is never closed: the file ends inside it (reading resumes on the next line)",
                            bytes: kept(startPosition..<lastLineEnd)))
                }
                while position < stop, bytes[position] == UInt8(ascii: " ") { position += 1 }
                if position - startPosition > maximumRecordBytes {
                    return .failure(overLimit(since: startPosition, column: column))
                }
                if position < end, !isFieldEnd(bytes[position]) {
                    var error = CSVSyntaxError(
                        kind: .textAfterQuote, line: line, column: column,
                        message: "unexpected text after the closing quote of a quoted field")
                    skipToLineEnd()
                    error.bytes = kept(startPosition..<lastLineEnd)
                    return .failure(error)
                }
            } else if collectsFields {
                let start = position
                while position < stop, !isFieldEnd(bytes[position]) { position += 1 }
                unquoted = start..<position
            } else {
                while position < stop, !isFieldEnd(bytes[position]) { position += 1 }
            }
            if position - startPosition > maximumRecordBytes {
                return .failure(overLimit(since: startPosition, column: column))
            }
            if collectsFields, invalidUTF8 == nil {
                if let text = unquoted.map({ Self.string(bytes[$0]) }) ?? Self.string(field[...]) {
                    fields.append(text)
                } else {
                    let offset = fileOffset + fieldStart + Self.firstInvalidUTF8(in: bytes[fieldStart..<position])
                    invalidUTF8 = CSVSyntaxError(
                        kind: .invalidUTF8, line: startLine, column: column,
                        message: "the field is not valid UTF-8 (byte offset \(offset) in the file)")
                }
                field.removeAll(keepingCapacity: true)
            }
            if position < end, bytes[position] == delimiter {
                position += 1
                column += 1
                continue
            }
            let recordEnd = position
            consumeLineEnd()
            if var error = invalidUTF8 {
                error.bytes = startPosition..<recordEnd
                return .failure(error)
            }
            fieldsInLastRecord = fields.count
            return .success(CSVRecord(line: startLine, fields: fields, bytes: startPosition..<recordEnd))
        }
    }

    /// `utf8` as a String; `nil` when it is not valid UTF-8. ASCII, nearly
    /// every field, takes the direct path: `String(validating:as:)` is
    /// generic and looked up type metadata on every call (8% of a `rank`).
    static func string(_ utf8: ArraySlice<UInt8>) -> String? {
        if utf8.allSatisfy({ $0 < 0x80 }) { return String(decoding: utf8, as: UTF8.self) }
        return String(validating: utf8, as: UTF8.self)
    }

    /// The error for a record that has run past the size limit, after which
    /// reading resumes on the next line.
    private mutating func overLimit(since start: Int, column: Int) -> CSVSyntaxError {
        let errorLine = line
        skipToLineEnd()
        return CSVSyntaxError(
            kind: .recordTooLong, line: errorLine, column: column,
            message: "the record is longer than \(Self.size(maximumRecordBytes)): is this a catalog? "
                + "(reading resumes on the next line)",
            bytes: start..<start)
    }

    /// `range`, or an empty range at its start when it is over the size limit.
    private func kept(_ range: Range<Int>) -> Range<Int> {
        range.count > maximumRecordBytes ? range.lowerBound..<range.lowerBound : range
    }

    /// `1 MiB`, or `100 bytes` when not a whole number of MiB.
    static func size(_ bytes: Int) -> String {
        bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
    }

    private func isFieldEnd(_ byte: UInt8) -> Bool {
        byte == delimiter || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    /// Reads a quoted field's content after its opening quote, through its
    /// closing quote. Returns false when the input ends first, or the record's
    /// size limit is passed.
    private mutating func readQuoted(into field: inout [UInt8]) -> Bool {
        while position < stop {
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
