import BreakevenCore
import BreakevenCSV

/// Number formats for people: tables, reasons, charts, the report. Numbers
/// for machines (CSV, JSON) are ``ExactNumber``.
package enum NumberFormatting {
    /// `value` with `decimals` digits after the point (0 to 15; others are
    /// taken as the nearest) and a thousands separator: `1234.5` →
    /// `"1,234.50"`. Rounds half away from zero. Non-finite values print as `"-"`.
    package static func grouped(
        _ value: Double, decimals: Int = 2, decimalMark: Character = ".", groupSeparator: Character? = ","
    ) -> String {
        text { appendGrouped(value, decimals: decimals, decimalMark: decimalMark, groupSeparator: groupSeparator, to: &$0) }
    }

    /// ``grouped(_:decimals:decimalMark:groupSeparator:)`` appended to
    /// UTF-8 `text`, without a String: reasons are written this way, a dozen
    /// numbers per SKU.
    package static func appendGrouped(
        _ value: Double, decimals: Int = 2, decimalMark: Character = ".", groupSeparator: Character? = ",",
        to text: inout [UInt8]
    ) {
        let mark = decimalMark.asciiValue
        let separator = groupSeparator?.asciiValue
        if let mark, groupSeparator == nil || separator != nil {
            return appendGrouped(value, decimals: decimals, mark: mark, separator: separator, to: &text)
        }
        guard let rounded = Rounded(value, decimals: decimals) else {
            return appendUnrounded(value, separator: groupSeparator, to: &text)
        }
        // A mark or separator past ASCII: the text written with "." and ","
        // in their places (the only bytes besides digits and the sign), then
        // each swapped for its own.
        var ascii: [UInt8] = []
        rounded.write(mark: UInt8(ascii: "."), separator: groupSeparator == nil ? nil : UInt8(ascii: ","), to: &ascii)
        for byte in ascii {
            switch byte {
            case UInt8(ascii: "."): text += decimalMark.utf8
            case UInt8(ascii: ","): if let groupSeparator { text += groupSeparator.utf8 }
            default: text.append(byte)
            }
        }
    }

    /// ``appendGrouped(_:decimals:decimalMark:groupSeparator:to:)`` with an
    /// ASCII mark and separator: what the reasons use.
    static func appendGrouped(
        _ value: Double, decimals: Int, mark: UInt8 = UInt8(ascii: "."), separator: UInt8? = UInt8(ascii: ","),
        to text: inout [UInt8]
    ) {
        guard let rounded = Rounded(value, decimals: decimals) else {
            return appendUnrounded(value, separator: separator.map { Character(Unicode.Scalar($0)) }, to: &text)
        }
        rounded.write(mark: mark, separator: separator, to: &text)
    }

    /// A value rounded half away from zero to `decimals` places (0 to 15,
    /// others taken as the nearest): its sign, and its digits as a whole
    /// number with `decimals` places implied. `nil` for a value that is not
    /// finite or whose digits pass 9·10¹⁵, where they are no longer exact.
    private struct Rounded {
        let negative: Bool
        let digits: UInt64
        let decimals: Int

        init?(_ value: Double, decimals: Int) {
            let decimals = min(max(decimals, 0), 15)
            var scale = 1.0
            for _ in 0..<decimals { scale *= 10 }
            let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
            guard value.isFinite, scaled < 9.0e15 else { return nil }
            negative = value < 0 && scaled != 0
            digits = UInt64(scaled)
            self.decimals = decimals
        }

        /// Appends the text, ASCII `mark` and `separator` included: written
        /// backwards on the stack, then appended at once.
        func write(mark: UInt8, separator: UInt8?, to text: inout [UInt8]) {
            var unit: UInt64 = 1
            for _ in 0..<decimals { unit *= 10 }
            // Sign, 16 digits, 5 separators, the mark and 15 decimals at most.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 48) { out in
                var start = 48
                func put(_ byte: UInt8) {
                    start -= 1
                    out[start] = byte
                }
                if decimals > 0 {
                    var rest = digits % unit
                    for _ in 0..<decimals {
                        put(UInt8(ascii: "0") + UInt8(rest % 10))
                        rest /= 10
                    }
                    put(mark)
                }
                var rest = digits / unit
                var written = 0
                repeat {
                    if written > 0, written % 3 == 0, let separator { put(separator) }
                    put(UInt8(ascii: "0") + UInt8(rest % 10))
                    rest /= 10
                    written += 1
                } while rest > 0
                if negative { put(UInt8(ascii: "-")) }
                text.append(contentsOf: UnsafeBufferPointer(rebasing: out[start...]))
            }
        }
    }

    /// What ``Rounded`` cannot hold: `-` for a value that is not finite;
    /// past 9·10¹⁵, the whole number as Double prints it, its digits grouped.
    private static func appendUnrounded(_ value: Double, separator: Character?, to text: inout [UInt8]) {
        guard value.isFinite else {
            text.append(UInt8(ascii: "-"))
            return
        }
        if value < 0 { text.append(UInt8(ascii: "-")) }
        appendGrouped(Array(format0(abs(value).rounded()).utf8), separator: separator, to: &text)
    }

    /// Money for people: two decimals, grouped.
    package static func money(_ value: Double) -> String { text { appendMoney(value, to: &$0) } }

    /// ``money(_:)`` appended to UTF-8 `text`.
    package static func appendMoney(_ value: Double, to text: inout [UInt8]) {
        appendGrouped(value, decimals: 2, mark: UInt8(ascii: "."), to: &text)
    }

    /// The share of units a base stock serves, as a percentage with one
    /// decimal: the one format of that figure, in the reasons and the tables.
    package static func stockShare(_ share: Double) -> String { percent(share, decimals: stockShareDecimals) }

    /// Decimals of ``stockShare(_:)``.
    static let stockShareDecimals = 1

    /// A share as a percentage with `decimals` digits: 0.125 → "12.5%".
    package static func percent(_ share: Double, decimals: Int = 0) -> String {
        text { appendPercent(share, decimals: decimals, to: &$0) }
    }

    /// ``percent(_:decimals:)`` appended to UTF-8 `text`.
    package static func appendPercent(_ share: Double, decimals: Int = 0, to text: inout [UInt8]) {
        appendGrouped(share * 100, decimals: decimals, mark: UInt8(ascii: "."), separator: nil, to: &text)
        text.append(UInt8(ascii: "%"))
    }

    /// A quantity for people with about three significant digits:
    /// 0.0123 → "0.0123", 0.5 → "0.500", 12.345 → "12.3", 12345.6 → "12,346".
    package static func quantity(_ value: Double) -> String { text { appendQuantity(value, to: &$0) } }

    /// ``quantity(_:)`` appended to UTF-8 `text`.
    package static func appendQuantity(_ value: Double, to text: inout [UInt8]) {
        let magnitude = abs(value)
        var decimals = 0
        if magnitude >= 100 || magnitude == 0 {
            decimals = 0
        } else if magnitude >= 10 {
            decimals = 1
        } else if magnitude >= 1 {
            decimals = 2
        } else {
            decimals = 3
            var probe = magnitude
            while probe < 0.1 && decimals < 8 {
                probe *= 10
                decimals += 1
            }
        }
        appendGrouped(value, decimals: decimals, mark: UInt8(ascii: "."), to: &text)
    }

    /// Whole numbers without decimals, others with one: 4 → "4", 2.5 → "2.5".
    package static func compact(_ value: Double) -> String { text { appendCompact(value, to: &$0) } }

    /// ``compact(_:)`` appended to UTF-8 `text`.
    package static func appendCompact(_ value: Double, to text: inout [UInt8]) {
        appendGrouped(value, decimals: value == value.rounded() ? 0 : 1, mark: UInt8(ascii: "."), to: &text)
    }

    /// The text one of the `append…` functions writes.
    private static func text(_ write: (inout [UInt8]) -> Void) -> String {
        var bytes: [UInt8] = []
        write(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `value` rounded to 10 significant digits, shortest form: hides the
    /// binary noise of derived values (3.3600000000000003 → "3.36").
    package static func readable(_ value: Double) -> String {
        guard value.isFinite, value != 0 else { return ExactNumber.text(value) }
        let magnitude = Int((abs(value)).log10Floor)
        let decimals = 9 - magnitude
        guard decimals > 0, decimals < 300 else { return ExactNumber.text(value) }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        return ExactNumber.text(rounded.isFinite ? rounded : value)
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
