import BreakevenCore
import BreakevenCSV

/// A plain-text table with aligned columns, for terminals.
package struct TextTable: Sendable {
    /// How a column lines up.
    package enum Alignment: Sendable {
        /// Text: padded on the right.
        case left
        /// Numbers: padded on the left.
        case right
    }

    /// Column titles.
    package var titles: [String]
    /// Alignment of each column.
    package var alignments: [Alignment]
    /// Body rows.
    package var rows: [[String]] = []
    /// Rows under a rule at the bottom (totals).
    package var footer: [[String]] = []

    /// An empty table with the given columns.
    package init(titles: [String], alignments: [Alignment]) {
        precondition(titles.count == alignments.count)
        self.titles = titles
        self.alignments = alignments
    }

    /// The table as lines of text, columns two spaces apart, no trailing spaces.
    package func rendered() -> String {
        let all = [titles] + rows + footer
        var widths = Array(repeating: 0, count: titles.count)
        for row in all {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        var lines = [line(titles, widths: widths)]
        lines += rows.map { line($0, widths: widths) }
        if !footer.isEmpty {
            lines.append(rule(widths: widths))
            lines += footer.map { line($0, widths: widths) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One row padded to `widths` (a longer cell pushes the rest right), no
    /// trailing spaces: what a table streamed with fixed widths writes.
    package func line(_ row: [String], widths: [Int]) -> String {
        var text = ""
        for index in 0..<titles.count {
            let cell = index < row.count ? row[index] : ""
            let padding = String(repeating: " ", count: max(0, widths[index] - cell.count))
            if index > 0 { text += "  " }
            text += alignments[index] == .left ? cell + padding : padding + cell
        }
        while text.last == " " { text.removeLast() }
        return text
    }

    /// The rule above the footer, as wide as the columns.
    package func rule(widths: [Int]) -> String {
        String(repeating: "-", count: widths.reduce(0, +) + 2 * (widths.count - 1))
    }

    /// `text` cut to `width` characters, ending in "…" when cut.
    package static func truncated(_ text: String, to width: Int) -> String {
        text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }
}
