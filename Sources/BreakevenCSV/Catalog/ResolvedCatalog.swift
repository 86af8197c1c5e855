import BreakevenCore

/// A catalog whose rows have been resolved to ``SKUTerms`` under some
/// settings: what `validate` checks and what the evaluation starts from.
/// Every data row is in exactly one of ``rows`` and ``rejected``.
package struct ResolvedCatalog: Sendable {
    /// One resolved row.
    package struct Row: Sendable {
        /// The 1-based line of the row.
        package var line: Int
        /// The SKU's resolved inputs.
        package var terms: SKUTerms
    }

    /// The catalog as read.
    package var catalog: Catalog
    /// Rows whose inputs resolved, in file order.
    package var rows: [Row]
    /// Rows rejected when read or when resolved, in file order.
    package var rejected: [RejectedRow]

    /// Data rows read.
    package var rowsRead: Int { rows.count + rejected.count }

    /// Resolves every accepted row of `catalog` under `settings`.
    ///
    /// A row whose inputs cannot be used (a missing price, a value pushed out
    /// of range by an adjustment, no unit cost at all) is rejected with the
    /// column of the input at fault.
    package init(_ catalog: Catalog, settings: Settings = Settings()) {
        self.catalog = catalog
        rows = []
        rows.reserveCapacity(catalog.rows.count)
        var rejected = catalog.rejected
        var lateRejects = false
        for row in catalog.rows {
            do {
                rows.append(Row(line: row.line, terms: try SKUTerms(row.inputs, settings: settings)))
            } catch {
                rejected.append(
                    Self.rejection(error, row: row, header: catalog.header, file: catalog.file, settings: settings))
                lateRejects = true
            }
        }
        self.rejected = lateRejects ? rejected.sorted { $0.line < $1.line } : rejected
    }

    /// The rejection of a row whose inputs cannot be used, at the column of
    /// the input at fault.
    static func rejection(
        _ error: InputError, row: CatalogRow, header: CatalogHeader?, file: String, settings: Settings
    ) -> RejectedRow {
        let column =
            header?.column(of: error.name)
            ?? (error.name == .monthlyDemand ? header?.column(of: .demandHistory) : nil)
        var message = "\(error.name.name) \(error.reason)"
        if let value = error.value { message += ", found \(ExactNumber.text(value))" }
        if settings.adjustments[error.name] != nil { message += " after --set" }
        return RejectedRow(
            line: row.line, fields: [],
            diagnostics: [Diagnostic(file: file, line: row.line, column: column, message: message)],
            bytes: row.bytes)
    }
}
