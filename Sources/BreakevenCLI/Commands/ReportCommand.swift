import BreakevenCore
import BreakevenCSV
import BreakevenReport

/// `breakeven report`: the whole catalog as one HTML page with charts.
struct ReportCommand: Command {
    static let spec = CommandSpec(
        name: "report",
        overview:
            "Write an HTML report of a catalog: portfolio summary, every SKU, charts of the best savings.",
        arguments: [CatalogOptions.fileArgument],
        options: [
            OptionSpec(
                name: "top", valueName: "n",
                help:
                    "Chart the N SKUs with the best saving (default 20; with --only, every SKU named)."
            ),
            CatalogOptions.languageSpec,
        ] + CatalogOptions.specs + [OutputOptions.specs[0]],
        discussion: """
            One self-contained HTML file: its style, charts (SVG) and the few lines of script
            that sort the table are inline, nothing is loaded from the network, and it prints.
            It holds the portfolio totals, SKUs per recommended model, the XYZ class against the
            recommended model, a table of every SKU (click a column title to sort), and for each
            charted SKU its monthly profit per model against monthly demand with the break-even
            volumes and today's demand marked, its cost per unit sold as a stacked bar per model,
            and the reasons in words.

            --only restricts the whole report to the SKUs named, as for every command.

            EXIT STATUS: 0 all rows reported, 1 some rows rejected or the data unusable,
            64 usage error, 66 input file missing or unreadable.
            """)

    var catalog: CatalogOptions
    var output: OutputOptions
    var top: Int?
    var language: Language

    init(_ arguments: ParsedArguments) throws(UsageError) {
        catalog = try CatalogOptions(arguments, path: arguments.positionals[0])
        output = try OutputOptions(arguments)
        top = try arguments.positiveInteger("top")
        language = try arguments.language()
    }

    func run(_ terminal: Terminal) throws -> ExitCode {
        let run = try catalog.evaluate(terminal)
        let evaluation = run.evaluation
        Report.diagnostics(
            warnings: evaluation.warnings, rejected: evaluation.rejected, to: terminal)
        let detailCount = top ?? (catalog.only != nil ? evaluation.entries.count : 20)
        try output.write(HTMLReport(evaluation, detailCount: detailCount, language: language).html(), terminal)
        try catalog.writeRejects(run.outcome.rejects, terminal)
        terminal.writeError(run.summary)
        return evaluation.rejected.isEmpty ? .success : .dataError
    }
}
