import BreakevenCore
import BreakevenCSV

/// Text for people, built straight into UTF-8 bytes, with interpolations for
/// the number formats of ``NumberFormatting``:
/// `"\(model) earns \(money: profit) a month"`. What the reasons are written
/// in: a dozen numbers per SKU, a million SKUs, without a String each.
package struct Prose: ExpressibleByStringInterpolation, Sendable, Equatable {
    /// The text.
    package var utf8: [UInt8]

    package init(stringLiteral value: String) { utf8 = Array(value.utf8) }

    package init(stringInterpolation: StringInterpolation) { utf8 = stringInterpolation.utf8 }

    /// The text as a String.
    package var string: String { String(decoding: utf8, as: UTF8.self) }

    package static func += (text: inout Prose, more: Prose) { text.utf8 += more.utf8 }

    package static func + (text: Prose, more: Prose) -> Prose {
        var result = text
        result += more
        return result
    }

    package struct StringInterpolation: StringInterpolationProtocol {
        package var utf8: [UInt8] = []

        package init(literalCapacity: Int, interpolationCount: Int) {
            utf8.reserveCapacity(literalCapacity + 12 * interpolationCount)
        }

        package mutating func appendLiteral(_ literal: String) {
            var literal = literal
            literal.withUTF8 { utf8.append(contentsOf: $0) }
        }

        package mutating func appendInterpolation(_ text: Prose) { utf8 += text.utf8 }

        /// A name: a model, a class, a cost line.
        package mutating func appendInterpolation(_ value: some CustomStringConvertible) { appendLiteral(value.description) }

        /// Money: two decimals, grouped.
        package mutating func appendInterpolation(money: Double) { NumberFormatting.appendMoney(money, to: &utf8) }

        /// About three significant digits, grouped.
        package mutating func appendInterpolation(quantity: Double) { NumberFormatting.appendQuantity(quantity, to: &utf8) }

        /// A share as a percentage.
        package mutating func appendInterpolation(percent: Double, decimals: Int = 0) {
            NumberFormatting.appendPercent(percent, decimals: decimals, to: &utf8)
        }

        /// The share of units a base stock serves (``NumberFormatting/stockShare(_:)``).
        package mutating func appendInterpolation(stockShare: Double) {
            NumberFormatting.appendPercent(stockShare, decimals: NumberFormatting.stockShareDecimals, to: &utf8)
        }

        /// Days or months: whole, or with one decimal.
        package mutating func appendInterpolation(compact: Double) { NumberFormatting.appendCompact(compact, to: &utf8) }

        /// Two decimals, grouped.
        package mutating func appendInterpolation(grouped: Double) {
            NumberFormatting.appendGrouped(grouped, decimals: 2, mark: UInt8(ascii: "."), to: &utf8)
        }
    }
}
