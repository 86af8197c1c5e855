import BreakevenCSV
import BreakevenCore
import BreakevenReport

/// `breakeven simulate`: every SKU's printed policies run day by day (the
/// referee of MODEL.md §5), each model's analytic profit beside its simulated
/// one, the regret of the recommendation and `model_risk`, then the catalog's
/// summary.
struct SimulateCommand: Command {
    static let spec = CommandSpec(
        name: "simulate",
        overview:
            "Check each SKU's analytic profits and recommendation against a day-by-day simulation.",
        arguments: [CatalogOptions.fileArgument],
        options: [
            OptionSpec(
                name: "runs", valueName: "n",
                help:
                    "Runs per SKU, at least 4; below 20 the standard errors are rough (default: until every "
                    + "standard error is at most a third of its tolerance, up to 2,000)."),
            OptionSpec(
                name: "months", valueName: "m",
                help: "Months counted per run, after the warm-up (default 12)."),
            OptionSpec(
                name: "seed", valueName: "s",
                help: "The seed of the random numbers, a whole number (default 1)."),
            OptionSpec(
                name: "threads", valueName: "n", help: "Threads to use (default: one per core)."),
            OptionSpec(
                name: "format", valueName: "format",
                help: "table (for people, the default), csv or json."),
            CatalogOptions.languageSpec,
        ] + CatalogOptions.specs + OutputOptions.specs,
        discussion: """
            Each SKU's models run their printed stock policies on customer orders drawn from its demand
            (compound Poisson), with lead times, lost sales, the HYBRID fallback and the same cost lines;
            every model sees the same orders, so their differences are paired. Per model: the analytic
            monthly profit beside the simulated mean, its standard error, P10, P50 and P90, the fill rate
            and the average stock. Per SKU: the regret (the best simulated model's profit minus the
            recommended one's) and model_risk when a model's analytic profit is off the simulated mean by
            more than its tolerance, max(2% of profit, 0.5% of revenue, 1), + 3 standard errors. Then the
            share of SKUs in agreement per model and demand pattern, the SKUs that reached the cap of runs,
            and the total regret. The figures depend on the seed and the SKU only: not on the threads or
            the order of the file.

            EXIT STATUS: 0 all rows simulated, 1 some rows rejected or the data unusable,
            64 usage error, 66 input file missing or unreadable.
            """)

    /// Most runs `--runs` accepts: each run of a SKU is kept until it is summarised.
    static let maximumRuns = 100_000
    /// Most months `--months` accepts.
    static let maximumMonths = 1_200

    var catalog: CatalogOptions
    var output: OutputOptions
    var format: String
    var threads: Int
    var language: Language
    var options: SimulationOptions

    init(_ arguments: ParsedArguments) throws(UsageError) {
        catalog = try CatalogOptions(arguments, path: arguments.positionals[0])
        output = try OutputOptions(arguments)
        format = try arguments.choice("format", from: ["table", "csv", "json"], default: "table")
        threads = try arguments.positiveInteger("threads") ?? RankCommand.cores
        language = try arguments.language()
        options = SimulationOptions()
        if let runs = try arguments.positiveInteger("runs") {
            guard runs >= 4, runs <= Self.maximumRuns else {
                throw UsageError(
                    message:
                        "The value '\(runs)' is invalid for '--runs': expected from 4 (a standard error "
                        + "needs them) to \(NumberFormatting.grouped(Double(Self.maximumRuns), decimals: 0))"
                )
            }
            options.minimumRuns = runs
            options.maximumRuns = runs
        }
        if let months = try arguments.positiveInteger("months") {
            guard months <= Self.maximumMonths else {
                throw UsageError(
                    message:
                        "The value '\(months)' is invalid for '--months': expected at most \(NumberFormatting.grouped(Double(Self.maximumMonths), decimals: 0))"
                )
            }
            options.months = months
        }
        if let text = arguments.value("seed") {
            guard let seed = UInt64(text) else {
                throw UsageError(
                    message:
                        "The value '\(text)' is invalid for '--seed': expected a whole number from 0 to "
                        + "\(UInt64.max)")
            }
            options.seed = seed
        }
    }

    func run(_ terminal: Terminal) throws -> ExitCode {
        let settings = try catalog.settings(terminal)
        let progress = progressLine(terminal)
        let terminal = progress?.wrapping(terminal) ?? terminal
        defer { progress?.clear() }
        let options = self.options
        let run = try catalog.run(terminal, settings: settings, threads: threads) {
            row -> (output: Result<SimulationRenderer.Row, TooLarge>?, share: PortfolioSummary.Share?) in
            let evaluation = Evaluator.evaluate(row.terms, breakEven: false)
            defer { progress?.advance() }
            guard Simulator.canSimulate(evaluation, options: options) else {
                let orders = Simulator.expectedOrdersPerRun(evaluation, options: options)
                return (.failure(TooLarge(line: row.line, sku: evaluation.sku, orders: orders)), nil)
            }
            let simulation = Simulator.simulate(
                evaluation, key: RandomStream.key(sku: evaluation.sku), options: options)
            let verdict = SimulationVerdict(evaluation, simulation: simulation)
            return (.success(SimulationRenderer.Row(line: row.line, verdict: verdict)), nil)
        }
        progress?.clear()
        Report.diagnostics(
            warnings: run.outcome.warnings, rejected: run.outcome.rejected, to: terminal)
        let rows = run.outputs.compactMap { try? $0.get() }
        for case .failure(let large) in run.outputs {
            terminal.writeError(
                "\(run.file):\(large.line): SKU '\(large.sku)' not simulated: about "
                    + "\(NumberFormatting.grouped(large.orders, decimals: 0)) customer orders a run, above the limit of "
                    + "\(NumberFormatting.grouped(Simulator.maximumOrdersPerRun, decimals: 0))\n")
        }
        let renderer = SimulationRenderer(rows, options: options, language: language)
        switch format {
        case "csv":
            try output.write(renderer.csv(dialect: output.csvDialect(input: run.dialect)), terminal)
        case "json": try output.write(renderer.json(file: run.file, outcome: run.outcome), terminal)
        default: try output.write(renderer.table(), terminal)
        }
        try catalog.writeRejects(run.outcome.rejects, terminal)
        terminal.writeError(run.summary)
        return run.outcome.rejected.isEmpty ? .success : .dataError
    }

    /// A SKU whose runs would hold more customer orders than
    /// ``Simulator/maximumOrdersPerRun``: not simulated, said on standard error.
    struct TooLarge: Error {
        var line: Int
        var sku: String
        var orders: Double
    }

    /// The progress line, when standard error is a terminal: its total the
    /// rows of the file (read once more, quickly), or of `--only`; none for
    /// standard input.
    func progressLine(_ terminal: Terminal) -> ProgressLine? {
        guard terminal.standardErrorIsTerminal else { return nil }
        var total: Int?
        if catalog.path != "-", let input = try? terminal.openInput(catalog.path) {
            total = ProgressLine.rowEstimate(input)
        }
        if let only = catalog.only { total = min(total ?? .max, Set(only).count) }
        return ProgressLine(verb: "simulated", total: total, write: terminal.writeError)
    }
}
