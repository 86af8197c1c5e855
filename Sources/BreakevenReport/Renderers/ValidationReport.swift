import BreakevenCore
import BreakevenCSV

/// Every problem of a catalog at once, grouped by column, with a count.
package struct ValidationReport: Sendable {
    /// The header's titles, as written.
    package var titles: [String]
    /// Warnings about the file.
    package var warnings: [Diagnostic]
    /// The rows that would be rejected, in file order.
    package var rejected: [RejectedRow]
    /// Rows ready to be ranked.
    package var ready: Int
    /// The language of the report's own words (the diagnostics are English).
    package var language: Language

    /// A report on a catalog read (see the properties).
    package init(
        titles: [String], warnings: [Diagnostic], rejected: [RejectedRow], ready: Int, language: Language = .english
    ) {
        self.titles = titles
        self.warnings = warnings
        self.rejected = rejected
        self.ready = ready
        self.language = language
    }

    /// Problems found: one per diagnostic of a rejected row.
    package var problemCount: Int { rejected.reduce(0) { $0 + $1.diagnostics.count } }

    /// The report for people:
    /// ```
    /// price: 2 problems
    ///   catalog.csv:12:2: error: 'abc' is not a number (column price)
    ///   …
    /// 3 rows would be rejected (4 problems); 1,201 of 1,204 rows are ready.
    /// ```
    package func text() -> String {
        var text = ""
        if !warnings.isEmpty {
            text += language.pick("warnings\n", "avvisi\n") + warnings.map { "  \($0)\n" }.joined() + "\n"
        }
        var groups: [String: [Diagnostic]] = [:]
        var order: [String] = []
        for diagnostic in rejected.flatMap(\.diagnostics) {
            let key = groupName(diagnostic.column)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(diagnostic)
        }
        for key in order.sorted(by: { groupRank($0) < groupRank($1) }) {
            let diagnostics = groups[key] ?? []
            let one = diagnostics.count == 1
            text += language.pick(
                "\(key): \(diagnostics.count) problem\(one ? "" : "s")\n",
                "\(key): \(diagnostics.count) problem\(one ? "a" : "i")\n")
            text += diagnostics.map { "  \($0)\n" }.joined() + "\n"
        }
        let read = ready + rejected.count
        if rejected.isEmpty {
            text += language.pick(
                "No problems: all \(count(read)) row\(read == 1 ? " is" : "s are") ready.\n",
                read == 1
                    ? "Nessun problema: l'unica riga è pronta.\n"
                    : "Nessun problema: tutte le \(count(read)) righe sono pronte.\n")
        } else {
            let rejected = rejected.count
            text += language.pick(
                "\(count(rejected)) row\(rejected == 1 ? "" : "s") would be rejected "
                    + "(\(count(problemCount)) problem\(problemCount == 1 ? "" : "s")); "
                    + "\(count(ready)) of \(count(read)) rows are ready.\n",
                "\(count(rejected)) rig\(rejected == 1 ? "a sarebbe scartata" : "he sarebbero scartate") "
                    + "(\(count(problemCount)) problem\(problemCount == 1 ? "a" : "i")); "
                    + "\(count(ready)) di \(count(read)) righe \(ready == 1 ? "è pronta" : "sono pronte").\n")
        }
        return text
    }

    /// The header title of a column, or what a problem without one is about.
    private func groupName(_ column: Int?) -> String {
        guard let column else { return language.pick("the row", "la riga") }
        guard column >= 1, column <= titles.count else {
            return language.pick("beyond the header (column \(column))", "oltre l'intestazione (colonna \(column))")
        }
        let title = titles[column - 1]
        return title.isEmpty ? language.pick("column \(column)", "colonna \(column)") : title
    }

    /// Columns in file order, then the rest.
    private func groupRank(_ name: String) -> Int {
        titles.firstIndex(of: name) ?? Int.max
    }

    private func count(_ value: Int) -> String { NumberFormatting.grouped(Double(value), decimals: 0) }
}
