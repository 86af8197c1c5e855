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
            OptionSpec(
                name: "sort", valueName: "order",
                help:
                    "saving (the table best first, the default) or none: the table in file order, the file read "
                    + "twice in bounded memory (not standard input)."),
            OptionSpec(name: "threads", valueName: "n", help: "Threads to use (default: one per core)."),
            OptionSpec(
                name: "simulate",
                help:
                    "Simulate every SKU as 'rank --simulate' does, use the simulated profits for the SKUs "
                    + "flagged model_risk, and show the simulation in the charts and the portfolio."),
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

            --sort none keeps memory bounded whatever the catalog's size: a first reading of
            the file makes the summary and picks the SKUs to chart, a second writes the table
            row by row in file order. It needs a file: standard input cannot be read twice.

            --simulate runs each SKU's policies day by day (as 'breakeven simulate', seed 1) and
            shows what 'rank --simulate' ranks: where a model's analytic profit is out of the
            simulation's reach (flagged model_risk), the simulated profits and the decision
            taken on them. Each charted SKU's profit chart then marks every model's simulated
            P10–P90 monthly profit at today's demand, and its text gives the recommended model's
            simulated profit, the regret and model_risk; the portfolio adds the share of SKUs in
            agreement per model and demand pattern, the total regret and the SKUs at the cap.
            With --sort none each reading simulates every SKU, so it takes twice as long.

            EXIT STATUS: 0 all rows reported, 1 some rows rejected or the data unusable,
            64 usage error, 66 input file missing or unreadable.
            """)

    var catalog: CatalogOptions
    var output: OutputOptions
    var top: Int?
    var sorted: Bool
    var threads: Int
    var language: Language
    var simulate: Bool

    init(_ arguments: ParsedArguments) throws(UsageError) {
        catalog = try CatalogOptions(arguments, path: arguments.positionals[0])
        output = try OutputOptions(arguments)
        top = try arguments.positiveInteger("top")
        sorted = try arguments.choice("sort", from: ["saving", "none"], default: "saving") == "saving"
        threads = try arguments.positiveInteger("threads") ?? RankCommand.cores
        language = try arguments.language()
        simulate = arguments.flag("simulate")
        if !sorted, catalog.path == "-" {
            throw UsageError(message: "--sort none reads the file twice: give a file, not standard input")
        }
    }

    func run(_ terminal: Terminal) throws -> ExitCode {
        guard sorted else { return try runStreaming(terminal) }
        guard simulate else {
            let run = try catalog.evaluate(terminal, threads: threads)
            return try write(run, verdicts: nil, terminal)
        }
        let run = try catalog.run(terminal, threads: threads, work: Self.refereeRow)
        let entries = CatalogRun(
            outputs: run.outputs.map(\.entry), outcome: run.outcome, dialect: run.dialect, file: run.file)
        return try write(entries, verdicts: run.outputs.map(\.verdict), terminal)
    }

    /// Writes the sorted report of `run`, refereed by `verdicts` (one per
    /// entry) when simulated.
    private func write(
        _ run: CatalogRun<CatalogEvaluation.Entry>, verdicts: [RefereeVerdict]?, _ terminal: Terminal
    ) throws -> ExitCode {
        let evaluation = run.evaluation
        Report.diagnostics(
            warnings: evaluation.warnings, rejected: evaluation.rejected, to: terminal)
        let detailCount = top ?? (catalog.only != nil ? evaluation.entries.count : 20)
        let report =
            verdicts.map {
                HTMLReport(
                    evaluation, verdicts: $0, options: RankCommand.refereeOptions, detailCount: detailCount,
                    language: language)
            } ?? HTMLReport(evaluation, detailCount: detailCount, language: language)
        try output.write(report.html(), terminal)
        try catalog.writeRejects(run.outcome.rejects, terminal)
        terminal.writeError(run.summary)
        return evaluation.rejected.isEmpty ? .success : .dataError
    }

    /// A row as `report --simulate` shows it: ``RankCommand/referee(_:)``'s
    /// evaluation (the same as `rank --simulate`'s) with what the referee
    /// found, and its share of the totals.
    static let refereeRow: RankPipeline.Work<(entry: CatalogEvaluation.Entry, verdict: RefereeVerdict)> = { row in
        let (evaluation, verdict) = RankCommand.referee(row)
        return (
            (CatalogEvaluation.Entry(line: row.line, evaluation: evaluation), verdict),
            PortfolioSummary.Share(evaluation)
        )
    }
}

extension ReportCommand {
    /// `--sort none`: the file read twice, in bounded memory. The first
    /// reading makes the overview (totals, classes, the SKUs to chart; with
    /// `--simulate` the referee's summary and the detailed SKUs' verdicts),
    /// the second writes the table's rows as they come, in file order (with
    /// `--simulate`, every SKU simulated again: the same seed gives the same
    /// figures).
    func runStreaming(_ terminal: Terminal) throws -> ExitCode {
        let settings = try catalog.settings(terminal)
        let detailCount = top ?? (catalog.only?.count ?? 20)
        var overview = ReportOverview(
            file: catalog.displayName, detailCount: detailCount, ranked: false,
            simulation: simulate ? RankCommand.refereeOptions : nil)
        let first: (outcome: RankPipeline.Outcome, summary: String)
        if simulate {
            let run = try catalog.stream(
                terminal, settings: settings, threads: threads, work: Self.refereeRow,
                emit: { for output in $0 { overview.add(output.entry, verdict: output.verdict) } })
            first = (run.outcome, run.summary)
        } else {
            let run = try catalog.stream(
                terminal, settings: settings, threads: threads, work: CatalogOptions.evaluateRow,
                emit: { for entry in $0 { overview.add(entry) } })
            first = (run.outcome, run.summary)
        }
        let outcome = first.outcome
        overview.rejectedCount = outcome.rejected.count
        Report.diagnostics(warnings: outcome.warnings, rejected: outcome.rejected, to: terminal)

        let report = HTMLReport(overview: overview, language: language)
        let sink = try output.open(terminal)
        sink.write(Array(report.head().utf8))
        var position = 0
        let simulate = self.simulate
        let second = try catalog.stream(
            terminal, settings: settings, threads: threads, announce: false,
            work: { row in
                (report.tableCells(simulate ? RankCommand.referee(row).evaluation : Evaluator.evaluate(row.terms)), nil)
            },
            emit: { rows in
                for cells in rows {
                    position += 1
                    sink.write(Array(report.tableRow(position, cells: cells).utf8))
                }
            })
        guard second.outcome.ranked == outcome.ranked, second.outcome.rowsRead == outcome.rowsRead else {
            terminal.writeError(
                "\(catalog.displayName): error: the file changed between its two readings "
                    + "(\(outcome.rowsRead) rows, then \(second.outcome.rowsRead)); run the report again\n")
            throw Stop(status: .dataError)
        }
        sink.write(Array(report.tail().utf8))
        try sink.finish()
        try catalog.writeRejects(outcome.rejects, terminal)
        terminal.writeError(first.summary)
        return outcome.rejected.isEmpty ? .success : .dataError
    }
}
