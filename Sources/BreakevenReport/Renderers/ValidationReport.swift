import BreakevenCore
import BreakevenCSV

/// Every problem of a catalog at once, grouped by column, with a count.
package struct ValidationReport: Sendable {
    /// The resolved catalog.
    package var resolved: ResolvedCatalog

    /// A report on `resolved`.
    package init(_ resolved: ResolvedCatalog) {
        self.resolved = resolved
    }

    /// Problems found: one per diagnostic of a rejected row.
    package var problemCount: Int { resolved.rejected.reduce(0) { $0 + $1.diagnostics.count } }

    /// The report for people:
    /// ```
    /// price: 2 problems
    ///   catalog.csv:12:2: error: 'abc' is not a number (column price)
    ///   …
    /// 3 rows would be rejected (4 problems); 1,201 of 1,204 rows are ready.
    /// ```
    package func text() -> String {
        let catalog = resolved.catalog
        var text = ""
        if !catalog.warnings.isEmpty {
            text += "warnings\n" + catalog.warnings.map { "  \($0)\n" }.joined() + "\n"
        }
        var groups: [String: [Diagnostic]] = [:]
        var order: [String] = []
        for diagnostic in resolved.rejected.flatMap(\.diagnostics) {
            let key = groupName(diagnostic.column)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(diagnostic)
        }
        for key in order.sorted(by: { groupRank($0) < groupRank($1) }) {
            let diagnostics = groups[key] ?? []
            text += "\(key): \(diagnostics.count) problem\(diagnostics.count == 1 ? "" : "s")\n"
            text += diagnostics.map { "  \($0)\n" }.joined() + "\n"
        }
        let read = resolved.rowsRead
        let ready = resolved.rows.count
        if resolved.rejected.isEmpty {
            text += "No problems: all \(count(read)) row\(read == 1 ? " is" : "s are") ready.\n"
        } else {
            let rejected = resolved.rejected.count
            text += "\(count(rejected)) row\(rejected == 1 ? "" : "s") would be rejected "
                + "(\(count(problemCount)) problem\(problemCount == 1 ? "" : "s")); "
                + "\(count(ready)) of \(count(read)) rows are ready.\n"
        }
        return text
    }

    /// The header title of a column, or what a problem without one is about.
    private func groupName(_ column: Int?) -> String {
        let titles = resolved.catalog.header.titles
        guard let column else { return "the row" }
        guard column >= 1, column <= titles.count else { return "beyond the header (column \(column))" }
        let title = titles[column - 1]
        return title.isEmpty ? "column \(column)" : title
    }

    /// Columns in file order, then the rest.
    private func groupRank(_ name: String) -> Int {
        resolved.catalog.header.titles.firstIndex(of: name) ?? Int.max
    }

    private func count(_ value: Int) -> String { NumberFormatting.grouped(Double(value), decimals: 0) }
}
