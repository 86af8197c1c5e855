import TestSupport
import Testing

@testable import BreakevenCore
@testable import BreakevenCSV

@Suite("RFC 4180 reader")
struct CSVReaderTests {
    static func read(_ text: String, delimiter: Character = ",") -> [Result<CSVRecord, CSVSyntaxError>] {
        Array(CSVReader(bytes: Array(text.utf8), delimiter: UInt8(ascii: delimiter.unicodeScalars.first!)))
    }

    static func records(_ text: String) throws -> [CSVRecord] {
        try read(text).map { try $0.get() }
    }

    @Test func plainFieldsAndLineNumbers() throws {
        let records = try Self.records("a,b,c\n1,2,3\n")
        #expect(records == [CSVRecord(line: 1, fields: ["a", "b", "c"]), CSVRecord(line: 2, fields: ["1", "2", "3"])])
    }

    @Test func quotedFieldsHoldCommasQuotesAndLineBreaks() throws {
        let records = try Self.records("sku,name\n\"A,1\",\"say \"\"hi\"\"\"\n\"B\",\"two\nlines\"\nC,x\n")
        #expect(records[1].fields == ["A,1", "say \"hi\""])
        #expect(records[2].fields == ["B", "two\nlines"])
        #expect(records[2].line == 3)
        #expect(records[3].line == 5)
    }

    @Test(arguments: ["a,b\r\n1,2\r\n", "a,b\n1,2\n", "a,b\r1,2\r", "a,b\n1,2"])
    func lineEnds(_ text: String) throws {
        let records = try Self.records(text)
        #expect(records.map(\.fields) == [["a", "b"], ["1", "2"]])
        #expect(records.map(\.line) == [1, 2])
    }

    @Test func byteOrderMarkIsStripped() throws {
        let records = try Self.records("\u{FEFF}sku,price\nA,1\n")
        #expect(records[0].fields == ["sku", "price"])
    }

    @Test func emptyFieldsAndBlankLines() throws {
        let records = try Self.records("a,,c\n\n,,\n")
        #expect(records[0].fields == ["a", "", "c"])
        #expect(records[1].isBlank)
        #expect(records[2].isBlank)
        #expect(records[2].line == 3)
    }

    @Test func semicolonDelimiter() throws {
        let records = try Self.read("a;b\n\"1;5\";2\n", delimiter: ";").map { try $0.get() }
        #expect(records[1].fields == ["1;5", "2"])
    }

    @Test func quoteInsideAnUnquotedFieldIsText() throws {
        #expect(try Self.records("12\" pizza,3\n")[0].fields == ["12\" pizza", "3"])
    }

    @Test func spacesAroundAQuotedFieldAreIgnored() throws {
        #expect(try Self.records("a, \"b\" ,c\n")[0].fields == ["a", "b", "c"])
    }

    @Test func unterminatedQuoteIsAnErrorAtItsPositionAndReadingResumes() {
        let results = Self.read("sku,price\nA,\"oops\nB,2\nC,3\n")
        guard case .failure(let error) = results[1] else {
            Issue.record("expected an error, got \(results[1])")
            return
        }
        #expect(error.line == 2)
        #expect(error.column == 2)
        #expect(error.message.contains("never closed"))
        let rest = results.dropFirst(2).compactMap { try? $0.get() }
        #expect(rest.map(\.fields) == [["B", "2"], ["C", "3"]])
        #expect(rest.map(\.line) == [3, 4])
    }

    @Test func textAfterAClosingQuoteIsAnError() {
        let results = Self.read("a,b\n\"x\"y,2\nok,3\n")
        guard case .failure(let error) = results[1] else {
            Issue.record("expected an error")
            return
        }
        #expect(error.line == 2 && error.column == 1)
        #expect((try? results[2].get())?.fields == ["ok", "3"])
    }

    @Test func invalidUTF8IsAnError() {
        var bytes = Array("a,b\n".utf8)
        bytes += [0x41, 0xFF, 0x2C, 0x32, 0x0A]
        let results = Array(CSVReader(bytes: bytes))
        guard case .failure(let error) = results[1] else {
            Issue.record("expected an error")
            return
        }
        #expect(error.line == 2 && error.column == 1)
        #expect(error.message.contains("UTF-8"))
    }

    /// Fields past ASCII are read as they are (only ASCII takes the direct
    /// path); a bad byte after good non-ASCII text is still an error.
    @Test func nonASCIIFieldsAreReadWhole() {
        let bytes = Array("Tasse émaillée,€ 12,\"日本, 茶\",🙂\n".utf8) + [0xC3, 0xA9, 0xFF, 0x0A]
        let results = Array(CSVReader(bytes: bytes))
        #expect((try? results[0].get())?.fields == ["Tasse émaillée", "€ 12", "日本, 茶", "🙂"])
        guard case .failure(let error) = results[1] else {
            Issue.record("expected an error")
            return
        }
        #expect(error.message.contains("UTF-8"))
    }
}
