/// Renders a ranked catalog as a table for people, or as CSV or JSON with
/// every output of MODEL.md §7.
public struct RankRenderer: Sendable {
    /// The evaluated catalog.
    public var catalog: CatalogEvaluation
    /// Rows to show, best saving first; `nil` for all.
    public var top: Int?

    /// A renderer of `catalog`, showing the `top` rows.
    public init(_ catalog: CatalogEvaluation, top: Int? = nil) {
        self.catalog = catalog
        self.top = top
    }

    /// The rows shown, best saving first.
    public var shown: [CatalogEvaluation.Entry] {
        let ranked = catalog.rankedBySaving()
        guard let top else { return ranked }
        return Array(ranked.prefix(max(0, top)))
    }

    // MARK: Table and Markdown

    static let titles = [
        "#", "SKU", "TODAY", "RECOMMENDED", "VIRTUAL", "STOCKED", "MARKETPLACE", "HYBRID", "SAVING", "BREAK-EVEN",
    ]

    static let legend =
        "Monthly profit per model. SAVING: recommended minus today's model (current_model, else VIRTUAL).\n"
        + "BREAK-EVEN: units/month above which STOCKED earns more than VIRTUAL."

    /// The cells of the shown rows, for the table and Markdown.
    private func cells(skuWidth: Int?) -> [[String]] {
        shown.enumerated().map { index, entry in
            let evaluation = entry.evaluation
            let decision = evaluation.decision
            let sku = skuWidth.map { TextTable.truncated(evaluation.sku, to: $0) } ?? evaluation.sku
            var row = [String(index + 1), sku, decision.baseline.description, decision.recommended.description]
            for model in FulfilmentModel.allCases {
                row.append(evaluation[model].map { NumberFormatting.money($0.monthlyProfit) } ?? "—")
            }
            row.append(decision.saving.map(NumberFormatting.money) ?? "—")
            row.append(Self.volumeText(evaluation.breakEven[.stocked]))
            return row
        }
    }

    private var totalLabel: String {
        let count = catalog.summary.skuCount
        return "Total (\(count) SKU\(count == 1 ? "" : "s"))"
    }

    private var shownNote: String {
        shown.count < catalog.entries.count
            ? "Showing the top \(shown.count) of \(catalog.entries.count) SKUs; totals cover all.\n" : ""
    }

    /// The aligned table: one row per SKU, then the portfolio totals.
    public func table() -> String {
        var table = TextTable(
            titles: Self.titles,
            alignments: [.right, .left, .left, .left, .right, .right, .right, .right, .right, .right])
        table.rows = cells(skuWidth: 28)
        table.footer.append(
            ["", totalLabel, "", "", "", "", "", "", NumberFormatting.money(catalog.summary.saving), ""])
        return Self.legend + "\n\n" + table.rendered() + "\n" + Self.totals(catalog.summary) + shownNote
    }

    /// The same as ``table()`` as a Markdown table, for reports and tickets.
    public func markdown() -> String {
        func line(_ cells: [String]) -> String {
            "| " + cells.map { $0.replacing("|", with: "\\|") }.joined(separator: " | ") + " |\n"
        }
        var text = Self.legend.replacing("\n", with: "\n\n") + "\n\n"
        text += line(Self.titles)
        let rightAligned: Set = [0, 4, 5, 6, 7, 8, 9]
        text += "|" + Self.titles.indices.map { rightAligned.contains($0) ? " ---: |" : " --- |" }.joined() + "\n"
        for row in cells(skuWidth: nil) { text += line(row) }
        text += line(["", "**\(totalLabel)**", "", "", "", "", "", "", "**\(NumberFormatting.money(catalog.summary.saving))**", ""])
        text += "\n" + Self.totals(catalog.summary).split(separator: "\n").map { "- " + String($0).trimmingSpaces() }
            .joined(separator: "\n") + "\n"
        if !shownNote.isEmpty { text += "\n" + shownNote }
        return text
    }

    /// The totals as three lines of text.
    static func totals(_ summary: PortfolioSummary) -> String {
        var text = "Monthly profit: \(NumberFormatting.money(summary.profitToday)) today → "
            + "\(NumberFormatting.money(summary.profitRecommended)) recommended"
        text += " (saving \(NumberFormatting.money(summary.saving)) a month)\n"
        if summary.skusWithoutBaseline > 0 {
            text += "  (\(summary.skusWithoutBaseline) SKU\(summary.skusWithoutBaseline == 1 ? "" : "s") "
                + "without a VIRTUAL or current_model baseline are left out of today and the saving)\n"
        }
        text += "Working capital: \(NumberFormatting.money(summary.workingCapitalToday)) today → "
            + "\(NumberFormatting.money(summary.workingCapitalRecommended)) recommended\n"
        text += "Recommended: "
            + FulfilmentModel.allCases.map { "\($0) \(summary.count($0))" }.joined(separator: " · ") + "\n"
        return text
    }

    static func volumeText(_ volume: BreakEvenVolume?) -> String {
        switch volume {
        case .units(let units)?: return NumberFormatting.quantity(units)
        case .never?: return "never"
        case .always?: return "always"
        case nil: return "—"
        }
    }

    // MARK: CSV

    /// A header and one record per SKU shown, every output of MODEL.md §7,
    /// numbers with full precision, in `dialect` (`,` and `.` by default).
    public func csv(dialect: CSVDialect = .plain) -> String {
        String(decoding: csvBytes(dialect: dialect), as: UTF8.self)
    }

    /// ``csv(dialect:)`` as bytes.
    public func csvBytes(dialect: CSVDialect = .plain) -> [UInt8] {
        var writer = CSVRowWriter(dialect: dialect, capacity: 512 * (shown.count + 1))
        Self.writeHeader(&writer)
        for entry in shown { Self.writeRecord(entry.evaluation, &writer) }
        return writer.bytes
    }

    /// The header record of the CSV output.
    public static func writeHeader(_ writer: inout CSVRowWriter) {
        for name in OutputColumns.names { writer.append(text: name) }
        writer.endRecord()
    }

    /// One SKU's CSV record.
    public static func writeRecord(_ evaluation: SKUEvaluation, _ writer: inout CSVRowWriter) {
        OutputColumns.writeRecord(evaluation, to: &writer)
    }

    static func csvCell(_ value: OutputValue, decimalMark: Character) -> String {
        switch value {
        case .number(let number):
            let text = NumberFormatting.exact(number)
            return decimalMark == "." ? text : String(text.map { $0 == "." ? decimalMark : $0 })
        case .text(let text): return text
        case .list(let items, let separator): return items.joined(separator: separator)
        case .missing: return ""
        }
    }

    // MARK: JSON

    /// One JSON document: the counts, the SKUs shown with every output, the
    /// totals and the rejected rows.
    public func json() -> String {
        let skus = shown.map { entry in
            JSONValue.object(
                [("line", .int(entry.line))]
                    + OutputColumns.all.map { ($0.name, $0.value(entry.evaluation).json) })
        }
        let summary = catalog.summary
        let totals = JSONValue.object([
            ("sku_count", .int(summary.skuCount)),
            ("profit_today", .number(summary.profitToday)),
            ("profit_recommended", .number(summary.profitRecommended)),
            ("saving", .number(summary.saving)),
            ("working_capital_today", .number(summary.workingCapitalToday)),
            ("working_capital_recommended", .number(summary.workingCapitalRecommended)),
            ("skus_without_baseline", .int(summary.skusWithoutBaseline)),
            ("recommended_count", .object(FulfilmentModel.allCases.map { ($0.rawValue, .int(summary.count($0))) })),
        ])
        let rejected = catalog.rejected.flatMap(\.diagnostics).map { diagnostic in
            JSONValue.object([
                ("line", diagnostic.line.map(JSONValue.int) ?? .null),
                ("column", diagnostic.column.map(JSONValue.int) ?? .null),
                ("message", .string(diagnostic.message)),
            ])
        }
        return JSONValue.object([
            ("file", .string(catalog.file)),
            ("rows_read", .int(catalog.rowsRead)),
            ("rows_ranked", .int(catalog.entries.count)),
            ("rows_rejected", .int(catalog.rejected.count)),
            ("skus", .array(skus)),
            ("totals", totals),
            ("rejected", .array(rejected)),
        ]).rendered() + "\n"
    }
}
