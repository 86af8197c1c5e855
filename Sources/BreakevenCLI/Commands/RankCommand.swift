import Breakeven

/// `breakeven rank`: every SKU of a catalog, best saving first.
struct RankCommand: Command {
    static let spec = CommandSpec(
        name: "rank",
        overview: "Rank a catalog's SKUs by what switching fulfilment model would earn.",
        arguments: [CatalogOptions.fileArgument],
        options: [
            OptionSpec(
                name: "format", valueName: "format",
                help: "table (for people, the default), csv or json (every output column)."),
            OptionSpec(name: "top", valueName: "n", help: "Show only the N SKUs with the best saving; totals cover all."),
        ] + CatalogOptions.specs,
        discussion: """
            The CSV needs the columns sku, price and monthly_demand (or demand_history); every
            other input has a default (see README.md). A row with a bad value is reported on
            standard error as FILE:LINE:COLUMN and skipped; the other rows are still ranked.

            EXIT STATUS: 0 all rows ranked, 1 some rows rejected or the data unusable,
            64 usage error, 66 input file missing or unreadable.

            """)

    var catalog: CatalogOptions
    var format: String
    var top: Int?

    init(_ arguments: ParsedArguments) throws(UsageError) {
        catalog = try CatalogOptions(arguments, path: arguments.positionals[0])
        format = try arguments.choice("format", from: ["table", "csv", "json"], default: "table")
        top = try arguments.positiveInteger("top")
    }

    func run(_ terminal: Terminal) throws -> ExitCode {
        let loaded = try catalog.load(terminal)
        let evaluation = CatalogEvaluation(loaded.0, settings: loaded.1)
        Report.diagnostics(of: evaluation, to: terminal)
        let renderer = RankRenderer(evaluation, top: top)
        switch format {
        case "csv": terminal.write(renderer.csv())
        case "json": terminal.write(renderer.json())
        default: terminal.write(renderer.table())
        }
        Report.summary(of: evaluation, to: terminal)
        return evaluation.rejected.isEmpty ? .success : .dataError
    }
}

/// The lines every catalog run writes to standard error.
enum Report {
    /// Warnings, then each rejected row's errors.
    static func diagnostics(of evaluation: CatalogEvaluation, to terminal: Terminal) {
        var text = ""
        for warning in evaluation.warnings { text += "\(warning)\n" }
        for row in evaluation.rejected {
            for diagnostic in row.diagnostics { text += "\(diagnostic)\n" }
        }
        if !text.isEmpty { terminal.writeError(text) }
    }

    /// `FILE: N rows read, N ranked, N rejected`: rows read = ranked + rejected.
    static func summary(of evaluation: CatalogEvaluation, to terminal: Terminal) {
        terminal.writeError(
            "\(evaluation.file): \(evaluation.rowsRead) rows read, \(evaluation.entries.count) ranked, "
                + "\(evaluation.rejected.count) rejected\n")
    }
}
