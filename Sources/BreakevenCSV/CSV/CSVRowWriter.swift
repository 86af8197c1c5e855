import BreakevenCore

/// Writes CSV records straight into bytes: no `String` per field, numbers in
/// their shortest round-trip form with the dialect's decimal mark, text
/// quoted only when it must be.
package struct CSVRowWriter: Sendable {
    /// The output.
    package var bytes: [UInt8] = []
    private let delimiter: UInt8
    private let decimalMark: UInt8
    private var fieldsInRecord = 0

    /// A writer for `dialect`, with room for `capacity` bytes.
    package init(dialect: CSVDialect, capacity: Int = 1 << 16) {
        delimiter = dialect.delimiter.byte
        decimalMark = dialect.decimalMark == .point ? .point : .comma
        bytes.reserveCapacity(capacity)
    }

    private mutating func separate() {
        if fieldsInRecord > 0 { bytes.append(delimiter) }
        fieldsInRecord += 1
    }

    /// Ends the record with LF.
    package mutating func endRecord() {
        bytes.append(.lineFeed)
        fieldsInRecord = 0
    }

    /// An empty field.
    package mutating func appendEmpty() { separate() }

    /// A text field, quoted when it holds the delimiter, a quote, a line
    /// break, or starts or ends with a space.
    package mutating func append(text: String) {
        separate()
        let start = bytes.count
        append(utf8Of: text)
        quoteIfNeeded(from: start)
    }

    /// A number: `0`, an integer without a decimal part, or Swift's shortest
    /// text that reads back as the same Double, with the dialect's decimal mark.
    package mutating func append(number value: Double) {
        separate()
        appendNumber(value)
    }

    /// A list joined by `separator`, as one field.
    package mutating func append(list items: [String], separator: String) {
        separate()
        let start = bytes.count
        for (index, item) in items.enumerated() {
            if index > 0 { append(utf8Of: separator) }
            append(utf8Of: item)
        }
        quoteIfNeeded(from: start)
    }

    /// A number, or an empty field when `nil`.
    package mutating func append(optional value: Double?) {
        if let value { append(number: value) } else { appendEmpty() }
    }

    /// Text, or an empty field when `nil`.
    package mutating func append(optionalText text: String?) {
        if let text { append(text: text) } else { appendEmpty() }
    }

    /// One output value.
    package mutating func append(_ value: OutputValue) {
        switch value {
        case .number(let number): append(number: number)
        case .text(let text): append(text: text)
        case .list(let items, let separator): append(list: items, separator: separator)
        case .missing: appendEmpty()
        }
    }

    /// `text`'s bytes, copied whole.
    private mutating func append(utf8Of text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Quotes the field written from `start` on when it must be: it holds
    /// the delimiter, a quote or a line break, or starts or ends with a
    /// space. Fields are written as they are first (reasons always hold
    /// commas, most other fields never need quotes).
    private mutating func quoteIfNeeded(from start: Int) {
        let needed = bytes[start...].withUnsafeBufferPointer { field in
            guard let first = field.first, let last = field.last else { return false }
            if first == .space || last == .space { return true }
            for byte in field where byte == delimiter || byte == .quote || byte == .lineFeed || byte == .carriageReturn {
                return true
            }
            return false
        }
        if needed { quoteInPlace(from: start) }
    }

    /// Puts the bytes from `start` on in quotes, doubling the quotes among
    /// them: grown once, then moved back to front.
    private mutating func quoteInPlace(from start: Int) {
        let end = bytes.count
        let quotes = bytes.withUnsafeBufferPointer { buffer in
            var count = 0
            for index in start..<end where buffer[index] == .quote { count += 1 }
            return count
        }
        bytes.append(contentsOf: repeatElement(.quote, count: quotes + 2))
        bytes.withUnsafeMutableBufferPointer { buffer in
            guard quotes > 0 else {
                // Nothing to double: one move right, a quote either side.
                let base = buffer.baseAddress!
                (base + start + 1).update(from: base + start, count: end - start)
                buffer[start] = .quote
                return
            }
            var target = buffer.count - 1
            var source = end - 1
            while source >= start {
                target -= 1
                buffer[target] = buffer[source]
                if buffer[source] == .quote {
                    target -= 1
                    buffer[target] = .quote
                }
                source -= 1
            }
            buffer[start] = .quote
        }
    }

    private mutating func appendNumber(_ value: Double) {
        if value == 0 {
            bytes.append(.zero)
            return
        }
        if value == value.rounded(), abs(value) < 1e15 {
            var integer = Int64(value)
            if integer < 0 {
                bytes.append(.minus)
                integer = -integer
            }
            appendDigits(UInt64(integer))
            return
        }
        // Swift's shortest round-trip digits.
        let start = bytes.count
        append(utf8Of: value.description)
        if decimalMark != .point, let point = bytes[start...].firstIndex(of: .point) { bytes[point] = decimalMark }
    }

    private mutating func appendDigits(_ value: UInt64) {
        var digits = (0 as UInt64, 0 as UInt64, 0 as UInt64)  // room for 20 digits, written backwards
        var count = 0
        var rest = value
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = .zero + UInt8(rest % 10)
                rest /= 10
                count += 1
            } while rest > 0
            bytes.append(contentsOf: buffer[(20 - count)..<20])
        }
    }
}
