import TestSupport
import Testing

@testable import BreakevenCore
@testable import BreakevenCSV

@Suite("Numbers as people type them")
struct NumberParserTests {
    static let point = NumberParser(decimalMark: .point)
    static let comma = NumberParser(decimalMark: .comma)

    @Test(
        "decimal point",
        arguments: [
            ("12.5", 12.5), (" 12.5 ", 12.5), ("1,234.56", 1234.56), ("1,234", 1234), ("1 234.5", 1234.5),
            ("1'234.5", 1234.5), ("€ 12.50", 12.5), ("12.50 USD", 12.5), ("$3", 3), ("£0.99", 0.99),
            ("R$ 9.90", 9.9), ("-€12", -12), ("€-12", -12), ("1e3", 1000), ("2.5E-2", 0.025), (".5", 0.5),
            ("0", 0), ("-0", 0), ("+7", 7), ("12.", 12), ("1,234,567.891", 1_234_567.891),
        ])
    func point(_ text: String, _ expected: Double) throws {
        #expect(try Self.point.parse(text) == expected)
    }

    @Test(
        "decimal comma",
        arguments: [
            ("12,5", 12.5), ("1.234,56", 1234.56), ("1.234", 1234), ("1 234,56", 1234.56),
            ("1\u{00A0}234,56", 1234.56), ("1\u{202F}234,56", 1234.56), ("€ 12,50", 12.5), ("12,50 €", 12.5),
            ("12,50 EUR", 12.5), ("R$ 9,90", 9.9), ("0,125", 0.125), ("1,5E3", 1500),
        ])
    func comma(_ text: String, _ expected: Double) throws {
        #expect(try Self.comma.parse(text) == expected)
    }

    @Test(arguments: [("15%", 0.15), ("12,5 %", 0.125), ("0,5%", 0.005), ("100%", 1)])
    func percentagesForRates(_ text: String, _ expected: Double) throws {
        let value = try #require(try Self.comma.parse(text, allowPercent: true))
        #expect(isClose(value, expected, relative: 1e-15))
        #expect(isClose(try #require(try Self.point.parse(text.replacing(",", with: "."), allowPercent: true)), expected))
    }

    /// The percent sign shifts the decimal point in the text, so a percentage
    /// reads as exactly the Double of the same share typed out.
    @Test func percentagesAreExact() throws {
        for (percent, share) in [("0.1%", "0.001"), ("7%", "0.07"), ("12.34%", "0.1234"), ("33.3%", "0.333")] {
            #expect(try Self.point.parse(percent, allowPercent: true) == Double(share))
        }
    }

    @Test func emptyIsNotGiven() throws {
        #expect(try Self.point.parse("") == nil)
        #expect(try Self.point.parse("   ") == nil)
    }

    @Test(
        "not numbers",
        arguments: [
            "abc", "12abc", "1,23,456", "12..5", "1.2.3", "€", "%", "12 34 5", "nan", "inf", "1e400", "--3", "0x10",
            "1,2345.6", "١٢",
        ])
    func rejected(_ text: String) {
        #expect(throws: NumberParser.Failure.self) { try Self.point.parse(text) }
    }

    @Test func wrongDecimalMarkIsNamed() {
        #expect(throws: NumberParser.Failure(text: "12,5", reason: "is not a number with a decimal point (the file uses '.')")) {
            try Self.point.parse("12,5")
        }
        #expect(throws: NumberParser.Failure(text: "12.5", reason: "is not a number with a decimal comma (the file uses ',')")) {
            try Self.comma.parse("12.5")
        }
    }

    /// A Double cannot hold them: past 1.8e308 it would be infinite, below
    /// 4.9e-324 it would be 0 though the digits are not.
    @Test(arguments: ["1e400", "-1e400", "1e-400", "0.0000001e-320", "1e-325%", "1" + String(repeating: "0", count: 400)])
    func outOfRangeIsNamed(_ text: String) {
        #expect(throws: NumberParser.Failure(text: text, reason: "is out of range: numbers go from about 1e-308 to 1e308")) {
            try Self.point.parse(text, allowPercent: true)
        }
    }

    @Test func zeroWrittenAnyWayIsZero() throws {
        for text in ["0", "0,000", "0e-400", "-0", "0,000e5"] {
            #expect(try Self.comma.parse(text) == 0)
        }
        #expect(try Self.point.parse("4.9e-324") == .leastNonzeroMagnitude)
    }

    @Test func percentOutsideARateIsAnError() {
        #expect(throws: NumberParser.Failure(text: "15%", reason: "is a percentage, but this column is not a rate")) {
            try Self.point.parse("15%")
        }
    }

    /// Spaces, tabs and no-break spaces go from both ends, whatever the
    /// text (the plain-ASCII fast path and the Character walk agree).
    @Test(arguments: [
        ("a", "a"), ("", ""), ("   ", ""), (" a ", "a"), ("\ta b\t", "a b"), ("\u{00A0}12,5\u{202F}", "12,5"),
        ("é ", "é"), (" é", "é"), ("€", "€"), ("a\u{0301}", "a\u{0301}"), ("x \u{00A0}", "x"), ("\r\n", "\r\n"),
    ])
    func trimmingSpaces(_ text: String, _ expected: String) {
        #expect(text.trimmingSpaces() == expected)
    }
}
