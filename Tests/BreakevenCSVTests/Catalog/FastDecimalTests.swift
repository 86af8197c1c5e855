import TestSupport
import Testing

@testable import BreakevenCore
@testable import BreakevenCSV

@Suite("Fast decimal parsing agrees with Double(String)")
struct FastDecimalTests {
    /// 200,000 random decimals of every shape a catalog holds: up to 19
    /// digits, up to 22 after the point, leading zeros, negatives. Wherever
    /// the fast path answers, it is bit for bit `Double(text)`; the parser as
    /// a whole (fast path or fallback) always is.
    @Test func agreesOnARandomizedSet() throws {
        var random = SeededRandom(seed: 2026)
        var fastAnswers = 0
        for _ in 0..<200_000 {
            let wholeDigits = Int(random.next() % 12)
            let fractionDigits = Int(random.next() % 14)
            var text = random.chance(0.1) ? "-" : ""
            for index in 0..<wholeDigits {
                text.append(Character(String(index == 0 && random.chance(0.7) ? 1 + random.next() % 9 : random.next() % 10)))
            }
            if wholeDigits == 0 { text += "0" }
            if fractionDigits > 0 || random.chance(0.1) {
                text += "."
                for _ in 0..<fractionDigits { text.append(Character(String(random.next() % 10))) }
            }
            let expected = try #require(Double(text), "\(text)")
            if let fast = FastDecimal.parse(text.utf8, decimalMark: 46) {
                fastAnswers += 1
                #expect(fast.bitPattern == (expected == 0 ? 0 : expected).bitPattern, "\(text)")
            }
            #expect(try NumberParser().parse(text) == expected, "\(text)")
        }
        #expect(fastAnswers > 150_000)
    }

    @Test(arguments: ["1e5", "1,5", "1.2.3", "", "-", ".", "+3", " 3", "3 ", "12345678901234567890", "0x1"])
    func declinesWhatItCannotReadExactly(_ text: String) {
        #expect(FastDecimal.parse(text.utf8, decimalMark: 46) == nil)
    }

    @Test func decimalComma() {
        #expect(FastDecimal.parse("12,5".utf8, decimalMark: 44) == 12.5)
        #expect(FastDecimal.parse("12.5".utf8, decimalMark: 44) == nil)
        #expect(FastDecimal.parse("-0,0".utf8, decimalMark: 44)?.bitPattern == 0)
    }
}
