import TestSupport
import Testing

@testable import BreakevenCore
@testable import BreakevenCSV

/// Records written straight into bytes, in either dialect.
@Suite("CSV row writer")
struct CSVRowWriterTests {
    static func record(_ dialect: CSVDialect, _ write: (inout CSVRowWriter) -> Void) -> String {
        var writer = CSVRowWriter(dialect: dialect)
        write(&writer)
        writer.endRecord()
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    @Test func numbersInThePlainDialect() {
        let line = Self.record(.plain) { writer in
            for value in [0, -0.0, 42, -7, 0.1, 1234.5, 1e-7, 2.5e15, 1e16] { writer.append(number: value) }
        }
        // Whole numbers from 10¹⁵ on are Swift's shortest text: digits and `.0` below 2⁵³, an exponent above.
        #expect(line == "0,0,42,-7,0.1,1234.5,1e-07,2500000000000000.0,1e+16\n")
    }

    @Test func numbersWithADecimalComma() {
        let line = Self.record(.european) { writer in
            for value in [0.1, -1234.5, 3, 1e-7] { writer.append(number: value) }
        }
        #expect(line == "0,1;-1234,5;3;1e-07\n")
    }

    @Test func textIsQuotedOnlyWhenItMust() {
        let line = Self.record(.plain) { writer in
            writer.append(text: "plain")
            writer.append(text: "a,b")
            writer.append(text: "12\" pizza")
            writer.append(text: " padded")
            writer.append(text: "two\nlines")
            writer.appendEmpty()
            writer.append(text: "a;b")
        }
        #expect(line == "plain,\"a,b\",\"12\"\" pizza\",\" padded\",\"two\nlines\",,a;b\n")
    }

    @Test func listsAreOneFieldQuotedOnlyWhenTheyMust() {
        let plain = Self.record(.plain) { writer in
            writer.append(list: ["price", "moq"], separator: "|")
            writer.append(list: [], separator: "|")
            writer.append(list: ["a", "b"], separator: ",")
            writer.append(list: ["x\"y"], separator: "|")
        }
        #expect(plain == "price|moq,,\"a,b\",\"x\"\"y\"\n")
        let european = Self.record(.european) { writer in
            writer.append(list: ["a", "b"], separator: ",")
            writer.append(list: ["a", "b"], separator: ";")
        }
        #expect(european == "a,b;\"a;b\"\n")
    }

    /// Numbers reach the record through `Double.write(to:)`, not a String:
    /// 100,000 random doubles (any finite bit pattern, and prices with
    /// cents) come out as Swift's `description`, the dialect's decimal mark
    /// in place of the point, and read back to the same Double.
    @Test func numbersAreSwiftsShortestTextOnARandomizedSet() throws {
        var random = SeededRandom(seed: 41)
        for index in 0..<100_000 {
            let value =
                index % 2 == 0
                ? Double(bitPattern: random.next())
                : Double(Int(random.next() % 10_000_000)) / 100 * (random.chance(0.5) ? 1 : -1)
            guard value.isFinite, value != 0, value != value.rounded() || abs(value) >= 1e15 else { continue }
            let plain = Self.record(.plain) { $0.append(number: value) }
            #expect(plain == value.description + "\n")
            let european = Self.record(.european) { $0.append(number: value) }
            #expect(european == value.description.replacing(".", with: ",") + "\n")
            #expect(Double(String(plain.dropLast())) == value)
        }
    }

    /// Quotes anywhere in a field are doubled, the field put in quotes.
    @Test func quotesAreDoubledWherever() {
        let line = Self.record(.plain) { writer in
            writer.append(text: "\"start")
            writer.append(text: "end\"")
            writer.append(text: "\"\"")
            writer.append(list: ["say \"hi\"", "x"], separator: " ")
        }
        #expect(line == "\"\"\"start\",\"end\"\"\",\"\"\"\"\"\",\"say \"\"hi\"\" x\"\n")
    }
}
