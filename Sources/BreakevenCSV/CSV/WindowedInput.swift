import BreakevenCore

/// Where the next bytes of an input come from: appends them to the buffer
/// and returns false at the end of the input.
package typealias ByteSource = (inout [UInt8]) -> Bool

/// A CSV input read a window at a time, in bounded memory: the bytes held,
/// where reading stands in them, and how many bytes before them were dropped.
///
/// Memory: about the window size plus the record size limit plus one read
/// of the source, whatever the input: blank lines before the header, and the
/// rest of a line after a record over the limit, are read and dropped.
struct WindowedInput {
    let source: ByteSource
    let delimiter: UInt8
    let maximumRecordBytes: Int
    /// The bytes held.
    var buffer: [UInt8] = []
    /// Whether `source` has ended.
    var ended = false
    /// The next byte to read in ``buffer``, and its line.
    var position = 0
    var line = 1
    /// Bytes of the input before `buffer[0]`.
    var dropped = 0

    /// Reads once more, unless the input has ended (``ended``).
    mutating func read() {
        if !ended { ended = !source(&buffer) }
    }

    /// Drops the bytes before ``position``.
    mutating func dropRead() {
        buffer.removeSubrange(0..<position)
        dropped += position
        position = 0
    }

    /// A reader of the bytes held from ``position`` on.
    func reader(boundsOnly: Bool = false) -> CSVReader {
        CSVReader(
            bytes: buffer, delimiter: delimiter, range: position..<buffer.count, line: line, boundsOnly: boundsOnly,
            maximumRecordBytes: maximumRecordBytes, fileOffset: dropped)
    }

    /// Whether a record read from the buffer is known whole: it ends
    /// before the buffer does (a line end at the very end may be CR of a
    /// CRLF), and is not a quoted field left open that more input may close.
    func isComplete(_ result: Result<CSVRecord, CSVSyntaxError>, cursor: Int) -> Bool {
        if ended { return true }
        if case .failure(let error) = result, error.kind == .unterminatedQuote { return false }
        return cursor < buffer.count
    }

    /// Whether `record`, read from the bytes held, ended with CR (of a CRLF,
    /// or alone): the line end a file written back should use.
    func endsWithCR(_ record: CSVRecord) -> Bool {
        record.bytes.upperBound < buffer.count && buffer[record.bytes.upperBound] == UInt8(ascii: "\r")
    }

    /// Reads the header: the first record that is not blank. Blank records
    /// before it are dropped as they go by, so that memory stays bounded.
    ///
    /// - Throws: ``CatalogError`` when there is none, or it breaks the CSV syntax.
    mutating func readHeader(file: String) throws(CatalogError) -> CSVRecord {
        while !ended, buffer.count < 3 { read() }  // a byte order mark needs its three bytes
        if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        while true {
            var reader = reader()
            var found: Result<CSVRecord, CSVSyntaxError>?
            var after = (position, line)
            while let next = reader.next() {
                let cursor = reader.cursor
                // Text after a closing quote, or a record over the limit, is decided as soon as it is
                // seen (the rest of the line does not matter: the header is broken); anything else only
                // when the record is complete.
                var decided = isComplete(next, cursor: cursor.position)
                if case .failure(let error) = next, error.kind == .textAfterQuote || error.kind == .recordTooLong {
                    decided = true
                }
                guard decided else { break }
                if case .success(let record) = next, record.isBlank {
                    (position, line) = cursor
                    continue
                }
                found = next
                after = cursor
                break
            }
            switch found {
            case .success(let record)?:
                (position, line) = after
                return record
            case .failure(let error)?:
                throw CatalogError(
                    Diagnostic(file: file, line: error.line, column: error.column, message: error.message))
            case nil:
                if ended {
                    throw CatalogError(Diagnostic(file: file, message: "the file is empty: expected a header row"))
                }
                dropRead()
                read()
            }
        }
    }

    /// Where the last record that may be incomplete starts: records
    /// before it are complete in the buffer (see ``isComplete(_:cursor:)``).
    /// Scanning stops at the first record that ends `size` bytes or more
    /// past ``position``, so that a window holds about `size` bytes of records.
    func lastRecordStart(within size: Int) -> Int {
        var reader = reader(boundsOnly: true)
        var safe = position
        while let next = reader.next() {
            let cursor = reader.cursor
            guard isComplete(next, cursor: cursor.position) else { break }
            safe = cursor.position
            if safe - position >= size { break }
        }
        return safe
    }

    /// Drops the rest of the current line and its line end, reading as
    /// needed. With `endedByCR`, the buffer ended with the CR of the line
    /// end (already counted in `line`), which a LF may follow.
    mutating func skipLine(endedByCR: Bool) {
        var crSeen = endedByCR
        if !crSeen {
            while true {
                if let index = buffer[position...].firstIndex(where: { $0 == .lineFeed || $0 == .carriageReturn }) {
                    line += 1
                    crSeen = buffer[index] == 13
                    position = index + 1
                    break
                }
                position = buffer.count
                dropRead()
                if ended { return }
                read()
            }
        }
        if crSeen {
            // A LF right after belongs to the same line end.
            while !ended, position >= buffer.count { read() }
            if position < buffer.count, buffer[position] == .lineFeed { position += 1 }
        }
        dropRead()
    }

    /// Complete records of the input, in bytes held: they start at
    /// `buffer[start]` on `line` and end at `limit`.
    struct Window {
        /// The input as it stood: its bytes held, from ``WindowedInput/position``.
        let input: WindowedInput
        let limit: Int

        var buffer: [UInt8] { input.buffer }
        var start: Int { input.position }
        var line: Int { input.line }
        /// Where `buffer[0]` is in the input, for byte offsets in messages.
        var fileOffset: Int { input.dropped }

        /// A reader of the window's records. It sees the rest of the buffer
        /// too, as it did when `limit` was found: a record's fate may depend
        /// on bytes past its end (a quote open past the size limit ends at its
        /// own line). Read while `cursor.position < limit`.
        func reader(boundsOnly: Bool = false) -> CSVReader { input.reader(boundsOnly: boundsOnly) }
    }

    /// Reads the rest of the input about `size` bytes at a time. Each window
    /// of complete records goes to `records`, which returns where its records
    /// ended (the window's `limit`, and the line there); a record over the
    /// size limit on a line that goes on goes alone to `overLimit`, without
    /// its bytes, and the rest of its line is dropped.
    mutating func readWindows(
        size: Int, records: (Window) -> (position: Int, line: Int), overLimit: (CSVSyntaxError) -> Void
    ) {
        while true {
            dropRead()
            while !ended, buffer.count - position < size { read() }
            // Only records known to be complete, about `size` bytes of them.
            var limit = lastRecordStart(within: size)
            while !ended, limit == position, buffer.count - position <= maximumRecordBytes + 2 {
                // One record longer than the window: read on until it ends.
                read()
                limit = lastRecordStart(within: size)
            }
            if limit == position, !ended {
                // More than the record limit and still no record: one that is
                // over the limit, or broken, on a line that goes on.
                var reader = reader()
                guard case .failure(let error)? = reader.next() else {
                    preconditionFailure("a record longer than the limit is an error")
                }
                overLimit(error)
                (position, line) = reader.cursor
                if buffer.last == .lineFeed {
                    dropRead()  // the line end was the last byte read
                } else {
                    skipLine(endedByCR: buffer.last == 13)
                }
                continue
            }
            (position, line) = records(Window(input: self, limit: limit))
            if ended, position >= buffer.count { break }
        }
    }
}
