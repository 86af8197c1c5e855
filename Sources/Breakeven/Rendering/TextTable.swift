/// A plain-text table with aligned columns, for terminals.
public struct TextTable: Sendable {
    /// How a column lines up.
    public enum Alignment: Sendable {
        /// Text: padded on the right.
        case left
        /// Numbers: padded on the left.
        case right
    }

    /// Column titles.
    public var titles: [String]
    /// Alignment of each column.
    public var alignments: [Alignment]
    /// Body rows.
    public var rows: [[String]] = []
    /// Rows under a rule at the bottom (totals).
    public var footer: [[String]] = []

    /// An empty table with the given columns.
    public init(titles: [String], alignments: [Alignment]) {
        precondition(titles.count == alignments.count)
        self.titles = titles
        self.alignments = alignments
    }

    /// The table as lines of text, columns two spaces apart, no trailing spaces.
    public func rendered() -> String {
        let all = [titles] + rows + footer
        var widths = Array(repeating: 0, count: titles.count)
        for row in all {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        func line(_ row: [String]) -> String {
            var text = ""
            for index in 0..<titles.count {
                let cell = index < row.count ? row[index] : ""
                let padding = String(repeating: " ", count: widths[index] - cell.count)
                if index > 0 { text += "  " }
                text += alignments[index] == .left ? cell + padding : padding + cell
            }
            while text.last == " " { text.removeLast() }
            return text
        }
        var lines = [line(titles)]
        lines += rows.map(line)
        if !footer.isEmpty {
            lines.append(String(repeating: "-", count: widths.reduce(0, +) + 2 * (widths.count - 1)))
            lines += footer.map(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` cut to `width` characters, ending in "…" when cut.
    public static func truncated(_ text: String, to width: Int) -> String {
        text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }
}
