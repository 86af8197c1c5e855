/// Number formats for people (tables, reasons) and for machines (CSV, JSON).
public enum NumberFormatting {
    /// `value` with `decimals` digits after the point and a thousands
    /// separator: `1234.5` → `"1,234.50"`. Rounds half away from zero.
    /// Non-finite values print as `"-"`.
    public static func grouped(
        _ value: Double, decimals: Int = 2, decimalMark: Character = ".", groupSeparator: Character? = ","
    ) -> String {
        guard value.isFinite else { return "-" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        var scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        let negative = value < 0 && scaled != 0
        // Beyond 2^53 digits are not exact anyway; print what Double says.
        if scaled >= 9.0e15 {
            scaled = abs(value).rounded()
            var text: [UInt8] = negative ? [UInt8(ascii: "-")] : []
            appendGrouped(Array(format0(scaled).utf8), separator: groupSeparator, to: &text)
            return String(decoding: text, as: UTF8.self)
        }
        let integer = UInt64(scaled)
        var unit: UInt64 = 1
        for _ in 0..<decimals { unit *= 10 }
        let whole = integer / unit
        let fraction = integer % unit
        // Written backwards into a buffer on the stack: this runs a dozen
        // times per SKU in every reason, and most results fit in a String
        // without a heap allocation.
        let capacity = 24 + decimals + decimalMark.utf8.count + 7 * (groupSeparator?.utf8.count ?? 0)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            var start = capacity
            func put(_ byte: UInt8) {
                start -= 1
                buffer[start] = byte
            }
            func put(_ character: Character?) {
                guard let character else { return }
                if let ascii = character.asciiValue { return put(ascii) }
                for byte in character.utf8.reversed() { put(byte) }
            }
            if decimals > 0 {
                var rest = fraction
                for _ in 0..<decimals {
                    put(UInt8(ascii: "0") + UInt8(rest % 10))
                    rest /= 10
                }
                put(decimalMark)
            }
            var rest = whole
            var written = 0
            repeat {
                if written > 0, written % 3 == 0 { put(groupSeparator) }
                put(UInt8(ascii: "0") + UInt8(rest % 10))
                rest /= 10
                written += 1
            } while rest > 0
            if negative { put(UInt8(ascii: "-")) }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[start...]), as: UTF8.self)
        }
    }

    /// Money for people: two decimals, grouped.
    public static func money(_ value: Double) -> String { grouped(value, decimals: 2) }

    /// A share as a percentage with `decimals` digits: 0.125 → "12.5%".
    public static func percent(_ share: Double, decimals: Int = 0) -> String {
        grouped(share * 100, decimals: decimals, groupSeparator: nil) + "%"
    }

    /// A quantity for people with about three significant digits:
    /// 0.0123 → "0.0123", 0.5 → "0.500", 12.345 → "12.3", 12345.6 → "12,346".
    public static func quantity(_ value: Double) -> String {
        let magnitude = abs(value)
        if magnitude >= 100 || magnitude == 0 { return grouped(value, decimals: 0) }
        if magnitude >= 10 { return grouped(value, decimals: 1) }
        if magnitude >= 1 { return grouped(value, decimals: 2) }
        var decimals = 3
        var probe = magnitude
        while probe < 0.1 && decimals < 8 {
            probe *= 10
            decimals += 1
        }
        return grouped(value, decimals: decimals)
    }

    /// Whole numbers without decimals, others with one: 4 → "4", 2.5 → "2.5".
    public static func compact(_ value: Double) -> String {
        grouped(value, decimals: value == value.rounded() ? 0 : 1)
    }

    /// `value` rounded to 10 significant digits, shortest form: hides the
    /// binary noise of derived values (3.3600000000000003 → "3.36").
    public static func readable(_ value: Double) -> String {
        guard value.isFinite, value != 0 else { return exact(value) }
        let magnitude = Int((abs(value)).log10Floor)
        let decimals = 9 - magnitude
        guard decimals > 0, decimals < 300 else { return exact(value) }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        return exact(rounded.isFinite ? rounded : value)
    }

    /// The shortest text that reads back as exactly `value` (Swift's
    /// `description`), without a trailing `.0`; for CSV and JSON.
    public static func exact(_ value: Double) -> String {
        if value == 0 { return "0" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return value.description
    }

    private static func format0(_ value: Double) -> String {
        let text = value.description
        if text.hasSuffix(".0") { return String(text.dropLast(2)) }
        return text
    }

    /// Appends `digits` with `separator` between groups of three; other text
    /// (an exponent, say) as it is.
    private static func appendGrouped(_ digits: [UInt8], separator: Character?, to text: inout [UInt8]) {
        guard let separator, digits.count > 3, digits.allSatisfy({ $0 >= 48 && $0 <= 57 }) else {
            text += digits
            return
        }
        let mark = Array(String(separator).utf8)
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { text += mark }
            text.append(digit)
        }
    }
}

extension Double {
    /// ⌊log₁₀ |x|⌋ for finite, non-zero x, without Foundation.
    fileprivate var log10Floor: Double {
        var exponent = 0.0
        var x = abs(self)
        while x >= 10 {
            x /= 10
            exponent += 1
        }
        while x < 1 {
            x *= 10
            exponent -= 1
        }
        return exponent
    }
}
