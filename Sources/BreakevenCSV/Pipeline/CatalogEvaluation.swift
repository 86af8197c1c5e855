import BreakevenCore

/// A whole catalog evaluated in memory: every accepted row's result, every
/// rejected row's reasons, and the totals, for the commands that show them
/// all (`report`, `rank --only`). Rows read = evaluated + rejected, always.
package struct CatalogEvaluation: Sendable {
    /// One evaluated SKU and the line it came from.
    package struct Entry: Sendable {
        /// The 1-based line of the SKU's row.
        package var line: Int
        /// The result.
        package var evaluation: SKUEvaluation

        /// The result of the row at `line`.
        package init(line: Int, evaluation: SKUEvaluation) {
            self.line = line
            self.evaluation = evaluation
        }
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
    /// Data rows read.
    package var rowsRead: Int { entries.count + rejected.count }

    /// A catalog evaluated by a run of ``RankPipeline`` (see the properties).
    package init(
        file: String, entries: [Entry], rejected: [RejectedRow], warnings: [Diagnostic], summary: PortfolioSummary,
        dialect: CSVDialect
    ) {
        self.file = file
        self.entries = entries
        self.rejected = rejected
        self.warnings = warnings
        self.summary = summary
        self.dialect = dialect
    }

    /// The reference reading: the catalog read whole into memory, every row
    /// resolved under `settings`, then evaluated one after the other. No
    /// command runs it; the fuzz harness and the tests check the pipeline
    /// against it, since it shares none of the pipeline's windows, threads
    /// or two passes.
    package init(reference catalog: Catalog, settings: Settings = Settings(), breakEven: Bool = true) {
        let resolved = ResolvedCatalog(catalog, settings: settings)
        self.init(
            file: catalog.file,
            entries: resolved.rows.map { Entry(line: $0.line, evaluation: Evaluator.evaluate($0.terms, breakEven: breakEven)) },
            rejected: resolved.rejected, warnings: catalog.warnings, summary: PortfolioSummary(), dialect: catalog.dialect)
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
