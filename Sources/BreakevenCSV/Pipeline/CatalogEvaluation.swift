import BreakevenCore

/// A whole catalog evaluated: every accepted row's result, every rejected
/// row's reasons, and the totals. Rows read = evaluated + rejected, always.
package struct CatalogEvaluation: Sendable {
    /// One evaluated SKU and the line it came from.
    package struct Entry: Sendable {
        /// The 1-based line of the SKU's row.
        package var line: Int
        /// The result.
        package var evaluation: SKUEvaluation
    }

    /// The file name, for messages.
    package var file: String
    /// Evaluated SKUs, in file order.
    package var entries: [Entry]
    /// Rejected rows (unreadable values, or inputs the math cannot use), in file order.
    package var rejected: [RejectedRow]
    /// Warnings about the file.
    package var warnings: [Diagnostic]
    /// Totals over the evaluated SKUs.
    package var summary: PortfolioSummary
    /// The dialect the file was read with.
    package var dialect: CSVDialect
    /// The bytes kept from the file, where its header is in them, and its
    /// line end, for writing rejected rows verbatim (see ``Catalog/source``).
    package var source: (bytes: [UInt8], header: Range<Int>, crlf: Bool)

    /// Data rows read.
    package var rowsRead: Int { entries.count + rejected.count }

    /// Evaluates every row of `catalog` under `settings`; rows whose inputs
    /// cannot be used are rejected (see ``ResolvedCatalog``).
    package init(_ catalog: Catalog, settings: Settings = Settings(), breakEven: Bool = true) {
        self.init(ResolvedCatalog(catalog, settings: settings), breakEven: breakEven)
    }

    /// Evaluates every resolved row.
    package init(_ resolved: ResolvedCatalog, breakEven: Bool = true) {
        let catalog = resolved.catalog
        file = catalog.file
        warnings = catalog.warnings
        dialect = catalog.dialect
        source = (catalog.source, catalog.headerBytes, catalog.crlf)
        entries = resolved.rows.map { Entry(line: $0.line, evaluation: Evaluator.evaluate($0.terms, breakEven: breakEven)) }
        rejected = resolved.rejected
        summary = PortfolioSummary(entries.map(\.evaluation))
    }

    /// The entries ordered by saving, best first; SKUs without a saving last;
    /// ties keep file order.
    package func rankedBySaving() -> [Entry] {
        let savings = entries.map(\.evaluation.decision.saving)
        return Self.orderBySaving(savings).map { entries[$0] }
    }

    /// Indices of `savings` ordered best first, `nil` last, ties in index order.
    package static func orderBySaving(_ savings: [Double?]) -> [Int] {
        savings.indices.sorted { a, b in
            switch (savings[a], savings[b]) {
            case (let x?, let y?) where x != y: return x > y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a < b
            }
        }
    }
}
