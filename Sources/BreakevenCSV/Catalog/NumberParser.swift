import BreakevenCore

/// Reads numbers the way people type them into spreadsheet cells.
///
/// Accepted, around the digits: surrounding spaces; a sign; a currency symbol
/// or code before or after the number (`€ 12,50`, `12.50 USD`, `R$ 9,90`,
/// `-£3`); a percent sign for rates (`15%` = 0.15, `12,5 %` with a decimal
/// comma); thousands separators that match the decimal mark (`1.234,56` with a
/// decimal comma, `1,234.56` with a decimal point, and with either a space,
/// no-break space or apostrophe: `1 234,56`, `1'234.56`), checked to group
/// digits by three; an exponent (`1,5E3`). An empty cell is "not given".
package struct NumberParser: Sendable, Equatable {
    /// The character between the whole and the fractional part.
    package enum DecimalMark: String, Sendable, Equatable, CaseIterable {
        /// `12.5`
        case point = "."
        /// `12,5`
        case comma = ","

        /// The character.
        package var character: Character { Character(rawValue) }

        /// "decimal point" or "decimal comma".
        package var name: String { self == .point ? "decimal point" : "decimal comma" }

        /// The other mark.
        var other: DecimalMark { self == .point ? .comma : .point }
    }

    /// Why a cell is not a number.
    package struct Failure: Error, Sendable, Equatable {
        /// The text found, trimmed.
        package var text: String
        /// The reason, e.g. "is not a number".
        package var reason: String
    }

    /// The decimal mark of the file.
    package var decimalMark: DecimalMark

    /// A parser for the given decimal mark.
    package init(decimalMark: DecimalMark = .point) {
        self.decimalMark = decimalMark
    }

    /// Currency symbols and ISO codes accepted before or after a number,
    /// longest first so that `R$` is tried before `$`.
    package static let currencies = [
        "R$", "US$", "€", "$", "£", "¥", "EUR", "USD", "GBP", "BRL", "CHF", "JPY", "CAD", "AUD",
    ]

    /// The number in `text`; `nil` for an empty cell.
    ///
    /// - Parameter allowPercent: whether `%` may follow the number (rates);
    ///   the value is then divided by 100.
    /// - Throws: ``Failure`` naming the text and the reason.
    package func parse(_ text: String, allowPercent: Bool = false) throws(Failure) -> Double? {
        var text = text
        let mark: UInt8 = decimalMark == .point ? .point : .comma
        if let fast = text.withUTF8({ FastDecimal.parse($0, decimalMark: mark) }) { return fast }
        let trimmed = text.trimmingSpaces()
        if trimmed.isEmpty { return nil }
        guard let (value, isPercent) = Self.number(in: trimmed, decimalMark: decimalMark) else {
            if Self.number(in: trimmed, decimalMark: decimalMark, inRangeOnly: false) != nil {
                throw Failure(text: trimmed, reason: "is out of range: numbers go from about 1e-308 to 1e308")
            }
            if Self.number(in: trimmed, decimalMark: decimalMark.other) != nil {
                throw Failure(
                    text: trimmed,
                    reason: "is not a number with a \(decimalMark.name) (the file uses '\(decimalMark.rawValue)')")
            }
            throw Failure(text: trimmed, reason: "is not a number")
        }
        if isPercent {
            guard allowPercent else {
                throw Failure(text: trimmed, reason: "is a percentage, but this column is not a rate")
            }
        }
        return value
    }

    /// The value (already divided by 100 when it carried a `%`) and whether it
    /// did, or `nil` when `text` is not a number written with `decimalMark`
    /// or, with `inRangeOnly`, one a Double cannot hold: too large (it would
    /// be infinite) or too small (it would be 0 though its digits are not).
    static func number(in text: String, decimalMark: DecimalMark, inRangeOnly: Bool = true) -> (Double, Bool)? {
        var rest = Substring(text)
        var negative = false
        var signSeen = false
        func takeSign() {
            guard !signSeen, let first = rest.first, first == "-" || first == "+" || first == "−" else { return }
            negative = first != "+"
            signSeen = true
            rest = rest.dropFirst().trimmingSpacesPrefix()
        }
        takeSign()
        if let currency = currencies.first(where: { rest.uppercased().hasPrefix($0) }) {
            rest = rest.dropFirst(currency.count).trimmingSpacesPrefix()
            takeSign()
        }
        var isPercent = false
        if rest.last == "%" {
            isPercent = true
            rest = rest.dropLast().trimmingSpacesSuffix()
        }
        if let currency = currencies.first(where: { rest.uppercased().hasSuffix($0) }) {
            rest = rest.dropLast(currency.count).trimmingSpacesSuffix()
        }
        // A percentage moves the decimal point two places in the text itself, so
        // that "0.1%" reads as exactly the same Double as "0.001".
        guard
            let magnitude = plainNumber(
                rest, decimalMark: decimalMark, exponentShift: isPercent ? -2 : 0, inRangeOnly: inRangeOnly)
        else { return nil }
        let value = negative ? -magnitude : magnitude
        return (value == 0 ? 0 : value, isPercent)
    }

    /// Digits with an optional decimal mark, thousands separators grouping
    /// by three, and an optional exponent; no sign.
    private static func plainNumber(
        _ text: Substring, decimalMark: DecimalMark, exponentShift: Int, inRangeOnly: Bool
    ) -> Double? {
        var mantissa = text
        var exponent = exponentShift
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            let tail = text[text.index(after: e)...]
            let digits = tail.first == "-" || tail.first == "+" ? tail.dropFirst() : tail
            guard !digits.isEmpty, digits.count < 6, digits.allSatisfy(\.isASCIIDigit), let value = Int(tail)
            else { return nil }
            exponent += value
        }
        let parts = mantissa.split(separator: decimalMark.character, omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }
        let whole = parts[0]
        let fraction = parts.count == 2 ? parts[1] : ""
        guard fraction.allSatisfy(\.isASCIIDigit), !(whole.isEmpty && fraction.isEmpty) else { return nil }
        guard let digits = groupedDigits(whole, decimalMark: decimalMark) else { return nil }
        let plain =
            (digits.isEmpty ? "0" : digits) + (fraction.isEmpty ? "" : "." + fraction)
            + (exponent == 0 ? "" : "e\(exponent)")
        guard let value = Double(plain) else { return nil }
        guard inRangeOnly else { return value }
        let underflow = value == 0 && (digits + fraction).contains { $0 != "0" }
        guard value.isFinite, !underflow else { return nil }
        return value
    }

    /// The digits of a whole part, without its thousands separators; `nil`
    /// when it holds anything else or groups wrongly (`1,23,456`).
    private static func groupedDigits(_ whole: Substring, decimalMark: DecimalMark) -> String? {
        if whole.allSatisfy(\.isASCIIDigit) { return String(whole) }
        let separators: Set<Character> = [
            decimalMark == .point ? "," : ".", " ", "\u{00A0}", "\u{202F}", "'", "’",
        ]
        guard let separator = whole.first(where: { !$0.isASCIIDigit }), separators.contains(separator) else {
            return nil
        }
        let groups = whole.split(separator: separator, omittingEmptySubsequences: false)
        guard let first = groups.first, (1...3).contains(first.count), first.first != "0",
            groups.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
            groups.dropFirst().allSatisfy({ $0.count == 3 })
        else { return nil }
        return groups.joined()
    }
}

extension Character {
    /// 0–9 only (not other scripts' digits).
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension StringProtocol {
    /// Spaces, tabs, no-break and narrow no-break spaces.
    fileprivate static func isSpace(_ character: Character) -> Bool {
        character == " " || character == "\t" || character == "\u{00A0}" || character == "\u{202F}"
    }
}

extension String {
    /// The text without leading and trailing spaces, tabs and no-break spaces.
    package func trimmingSpaces() -> String {
        // Most fields start and end with a character that is plainly not a
        // space (an ASCII byte other than space or tab): nothing to trim,
        // and no Characters to walk.
        if let first = utf8.first, let last = utf8.last, first < 0x80, last < 0x80,
            first != 0x20, first != 0x09, last != 0x20, last != 0x09
        {
            return self
        }
        return String(Substring(self).trimmingSpacesPrefix().trimmingSpacesSuffix())
    }
}

extension Substring {
    fileprivate func trimmingSpacesPrefix() -> Substring {
        drop(while: String.isSpace)
    }

    fileprivate func trimmingSpacesSuffix() -> Substring {
        var result = self
        while let last = result.last, String.isSpace(last) { result = result.dropLast() }
        return result
    }
}
