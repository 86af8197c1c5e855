import TestSupport
import Testing

@testable import BreakevenCore
@testable import BreakevenCSV
@testable import BreakevenReport

@Suite("Text table")
struct TextTableTests {
    @Test func alignsColumnsAndRulesTheFooter() {
        var table = TextTable(titles: ["NAME", "VALUE"], alignments: [.left, .right])
        table.rows = [["a", "1.00"], ["longer", "12.50"]]
        table.footer = [["total", "13.50"]]
        #expect(table.rendered() == """
            NAME    VALUE
            a        1.00
            longer  12.50
            -------------
            total   13.50

            """)
    }

    @Test func truncatesWithAnEllipsis() {
        #expect(TextTable.truncated("abcdefgh", to: 5) == "abcd…")
        #expect(TextTable.truncated("abc", to: 5) == "abc")
    }
}
