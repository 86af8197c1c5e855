import BreakevenReport
import BreakevenCore
import BreakevenCSV

/// The invariants of ``CSVReader`` on any bytes, for fuzzing and for replaying
/// the fuzz corpus in `swift test`.
///
/// For each delimiter (`,` `;` tab):
/// - reading ends, each record taking at least one byte;
/// - records are contiguous: each starts where the reader stood, and only a
///   line end (CRLF, LF or CR) lies between one record's bytes and the next,
///   so no byte is skipped without being reported;
/// - each record's line is 1 + the line ends before its first byte;
/// - reading with `boundsOnly` finds exactly the same records (lines, bytes,
///   errors), the only difference being that it does not check UTF-8;
/// - a record's bytes are left out of its error only when they are more than
///   the record size limit (checked with the default limit and a small one);
/// - a record without quotes is its fields joined by the delimiter, and any
///   record's fields written back with ``CSVWriter`` read back the same.
package enum CSVReaderHarness {
    /// Checks every invariant on `bytes`.
    package static func check(_ bytes: [UInt8]) -> HarnessLog {
        var log = HarnessLog()
        var parameters = HarnessParameters(bytes)
        // The default record limit, and a small one so that fuzzing reaches the limit's rules.
        let small = parameters.pick(1...96)
        for delimiter in Delimiter.allCases {
            for limit in [CSVReader.defaultMaximumRecordBytes, small] {
                var one = HarnessLog()
                check(bytes, delimiter: delimiter.byte, limit: limit, log: &one)
                log.merge(one, context: "delimiter \(delimiter.displayName), limit \(limit)")
            }
        }
        return log
    }

    /// One result of the reader with where it stood afterwards.
    struct Step {
        var result: Result<CSVRecord, CSVSyntaxError>
        var cursor: (position: Int, line: Int)

        var bytes: Range<Int> {
            switch result {
            case .success(let record): record.bytes
            case .failure(let error): error.bytes
            }
        }

        var line: Int {
            switch result {
            case .success(let record): record.line
            case .failure(let error): error.line
            }
        }
    }

    /// Every step of `reader`, or `nil` when it does not end.
    static func steps(_ reader: CSVReader, limit: Int) -> [Step]? {
        var reader = reader
        var steps: [Step] = []
        while let next = reader.next() {
            steps.append(Step(result: next, cursor: reader.cursor))
            if steps.count > limit { return nil }
        }
        return steps
    }

    static func isLineEnd(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.elementsEqual([13, 10]) || bytes.elementsEqual([10]) || bytes.elementsEqual([13])
    }

    private static func check(_ bytes: [UInt8], delimiter: UInt8, limit: Int, log: inout HarnessLog) {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        guard
            let full = steps(
                CSVReader(bytes: bytes, delimiter: delimiter, maximumRecordBytes: limit), limit: bytes.count + 1)
        else {
            log.fail("the reader does not end")
            return
        }
        guard
            let bounds = steps(
                CSVReader(
                    bytes: bytes, delimiter: delimiter, range: start..<bytes.count, line: 1, boundsOnly: true,
                    maximumRecordBytes: limit),
                limit: bytes.count + 1)
        else {
            log.fail("the bounds-only reader does not end")
            return
        }
        // Contiguity and line numbers, counted independently.
        var position = start
        var line = 1
        for (index, step) in full.enumerated() {
            let range = step.bytes
            guard range.lowerBound == position, range.upperBound <= step.cursor.position,
                step.cursor.position <= bytes.count, step.cursor.position > position
            else {
                log.fail("record \(index) at \(range) does not follow on from \(position) (cursor \(step.cursor))")
                return
            }
            if case .success = step.result, step.line != line {
                log.fail("record \(index) at byte \(position) says line \(step.line), the line ends before it say \(line)")
            }
            if case .failure(let error) = step.result, range.isEmpty {
                // Bytes not kept: only when the record and the rest of its line are over the limit.
                let consumed = bytes[position..<step.cursor.position]
                let lineEnd =
                    consumed.suffix(2).elementsEqual([13, 10]) ? 2 : (consumed.last == 10 || consumed.last == 13 ? 1 : 0)
                log.check(
                    consumed.count - lineEnd > limit,
                    "record \(index): \(error.message), its \(consumed.count - lineEnd) bytes not kept, under the limit \(limit)")
                log.check(
                    lineEnd > 0 || step.cursor.position == bytes.count,
                    "record \(index): the skipped bytes do not end at a line end")
            } else {
                let gap = bytes[range.upperBound..<step.cursor.position]
                log.check(
                    gap.isEmpty ? step.cursor.position == bytes.count : isLineEnd(gap),
                    "record \(index): bytes \(range.upperBound)..<\(step.cursor.position) between it and the next are not a line end")
            }
            if case .success = step.result {
                log.check(range.count <= limit, "record \(index): \(range.count) bytes, over the limit \(limit)")
            }
            for offset in position..<step.cursor.position {
                if bytes[offset] == 10 || (bytes[offset] == 13 && (offset + 1 == bytes.count || bytes[offset + 1] != 10)) {
                    line += 1
                }
            }
            log.check(step.cursor.line == line, "record \(index): the cursor says line \(step.cursor.line), not \(line)")
            position = step.cursor.position
        }
        log.check(position == bytes.count, "reading stopped at \(position) of \(bytes.count)")
        // The bounds-only reader finds the same records.
        log.check(full.count == bounds.count, "\(full.count) records, but \(bounds.count) bounds-only")
        for (index, (a, b)) in zip(full, bounds).enumerated() {
            guard a.bytes == b.bytes, a.cursor == b.cursor, a.line == b.line else {
                log.fail("record \(index): \(a.bytes) line \(a.line) but bounds-only \(b.bytes) line \(b.line)")
                break
            }
            switch (a.result, b.result) {
            case (.success, .success): break
            case (.failure(let x), .failure(let y)):
                log.check(x == y, "record \(index): error \(x) but bounds-only \(y)")
            case (.failure(let x), .success):
                log.check(x.message.contains("UTF-8"), "record \(index): error \(x.message), bounds-only none")
            case (.success, .failure(let y)):
                log.fail("record \(index): no error, but bounds-only \(y.message)")
            }
        }
        // Fields against bytes, and a round trip through the writer.
        let writer = CSVWriter(delimiter: Character(Unicode.Scalar(delimiter)))
        for step in full {
            guard case .success(let record) = step.result else { continue }
            guard !record.fields.isEmpty else {
                log.fail("line \(record.line): a record without fields")
                continue
            }
            let raw = bytes[record.bytes]
            if !raw.contains(34) {
                log.check(
                    Array(record.fields.joined(separator: String(Unicode.Scalar(delimiter))).utf8) == Array(raw),
                    "line \(record.line): the fields joined are not the record's bytes")
            }
            let written = Array(writer.record(record.fields).utf8)
            var again = CSVReader(
                bytes: written, delimiter: delimiter, range: 0..<written.count, line: 1, maximumRecordBytes: 4 * limit + 16)
            switch again.next() {
            case .success(let back)?:
                log.check(back.fields == record.fields, "line \(record.line): \(record.fields) written and read back as \(back.fields)")
                log.check(again.next() == nil, "line \(record.line): one record written, more read back")
            default:
                log.fail("line \(record.line): \(record.fields) written does not read back")
            }
        }
    }
}
