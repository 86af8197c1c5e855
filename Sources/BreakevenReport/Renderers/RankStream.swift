import BreakevenCore
import BreakevenCSV

/// A ranking written as the pipeline delivers it, in any format: a header,
/// each SKU's row as it comes (``RankPipeline`` renders rows on every core
/// with ``row(line:evaluation:)``), then the totals.
///
/// Memory stays bounded in every format when the ranking streams (input
/// order): the table then uses fixed column widths and JSON puts the counts
/// after the rows. Sorted, the table keeps its rows' cells to size its
/// columns, and JSON starts with the counts (``begin(_:)`` is called once the
/// first pass has them).
package struct RankStream: Sendable {
    /// An output format of `rank`.
    package enum Format: Sendable, Equatable {
        case table
        case markdown
        case csv(CSVDialect)
        case json
    }

    /// One SKU as the format writes it: text, or the cells of a table row
    /// (the table sizes its columns from all of them before writing).
    package enum Row: Sendable {
        case text([UInt8])
        case cells([String])
    }

    package let format: Format
    package let language: Language
    /// Best saving first (true) or input order (false).
    package let sorted: Bool
    /// The file name, for JSON.
    package let file: String
    /// The table's words, and every output column with the reasons in ``language``.
    private let table: RankTable
    private let columns: [OutputColumns.Column]

    /// Rows written so far (the table's `#`).
    private var count = 0
    private var begun = false
    /// The sorted table's rows, kept until the widths are known.
    private var heldCells: [[String]] = []

    package init(format: Format, language: Language = .english, sorted: Bool, file: String) {
        self.format = format
        self.language = language
        self.sorted = sorted
        self.file = file
        table = RankTable(language)
        columns = OutputColumns.all(language)
    }

    /// A whole ranking at once: `entries` in the order given (already
    /// sorted and cut to `--top` by the caller), then the totals of `outcome`.
    /// For catalogs evaluated in memory; the pipeline streams instead.
    package func render(_ entries: [CatalogEvaluation.Entry], outcome: RankPipeline.Outcome) -> [UInt8] {
        var stream = self
        var bytes = stream.begin(outcome)
        bytes += stream.write(entries.map { stream.row(line: $0.line, evaluation: $0.evaluation) })
        return bytes + stream.finish(outcome)
    }

    // MARK: Rows (any thread)

    /// One SKU's row, from its evaluation and the line of its input row.
    package func row(line: Int, evaluation: SKUEvaluation) -> Row {
        switch format {
        case .csv(let dialect):
            var writer = CSVRowWriter(dialect: dialect, capacity: 1 << 10)
            OutputColumns.writeRecord(evaluation, to: &writer, reasons: ReasonWriter(language))
            return .text(writer.bytes)
        case .json:
            let object = JSONValue.object(
                [("line", .int(line))] + columns.map { ($0.name, $0.value(evaluation).json) })
            return .text(Array(object.rendered(indent: 2).utf8))
        case .table, .markdown:
            return .cells(RankTable.cells(evaluation, language))
        }
    }

    // MARK: Writing (in order)

    /// What goes before the first row. Sorted, JSON starts with the counts
    /// of `outcome`; in input order they come after the rows (``finish(_:)``),
    /// and `outcome` is not used here.
    package mutating func begin(_ outcome: RankPipeline.Outcome? = nil) -> [UInt8] {
        guard !begun else { return [] }
        begun = true
        switch format {
        case .csv(let dialect):
            var writer = CSVRowWriter(dialect: dialect, capacity: 1 << 12)
            for name in OutputColumns.names { writer.append(text: name) }
            writer.endRecord()
            return writer.bytes
        case .json:
            var text = "{\n  \"file\": \(JSONValue.string(file).rendered())"
            if sorted, let outcome { text += ",\n" + Self.counts(outcome) }
            return Array((text + ",\n  \"skus\": [").utf8)
        case .markdown:
            var text = table.legend.replacing("\n", with: "\n\n") + "\n\n"
            text += RankTable.markdownLine(table.titles)
            text += "|" + table.titles.indices.map { RankTable.rightAligned.contains($0) ? " ---: |" : " --- |" }
                .joined() + "\n"
            return Array(text.utf8)
        case .table:
            guard !sorted else { return [] }
            return Array((table.legend + "\n\n" + table.text.line(table.titles, widths: RankTable.fixedWidths) + "\n").utf8)
        }
    }

    /// The rows of one batch, in output order.
    package mutating func write(_ rows: [Row]) -> [UInt8] {
        var bytes = begin()
        for row in rows {
            count += 1
            switch row {
            case .text(let text):
                if format == .json { bytes += Array((count == 1 ? "\n    " : ",\n    ").utf8) }
                bytes += text
            case .cells(var cells):
                cells.insert(String(count), at: 0)
                switch format {
                case .markdown:
                    bytes += Array(RankTable.markdownLine(cells).utf8)
                case _ where sorted:
                    cells[1] = TextTable.truncated(cells[1], to: RankTable.skuWidth)
                    heldCells.append(cells)
                default:
                    cells[1] = TextTable.truncated(cells[1], to: RankTable.skuWidth)
                    bytes += Array((table.text.line(cells, widths: RankTable.fixedWidths) + "\n").utf8)
                }
            }
        }
        return bytes
    }

    /// What goes after the last row: totals, counts, rejected rows.
    package mutating func finish(_ outcome: RankPipeline.Outcome) -> [UInt8] {
        var bytes = begin(outcome)
        let summary = outcome.summary
        let note = count < outcome.ranked ? table.shownNote(shown: count, of: outcome.ranked) : ""
        switch format {
        case .csv:
            break
        case .json:
            var text = count == 0 ? "]" : "\n  ]"
            if !sorted { text += ",\n" + Self.counts(outcome) }
            text += ",\n  \"totals\": " + Self.totals(summary).rendered(indent: 1)
            text += ",\n  \"rejected\": " + Self.rejected(outcome).rendered(indent: 1) + "\n}\n"
            bytes += Array(text.utf8)
        case .markdown:
            var text = RankTable.markdownLine(
                ["", "**\(table.totalLabel(summary.skuCount))**", "", "", "", "", "", "",
                 "**\(NumberFormatting.money(summary.saving))**", ""])
            text += "\n" + table.totals(summary).split(separator: "\n").map { "- " + String($0).trimmingSpaces() }
                .joined(separator: "\n") + "\n"
            if !note.isEmpty { text += "\n" + note }
            bytes += Array(text.utf8)
        case .table:
            let footer = ["", table.totalLabel(summary.skuCount), "", "", "", "", "", "",
                          NumberFormatting.money(summary.saving), ""]
            var text: String
            if sorted {
                var whole = table.text
                whole.rows = heldCells
                whole.footer = [footer]
                text = table.legend + "\n\n" + whole.rendered()
                heldCells = []
            } else {
                text = table.text.rule(widths: RankTable.fixedWidths) + "\n"
                    + table.text.line(footer, widths: RankTable.fixedWidths) + "\n"
            }
            text += "\n" + table.totals(summary) + note
            bytes += Array(text.utf8)
        }
        return bytes
    }

    // MARK: JSON parts

    /// `"rows_read": …, "rows_ranked": …, "rows_rejected": …`, indented as members.
    private static func counts(_ outcome: RankPipeline.Outcome) -> String {
        "  \"rows_read\": \(outcome.rowsRead),\n  \"rows_ranked\": \(outcome.ranked),\n"
            + "  \"rows_rejected\": \(outcome.rejected.count)"
    }

    static func totals(_ summary: PortfolioSummary) -> JSONValue {
        .object([
            ("sku_count", .int(summary.skuCount)),
            ("profit_today", .number(summary.profitToday)),
            ("profit_recommended", .number(summary.profitRecommended)),
            ("saving", .number(summary.saving)),
            ("working_capital_today", .number(summary.workingCapitalToday)),
            ("working_capital_recommended", .number(summary.workingCapitalRecommended)),
            ("skus_without_baseline", .int(summary.skusWithoutBaseline)),
            ("recommended_count", .object(FulfilmentModel.allCases.map { ($0.rawValue, .int(summary.count($0))) })),
        ])
    }

    private static func rejected(_ outcome: RankPipeline.Outcome) -> JSONValue {
        .array(
            outcome.rejected.flatMap(\.diagnostics).map { diagnostic in
                JSONValue.object([
                    ("line", diagnostic.line.map(JSONValue.int) ?? .null),
                    ("column", diagnostic.column.map(JSONValue.int) ?? .null),
                    ("message", .string(diagnostic.message)),
                ])
            })
    }
}
