import TestSupport
import Testing

@testable import BreakevenCore
@testable import BreakevenCSV
@testable import BreakevenReport

@Suite("Number formatting")
struct NumberFormattingTests {
    @Test(
        arguments: [
            (1234.5, "1,234.50"), (-1234.5, "-1,234.50"), (0.005, "0.01"), (-0.004, "0.00"),
            (999.995, "1,000.00"), (1_234_567.891, "1,234,567.89"), (0, "0.00"), (12, "12.00"),
        ])
    func money(_ value: Double, _ expected: String) {
        #expect(NumberFormatting.money(value) == expected)
    }

    @Test func europeanMarks() {
        #expect(NumberFormatting.grouped(1234.5, decimals: 2, decimalMark: ",", groupSeparator: ".") == "1.234,50")
    }

    @Test func groupingEdges() {
        #expect(NumberFormatting.grouped(1_234_567, decimals: 0) == "1,234,567")
        #expect(NumberFormatting.grouped(999, decimals: 0) == "999")
        #expect(NumberFormatting.grouped(-0.5, decimals: 0) == "-1")
        #expect(NumberFormatting.grouped(0.07, decimals: 1) == "0.1")
        #expect(NumberFormatting.grouped(0.001, decimals: 3) == "0.001")
        #expect(NumberFormatting.grouped(1234.5, groupSeparator: "\u{202F}") == "1\u{202F}234.50")
        #expect(NumberFormatting.grouped(1234.5, groupSeparator: nil) == "1234.50")
        #expect(NumberFormatting.grouped(1e20, decimals: 0) == "1e+20")
        #expect(NumberFormatting.grouped(-1_234_567_890_123_456, decimals: 0) == "-1,234,567,890,123,456")
        #expect(NumberFormatting.grouped(.nan) == "-" && NumberFormatting.grouped(-.infinity) == "-")
    }

    @Test(arguments: [(0.0123, "0.0123"), (12.345, "12.3"), (12345.6, "12,346"), (1.5, "1.50"), (0.5, "0.500"), (0, "0")])
    func quantity(_ value: Double, _ expected: String) {
        #expect(NumberFormatting.quantity(value) == expected)
    }

    @Test func compact() {
        #expect(NumberFormatting.compact(4) == "4")
        #expect(NumberFormatting.compact(2.25) == "2.3")
    }

    @Test func percent() {
        #expect(NumberFormatting.percent(0.125, decimals: 1) == "12.5%")
        #expect(NumberFormatting.percent(0.48) == "48%")
    }


    @Test func readableHidesBinaryNoise() {
        #expect(NumberFormatting.readable(3.3600000000000003) == "3.36")
        #expect(NumberFormatting.readable(0.1 + 0.2) == "0.3")
        #expect(NumberFormatting.readable(8000) == "8000")
        #expect(NumberFormatting.readable(1.0 / 3) == "0.3333333333")
        #expect(NumberFormatting.readable(0) == "0")
    }

    @Test func nonFiniteIsADash() {
        #expect(NumberFormatting.money(.nan) == "-")
        #expect(NumberFormatting.money(.infinity) == "-")
    }

    /// 30,000 random values from 10⁻⁶ to 10¹⁴, both signs, 0 to 8 decimals,
    /// against text built here from the rounded whole number with string
    /// operations: the ASCII path the reasons use, without a separator, and
    /// marks past ASCII (an Arabic decimal separator, a narrow no-break
    /// space between groups).
    @Test func groupedAgreesWithATextReference() {
        func reference(_ value: Double, _ decimals: Int, mark: String, separator: String) -> String? {
            var scale = 1.0
            for _ in 0..<decimals { scale *= 10 }
            let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
            guard scaled < 9e15 else { return nil }  // the exponent form: hand-written cases above
            var digits = String(UInt64(scaled))
            while digits.count <= decimals { digits = "0" + digits }
            let whole = Array(digits.dropLast(decimals))
            var grouped = ""
            for (index, digit) in whole.enumerated() {
                if index > 0, (whole.count - index) % 3 == 0 { grouped += separator }
                grouped.append(digit)
            }
            let sign = value < 0 && scaled != 0 ? "-" : ""
            return sign + grouped + (decimals > 0 ? mark + digits.suffix(decimals) : "")
        }
        var random = SeededRandom(seed: 314)
        var compared = 0
        for _ in 0..<30_000 {
            let value = random.logUniform(1e-6, 1e14) * (random.chance(0.3) ? -1 : 1)
            let decimals = Int(random.next() % 9)
            guard let plain = reference(value, decimals, mark: ".", separator: ",") else { continue }
            compared += 1
            #expect(NumberFormatting.grouped(value, decimals: decimals) == plain, "\(value) \(decimals)")
            #expect(
                NumberFormatting.grouped(value, decimals: decimals, groupSeparator: nil)
                    == reference(value, decimals, mark: ".", separator: ""))
            #expect(
                NumberFormatting.grouped(value, decimals: decimals, decimalMark: "\u{066B}", groupSeparator: "\u{202F}")
                    == reference(value, decimals, mark: "\u{066B}", separator: "\u{202F}"))
        }
        #expect(compared > 20_000)
    }

    /// Decimals outside 0…15 are taken as the nearest, never a crash.
    @Test func decimalsOutOfRangeAreClamped() {
        #expect(NumberFormatting.grouped(1.5, decimals: -3) == "2")
        #expect(NumberFormatting.grouped(0, decimals: 40) == "0.000000000000000")
        #expect(NumberFormatting.grouped(2, decimals: 40, decimalMark: "٫") == "2٫000000000000000")
    }
}
