import TestSupport
import Testing

@testable import BreakevenCore
@testable import BreakevenCSV
@testable import BreakevenReport

/// Reasons are written as UTF-8 bytes; they read as the String formats do.
@Suite("Prose")
struct ProseTests {
    @Test func interpolationsAreTheNumberFormats() {
        let values = [0, 0.004, 0.5, 1.5, 12.345, 999.995, 1234.5, -1234.5, 12_345.6, 1e20, .nan]
        for value in values {
            let text: Prose = "m \(money: value) q \(quantity: value) p \(percent: value) "
                + "p1 \(percent: value, decimals: 1) c \(compact: value) g \(grouped: value)"
            let expected = "m \(NumberFormatting.money(value)) q \(NumberFormatting.quantity(value)) "
                + "p \(NumberFormatting.percent(value)) p1 \(NumberFormatting.percent(value, decimals: 1)) "
                + "c \(NumberFormatting.compact(value)) g \(NumberFormatting.grouped(value))"
            #expect(text.string == expected)
        }
    }

    /// Hand-written: the formats themselves, names and non-ASCII text.
    @Test func readsAsWritten() {
        let text: Prose = "\(FulfilmentModel.hybrid) earns \(money: 78_173.449) — \(percent: 0.1834) of "
            + "\(quantity: 442.4) units, \(compact: 2.5)-day → \(StabilityClass.x)"
        #expect(text.string == "HYBRID earns 78,173.45 — 18% of 442 units, 2.5-day → X")
    }
}
