import BreakevenCore
import BreakevenCSV
import BreakevenReport

/// One SKU of a catalog, found for `explain` and `chart`.
struct SKULookup {
    /// The catalog's rows, resolved under the run's settings.
    var resolved: ResolvedCatalog

    /// The row of `sku`.
    ///
    /// - Throws: ``Stop`` (exit 1) after printing the errors of the SKU's row
    ///   when it was rejected; ``UsageError`` with the closest SKU's name
    ///   when there is no such SKU.
    func row(_ sku: String, _ terminal: Terminal) throws -> ResolvedCatalog.Row {
        if let row = resolved.rows.first(where: { $0.terms.sku == sku }) { return row }
        let file = resolved.catalog
        let mine = resolved.rejected.filter { rejected in
            rejected.fields.contains { $0.trimmingSpaces() == sku }
                || file.rows.contains { $0.line == rejected.line && $0.inputs.sku == sku }
        }
        if !mine.isEmpty {
            Report.diagnostics(warnings: [], rejected: mine, to: terminal)
            throw Stop(status: .dataError)
        }
        var message = "no SKU '\(sku)' in \(file.file)"
        if let suggestion = NameSuggestion.closest(to: sku, in: resolved.rows.map(\.terms.sku)) {
            message += ". Did you mean '\(suggestion)'?"
        }
        throw UsageError(message: message)
    }
}
