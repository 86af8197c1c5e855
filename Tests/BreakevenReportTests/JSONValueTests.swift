import TestSupport
import Foundation
import Testing

@testable import BreakevenCore
@testable import BreakevenCSV
@testable import BreakevenReport

@Suite("JSON writer")
struct JSONValueTests {
    @Test func escapesAndParsesBack() throws {
        let value = JSONValue.object([
            ("text", .string("quote \" backslash \\ newline \n tab \t bell \u{7} é")),
            ("number", .number(0.1)), ("integer", .int(3)), ("none", .null), ("flag", .bool(true)),
            ("list", .array([.string("a"), .number(-2.5)])), ("empty", .array([])), ("nested", .object([])),
        ])
        let parsed = try JSONSerialization.jsonObject(with: Data(value.rendered().utf8)) as? [String: Any]
        #expect(parsed?["text"] as? String == "quote \" backslash \\ newline \n tab \t bell \u{7} é")
        #expect(parsed?["number"] as? Double == 0.1)
        #expect(parsed?["none"] is NSNull)
        #expect((parsed?["list"] as? [Any])?.count == 2)
    }

    @Test func keysKeepTheirOrder() {
        let text = JSONValue.object([("b", .int(1)), ("a", .int(2))]).rendered()
        #expect(text == "{\n  \"b\": 1,\n  \"a\": 2\n}")
    }

    @Test func nonFiniteNumbersAreNull() {
        #expect(JSONValue.number(.nan).rendered() == "null")
    }
}
