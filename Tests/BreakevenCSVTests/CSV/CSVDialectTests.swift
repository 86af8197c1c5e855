import TestSupport
import Testing

@testable import BreakevenCore
@testable import BreakevenCSV

@Suite("Detecting a file's dialect")
struct CSVDialectTests {
    static func detect(_ text: String) -> DialectDetection {
        DialectDetector.detect(Array(text.utf8))
    }

    @Test func commaAndPoint() {
        let detection = Self.detect("sku,price,monthly_demand\nA,12.5,100\nB,\"1,234.50\",3\n")
        #expect(detection.dialect == .plain)
        #expect(detection.description == "',' separated, decimal point")
    }

    @Test func semicolonAndComma() {
        let detection = Self.detect("\u{FEFF}sku;price;monthly_demand\r\nA;12,5;100\r\nB;1.234,50;3\r\n")
        #expect(detection.dialect == .european)
        #expect(detection.description == "';' separated, decimal comma")
    }

    @Test func semicolonWithDecimalPoint() {
        #expect(Self.detect("sku;price\nA;12.5\n").dialect == CSVDialect(delimiter: .semicolon, decimalMark: .point))
    }

    @Test func tabSeparated() {
        let detection = Self.detect("sku\tprice\tname\nA\t12.5\tx, y\n")
        #expect(detection.dialect.delimiter == .tab)
        #expect(detection.description.hasPrefix("tab separated"))
    }

    @Test func commasInsideTextDoNotFoolTheDelimiter() {
        let detection = Self.detect("sku;name;price\nA;Red, large;12,5\nB;Blue, small;9,9\n")
        #expect(detection.dialect == .european)
    }

    @Test func ambiguousSemicolonFileAssumesTheDecimalComma() {
        let detection = Self.detect("sku;price;monthly_demand\nA;12;100\nB;1.234;3\n")
        #expect(detection.dialect == .european)
        #expect(detection.description == "';' separated, decimal comma (assumed: no decimals in the first rows)")
        let comma = Self.detect("sku,price\nA,12\n")
        #expect(comma.dialect == .plain)
    }

    @Test func percentagesAndCurrenciesAreEvidence() {
        #expect(Self.detect("sku;return_rate;price\nA;12,5%;€ 3\n").dialect.decimalMark == .comma)
        #expect(Self.detect("sku;return_rate\nA;0.125\n").dialect.decimalMark == .point)
    }

    @Test func forcedChoicesWin() {
        let detection = DialectDetector.detect(Array("sku;price\nA;12.5\n".utf8), delimiter: .semicolon, decimalMark: .comma)
        #expect(detection.dialect == .european)
        #expect(detection.description == "';' separated (as told), decimal comma (as told)")
    }

    @Test func singleColumnFileIsAssumedComma() {
        #expect(Self.detect("sku\nA\n").delimiterBasis == .assumed("a single column"))
    }
}
