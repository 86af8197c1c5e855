/// The header of a catalog: which input each column holds.
public struct CatalogHeader: Sendable, Equatable {
    /// The input of each column (index 0 is column 1); `nil` for a column that matches none.
    public var inputs: [InputName?]
    /// The header text of each column, as written.
    public var titles: [String]

    /// Maps a header row to inputs.
    ///
    /// Names match case-insensitively, with spaces, hyphens and underscores
    /// equivalent (`Monthly Demand` = `monthly_demand`).
    ///
    /// - Throws: ``CatalogError`` when an input appears twice, or `sku`,
    ///   `price`, or both `monthly_demand` and `demand_history` are missing.
    public init(titles: [String], file: String, line: Int) throws(CatalogError) {
        self.titles = titles
        inputs = titles.map(CatalogHeader.input(named:))
        var seen: [InputName: Int] = [:]
        for (index, input) in inputs.enumerated() {
            guard let input else { continue }
            if let first = seen[input] {
                throw CatalogError(
                    Diagnostic(
                        file: file, line: line, column: index + 1,
                        message: "column '\(input.name)' appears twice (columns \(first + 1) and \(index + 1))"))
            }
            seen[input] = index
        }
        var missing = [InputName.sku, .price].filter { seen[$0] == nil }.map(\.name)
        if seen[.monthlyDemand] == nil && seen[.demandHistory] == nil {
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
    public func column(of input: InputName) -> Int? {
        inputs.firstIndex(of: input).map { $0 + 1 }
    }

    /// The titles of the columns that match no input, as written.
    public var unknownTitles: [String] {
        zip(titles, inputs).filter { $0.1 == nil && !$0.0.isEmpty }.map(\.0)
    }

    /// The input a header title names, if any.
    public static func input(named title: String) -> InputName? {
        InputName(name: normalized(title))
    }

    /// Lower case, trimmed, runs of spaces, hyphens and underscores as one `_`.
    static func normalized(_ title: String) -> String {
        var result = ""
        var pendingSeparator = false
        for character in title.lowercased() {
            if character == " " || character == "-" || character == "_" || character == "\t" {
                pendingSeparator = !result.isEmpty
            } else {
                if pendingSeparator { result.append("_") }
                pendingSeparator = false
                result.append(character)
            }
        }
        return result
    }
}

/// A problem that makes a whole catalog unusable: nothing is computed.
public struct CatalogError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Where and what.
    public var diagnostic: Diagnostic

    /// Wraps a diagnostic.
    public init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }

    /// The diagnostic, compiler-style.
    public var description: String { diagnostic.description }
}
