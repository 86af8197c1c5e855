import BreakevenCore
import BreakevenCSV

/// Text for XML-compatible markup: the SVG charts and the XHTML-compatible
/// report, which an XML parser and a browser both read.
package enum Markup {
    /// `text` safe as element content and as a quoted attribute value: `&`,
    /// `<`, `>`, `"` and `'` become entities, and the control characters XML
    /// 1.0 forbids (U+0000–U+001F but tab, line feed and carriage return)
    /// become U+FFFD.
    ///
    ///     Markup.escaped("Tom & Jerry's <mug>")  // "Tom &amp; Jerry&#39;s &lt;mug&gt;"
    package static func escaped(_ text: String) -> String {
        var needsWork = false
        for byte in text.utf8
        where byte < 0x20 || byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22
            || byte == 0x27
        {
            needsWork = true
            break
        }
        guard needsWork else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// An opening tag, `<name a="1">`, or an empty element, `<name a="1"/>`,
    /// with the attribute values escaped.
    package static func tag(
        _ name: String, _ attributes: [(String, String)] = [], empty: Bool = false
    ) -> String {
        var text = "<" + name
        for (key, value) in attributes { text += " \(key)=\"\(escaped(value))\"" }
        return text + (empty ? "/>" : ">")
    }

    /// A whole element: the tag, `content` escaped, the closing tag.
    package static func element(
        _ name: String, _ attributes: [(String, String)] = [], text content: String
    ) -> String {
        tag(name, attributes) + escaped(content) + "</\(name)>"
    }

    /// A coordinate or length for SVG: rounded to 0.01 and written in the
    /// shortest form, `12.5`, `100`, `-0.25`.
    package static func number(_ value: Double) -> String {
        precondition(value.isFinite, "an SVG coordinate must be finite")
        let hundredths = (value * 100).rounded()
        if hundredths == 0 { return "0" }
        var text = NumberFormatting.grouped(hundredths / 100, decimals: 2, groupSeparator: nil)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
