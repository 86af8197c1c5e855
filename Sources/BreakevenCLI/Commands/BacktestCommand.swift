import BreakevenCSV
import BreakevenCore
import BreakevenReport

/// `breakeven backtest`: decide on the first months of each SKU's history,
/// replay the later months through every model's policy, and compare what the
/// recommendation earned with the best model in hindsight, VIRTUAL and
/// today's model (MODEL.md §5).
struct BacktestCommand: Command {
    static let spec = CommandSpec(
        name: "backtest",
        overview:
            "Judge the recommendations on the SKUs' own later sales: decide on the first months, replay the rest.",
        arguments: [CatalogOptions.fileArgument],
        options: [
            OptionSpec(
                name: "fit-months", valueName: "n",
                help:
                    "Months at the start of demand_history to decide on (default 12); SKUs need 12 more."
            ),
            OptionSpec(
                name: "seed", valueName: "s",
                help: "The seed of the replay's random streams (default 1)."),
            OptionSpec(
                name: "runs", valueName: "n",
                help:
                    "Runs per SKU, at least 4 (default: 20, then 20 more until every model's standard error "
                    + "is a third of its tolerance, at most 2,000)."),
            OptionSpec(
                name: "threads", valueName: "n", help: "Threads to use (default: one per core)."),
            OptionSpec(
                name: "format", valueName: "format", help: "table (the default), csv or json."),
            CatalogOptions.languageSpec,
        ] + CatalogOptions.specs + OutputOptions.specs,
        discussion: """
            For each SKU whose demand_history has at least fit-months + 12 months: the SKU is
            evaluated on its first fit-months months alone (monthly_demand, demand_sd and
            history_months given in the row or the settings are set aside, and said so), then
            the months after them are replayed through every model's printed policy, each
            month's recorded sales as demand, split at random into customer orders. No warm-up:
            each policy starts on the first replayed day with its s + Q or S units on hand.

            Per SKU: the realised profit per month of the recommendation, of the best model in
            hindsight, of VIRTUAL and of current_model; the regret (best in hindsight minus
            recommended, from paired runs). In total: their sums, the share of SKUs whose
            recommendation was the best in hindsight, and the recommendations against
            everything VIRTUAL and against today's models. SKUs with a shorter history are
            listed on standard error and counted, not rejected.

            EXIT STATUS: 0 no row rejected (SKUs skipped for a short history included), 1 some
            rows rejected or the data unusable, 64 usage error, 66 input file missing or unreadable.
            """)

    var catalog: CatalogOptions
    var output: OutputOptions
    var plan: Backtest.Plan
    var threads: Int
    var format: String
    var language: Language

    init(_ arguments: ParsedArguments) throws(UsageError) {
        catalog = try CatalogOptions(arguments, path: arguments.positionals[0])
        output = try OutputOptions(arguments)
        var simulation = SimulationOptions()
        if let text = arguments.value("seed") {
            guard let seed = UInt64(text) else {
                throw UsageError(
                    message: "The value '\(text)' is invalid for '--seed': expected a whole number")
            }
            simulation.seed = seed
        }
        if let runs = try arguments.positiveInteger("runs") {
            guard runs >= 4 else {
                throw UsageError(
                    message:
                        "The value '\(runs)' is invalid for '--runs': expected 4 or more (standard errors need them)"
                )
            }
            simulation.minimumRuns = runs
            simulation.maximumRuns = runs
            simulation.batch = runs
        }
        plan = Backtest.Plan(
            fitMonths: try arguments.positiveInteger("fit-months") ?? 12, simulation: simulation)
        threads = try arguments.positiveInteger("threads") ?? RankCommand.cores
        format = try arguments.choice("format", from: ["table", "csv", "json"], default: "table")
        language = try arguments.language()
    }

    /// What the work made of one accepted row.
    struct Entry: Sendable {
        var line: Int
        var outcome: BacktestOutcome
    }

    func run(_ terminal: Terminal) throws -> ExitCode {
        let settings = try catalog.settings(terminal)
        let plan = self.plan
        let run = try catalog.run(terminal, settings: settings, threads: threads) { row in
            (
                Entry(
                    line: row.line,
                    outcome: Backtest.run(row.inputs, settings: settings, plan: plan)), nil
            )
        }
        Report.diagnostics(
            warnings: run.outcome.warnings, rejected: run.outcome.rejected, to: terminal)
        var rows: [SKUBacktest] = []
        var skipped: [BacktestRenderer.Skipped] = []
        for entry in run.outputs {
            switch entry.outcome {
            case .tested(let backtest): rows.append(backtest)
            case .skipped(let sku, let reason):
                skipped.append(BacktestRenderer.Skipped(line: entry.line, sku: sku, reason: reason))
            }
        }
        let outcome = run.outcome
        let renderer = BacktestRenderer(
            file: run.file, plan: plan, rows: rows, skipped: skipped,
            counts: BacktestRenderer.Counts(
                rowsRead: outcome.rowsRead, backTested: rows.count, skipped: skipped.count,
                rejected: outcome.rejected.count, leftOut: outcome.leftOut),
            language: language)
        terminal.writeError(renderer.skippedLines())
        switch format {
        case "csv":
            try output.write(renderer.csv(dialect: output.csvDialect(input: run.dialect)), terminal)
        case "json": try output.write(renderer.json(), terminal)
        default: try output.write(renderer.table(), terminal)
        }
        try catalog.writeRejects(outcome.rejects, terminal)
        terminal.writeError(renderer.summaryLine())
        return outcome.rejected.isEmpty ? .success : .dataError
    }
}
