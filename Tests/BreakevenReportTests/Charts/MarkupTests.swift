import TestSupport
import Testing

@testable import BreakevenCore
@testable import BreakevenCSV
@testable import BreakevenReport

@Suite("Markup escaping")
struct MarkupTests {
    @Test(arguments: [
        ("plain text", "plain text"),
        ("Tom & Jerry's <mug>", "Tom &amp; Jerry&#39;s &lt;mug&gt;"),
        ("say \"hi\"", "say &quot;hi&quot;"),
        ("a]]>b", "a]]&gt;b"),
        ("tab\tand\nline", "tab\tand\nline"),
        ("bell\u{07}null\u{00}", "bell\u{FFFD}null\u{FFFD}"),
        ("Café — 10 €", "Café — 10 €"),
    ])
    func escapes(text: String, expected: String) {
        #expect(Markup.escaped(text) == expected)
    }

    @Test func tagsEscapeAttributeValues() {
        #expect(
            Markup.tag("a", [("href", "#x"), ("title", "\"<&>\"")])
                == "<a href=\"#x\" title=\"&quot;&lt;&amp;&gt;&quot;\">")
        #expect(Markup.tag("br", [], empty: true) == "<br/>")
        #expect(
            Markup.element("td", [("class", "n")], text: "1 < 2") == "<td class=\"n\">1 &lt; 2</td>"
        )
    }

    @Test(arguments: [
        (12.5, "12.5"), (100.0, "100"), (-0.25, "-0.25"), (0.001, "0"), (-0.004, "0"),
        (3.14159, "3.14"),
        (1234.567, "1234.57"), (0.1 + 0.2, "0.3"),
    ])
    func numbers(value: Double, expected: String) {
        #expect(Markup.number(value) == expected)
    }
}
