import BreakevenCore

/// Parses plain decimal numbers (`-123.456`) straight from UTF-8 bytes, exactly.
///
/// Clinger's fast path ("How to read floating point numbers accurately",
/// PLDI 1990): when the digits fit in 2⁵³ and the power of ten is at most 22,
/// both are exact doubles and one IEEE multiplication or division rounds
/// correctly. Anything else — more digits, signs of other kinds, thousands
/// separators, currency, exponents — returns `nil` and the caller falls back
/// to the full ``NumberParser``, so the result is always the correctly
/// rounded double of the text (a test checks it against `Double(String)`).
enum FastDecimal {
    /// Exact powers of ten representable as doubles.
    private static let powers: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// The value of `bytes`, or `nil` when the fast path does not apply.
    static func parse<C: Collection>(_ bytes: C, decimalMark: UInt8) -> Double? where C.Element == UInt8 {
        var mantissa: UInt64 = 0
        var digits = 0
        var fractionDigits = 0
        var seenMark = false
        var negative = false
        var first = true
        for byte in bytes {
            if byte &- .zero < 10 {
                if digits == 0 && byte == .zero && !seenMark {
                    // Leading zeros do not count towards the 19 digits.
                } else {
                    digits += 1
                    if digits > 19 { return nil }
                    mantissa = mantissa &* 10 &+ UInt64(byte &- .zero)
                }
                if seenMark { fractionDigits += 1 }
                first = false
                continue
            }
            if byte == decimalMark, !seenMark {
                seenMark = true
                first = false
                continue
            }
            if byte == .minus, first {
                negative = true
                first = false
                continue
            }
            return nil
        }
        if first || (digits == 0 && !bytes.contains(where: { $0 == .zero })) { return nil }
        guard mantissa < (1 << 53), fractionDigits <= 22 else { return nil }
        var value = Double(mantissa)
        if fractionDigits > 0 { value /= powers[fractionDigits] }
        if negative { value = -value }
        return value == 0 ? 0 : value
    }
}
