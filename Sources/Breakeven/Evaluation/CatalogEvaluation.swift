/// A whole catalog evaluated: every accepted row's result, every rejected
/// row's reasons, and the totals. Rows read = evaluated + rejected, always.
public struct CatalogEvaluation: Sendable {
    /// One evaluated SKU and the line it came from.
    public struct Entry: Sendable {
        /// The 1-based line of the SKU's row.
        public var line: Int
        /// The result.
        public var evaluation: SKUEvaluation
    }

    /// The file name, for messages.
    public var file: String
    /// Evaluated SKUs, in file order.
    public var entries: [Entry]
    /// Rejected rows (unreadable values, or inputs the math cannot use), in file order.
    public var rejected: [RejectedRow]
    /// Warnings about the file.
    public var warnings: [Diagnostic]
    /// Totals over the evaluated SKUs.
    public var summary: PortfolioSummary

    /// Data rows read.
    public var rowsRead: Int { entries.count + rejected.count }

    /// Evaluates every row of `catalog` under `settings`.
    ///
    /// A row whose inputs cannot be resolved (a missing price, a value pushed
    /// out of range by an adjustment, no unit cost at all) is rejected with
    /// the column of the input at fault.
    public init(_ catalog: Catalog, settings: Settings = Settings(), breakEven: Bool = true) {
        file = catalog.file
        warnings = catalog.warnings
        entries = []
        entries.reserveCapacity(catalog.rows.count)
        var rejected = catalog.rejected
        for row in catalog.rows {
            do {
                let terms = try SKUTerms(row.inputs, settings: settings)
                entries.append(Entry(line: row.line, evaluation: Evaluator.evaluate(terms, breakEven: breakEven)))
            } catch {
                let column =
                    catalog.header.column(of: error.name)
                    ?? (error.name == .monthlyDemand ? catalog.header.column(of: .demandHistory) : nil)
                var message = "\(error.name.name) \(error.reason)"
                if let value = error.value { message += ", found \(NumberFormatting.exact(value))" }
                if settings.adjustments[error.name] != nil { message += " after --set" }
                rejected.append(
                    RejectedRow(
                        line: row.line, fields: [],
                        diagnostics: [Diagnostic(file: catalog.file, line: row.line, column: column, message: message)]))
            }
        }
        self.rejected = rejected.sorted { $0.line < $1.line }
        summary = PortfolioSummary(entries.map(\.evaluation))
    }

    /// The entries ordered by saving, best first; SKUs without a saving last;
    /// ties keep file order.
    public func rankedBySaving() -> [Entry] {
        entries.enumerated().sorted { a, b in
            let sa = a.element.evaluation.decision.saving
            let sb = b.element.evaluation.decision.saving
            switch (sa, sb) {
            case (let x?, let y?) where x != y: return x > y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }
}
