import TestSupport
import Testing

@testable import BreakevenCore
@testable import BreakevenCSV

@Suite("CSV writer")
struct CSVWriterTests {
    @Test(
        arguments: [
            ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
            ("two\nlines", "\"two\nlines\""), (" padded", "\" padded\""), ("", ""),
        ])
    func quotesOnlyWhenNeeded(_ field: String, _ expected: String) {
        #expect(CSVWriter().field(field) == expected)
    }

    @Test func semicolonWriterLeavesCommasAlone() {
        #expect(CSVWriter(delimiter: ";").record(["1,5", "a;b"]) == "1,5;\"a;b\"\n")
    }

    @Test func roundTripsThroughTheReader() throws {
        let fields = ["x", "a,b", "q\"q", "multi\nline", " s ", ""]
        let text = CSVWriter().record(fields)
        let record = try #require(Array(CSVReader(bytes: Array(text.utf8))).first).get()
        #expect(record.fields == fields)
    }
}
