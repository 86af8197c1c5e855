import BreakevenCore

/// The header of a catalog: which input each column holds.
package struct CatalogHeader: Sendable, Equatable {
    /// What each column holds (index 0 is column 1); `nil` for a column that matches none.
    package var columns: [CatalogColumn?]
    /// The header text of each column, as written.
    package var titles: [String]

    /// The input of each column; `nil` for the product name and unknown columns.
    package var inputs: [InputName?] {
        columns.map { column in
            if case .input(let input)? = column { return input }
            return nil
        }
    }

    /// Maps a header row to columns.
    ///
    /// Names match case-insensitively, with spaces, hyphens and other
    /// punctuation equivalent (`Monthly Demand` = `monthly_demand`), and a
    /// few common aliases (`Unit price`, `SKU code`; see ``ColumnAliases``).
    ///
    /// - Throws: ``CatalogError`` when an input appears twice, or `sku`,
    ///   `price`, or both `monthly_demand` and `demand_history` are missing.
    package init(titles: [String], file: String, line: Int) throws(CatalogError) {
        self.titles = titles
        columns = titles.map(CatalogColumn.init(header:))
        var seen: [CatalogColumn: Int] = [:]
        for (index, column) in columns.enumerated() {
            guard let column else { continue }
            if let first = seen[column] {
                throw CatalogError(
                    Diagnostic(
                        file: file, line: line, column: index + 1,
                        message: "column '\(column.title)' appears twice (columns \(first + 1) "
                            + "'\(titles[first])' and \(index + 1) '\(titles[index])')"))
            }
            seen[column] = index
        }
        var missing = [InputName.sku, .price].filter { seen[.input($0)] == nil }.map(\.name)
        if seen[.input(.monthlyDemand)] == nil && seen[.input(.demandHistory)] == nil {
            missing.append("monthly_demand (or demand_history)")
        }
        if !missing.isEmpty {
            let list = missing.map { "'\($0)'" }.joined(separator: ", ")
            throw CatalogError(
                Diagnostic(
                    file: file, line: line,
                    message: "missing required column\(missing.count > 1 ? "s" : "") \(list); "
                        + "the header has: \(titles.joined(separator: ", "))"))
        }
    }

    /// The 1-based column of `input`, if the file has it.
    package func column(of input: InputName) -> Int? {
        columns.firstIndex(of: .input(input)).map { $0 + 1 }
    }

    /// The titles of the columns that match nothing, as written.
    package var unknownTitles: [String] {
        zip(titles, columns).filter { $0.1 == nil && !$0.0.isEmpty }.map(\.0)
    }

    /// The input a header title names, if any (aliases included).
    package static func input(named title: String) -> InputName? {
        if case .input(let input)? = CatalogColumn(header: title) { return input }
        return nil
    }

    /// Unknown columns named one by one in the warning; the rest are counted.
    package static let unknownColumnsListed = 20

    /// The warning for columns that match nothing, with a suggestion for each
    /// that is close to a known name; `nil` when there are none. Past
    /// ``unknownColumnsListed`` columns the rest are only counted, so that a
    /// header of 10,000 columns neither takes half a minute of suggestions
    /// nor makes a warning of 200 KB.
    package func unknownColumnsWarning(file: String, line: Int) -> Diagnostic? {
        let unknown = unknownTitles
        guard !unknown.isEmpty else { return nil }
        let more = unknown.count - Self.unknownColumnsListed
        let described = unknown.prefix(Self.unknownColumnsListed).map { title -> String in
            let key = ColumnAliases.normalized(title)
            guard let near = NameSuggestion.closest(to: key, in: ColumnAliases.knownNames),
                let column = CatalogColumn(header: near)
            else { return "'\(title)'" }
            return "'\(title)' (did you mean '\(column.title)'?)"
        }
        return Diagnostic(
            file: file, line: line, severity: .warning,
            message: "ignoring unknown column\(unknown.count > 1 ? "s" : "") " + described.joined(separator: ", ")
                + (more > 0 ? " and \(more) more" : ""))
    }
}

/// A problem that makes a whole catalog unusable: nothing is computed.
package struct CatalogError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Where and what.
    package var diagnostic: Diagnostic

    /// Wraps a diagnostic.
    package init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }

    /// The diagnostic, compiler-style.
    package var description: String { diagnostic.description }
}
