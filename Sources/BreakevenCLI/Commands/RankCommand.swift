import BreakevenCore
import BreakevenCSV
import BreakevenReport
import Foundation

/// `breakeven rank`: every SKU of a catalog, best saving first.
struct RankCommand: Command {
    static let spec = CommandSpec(
        name: "rank",
        overview: "Rank a catalog's SKUs by what switching fulfilment model would earn.",
        arguments: [CatalogOptions.fileArgument],
        options: [
            OptionSpec(
                name: "format", valueName: "format",
                help: "table (for people, the default), markdown, csv or json (every output column)."),
            OptionSpec(name: "top", valueName: "n", help: "Show only the N SKUs with the best saving; totals cover all."),
            OptionSpec(
                name: "sort", valueName: "order",
                help: "saving (best first, the default) or none: input order, streamed in bounded memory."),
            OptionSpec(name: "threads", valueName: "n", help: "Threads to use (default: one per core)."),
            OptionSpec(
                name: "simulate",
                help:
                    "Simulate every SKU's policies day by day (as 'breakeven simulate', seed 1) and use the "
                    + "simulated profits for the SKUs flagged model_risk."),
            CatalogOptions.languageSpec,
        ] + CatalogOptions.specs + OutputOptions.specs,
        discussion: """
            The CSV needs the columns sku, price and monthly_demand (or demand_history); every
            other input has a default ('breakeven columns' lists them). Fields may be separated
            by ',' ';' or tabs, numbers written with a decimal point or comma, rates as 15%,
            money with a currency sign: what was detected is said on standard error.

            A row with a bad value is reported on standard error as FILE:LINE:COLUMN and
            skipped; the other rows are still ranked. The last line on standard error counts
            them: rows read = ranked + rejected.

            EXIT STATUS: 0 all rows ranked, 1 some rows rejected or the data unusable,
            64 usage error, 66 input file missing or unreadable.
            """)

    var catalog: CatalogOptions
    var output: OutputOptions
    var format: String
    var top: Int?
    var sorted: Bool
    var threads: Int
    var language: Language
    var simulate: Bool

    init(_ arguments: ParsedArguments) throws(UsageError) {
        catalog = try CatalogOptions(arguments, path: arguments.positionals[0])
        output = try OutputOptions(arguments)
        format = try arguments.choice("format", from: ["table", "markdown", "csv", "json"], default: "table")
        top = try arguments.positiveInteger("top")
        sorted = try arguments.choice("sort", from: ["saving", "none"], default: "saving") == "saving"
        threads = try arguments.positiveInteger("threads") ?? RankCommand.cores
        language = try arguments.language()
        simulate = arguments.flag("simulate")
        if !sorted, top != nil { throw UsageError(message: "--top needs the ranking: drop --sort none") }
    }

    static var cores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// How `--simulate` simulates each SKU: `simulate`'s defaults (seed 1,
    /// runs of 12 months added until every standard error is at most a third
    /// of its tolerance, up to 2,000).
    static let refereeOptions = SimulationOptions()

    /// A row evaluated, simulated with ``refereeOptions`` and refereed: the
    /// evaluation shown, with the simulated profits where the analytic ones
    /// are out of the simulation's reach (``SKUEvaluation/refereed(by:)``),
    /// and what the referee found. `rank --simulate` and `report --simulate`
    /// both take their rows from here.
    static func referee(_ row: RankPipeline.Row) -> (evaluation: SKUEvaluation, verdict: RefereeVerdict) {
        let analytic = Evaluator.evaluate(row.terms)
        guard Simulator.canSimulate(analytic, options: refereeOptions) else {
            // Too large to simulate day by day: its analytic figures stand.
            return (analytic, RefereeVerdict(analytic: analytic, refereed: analytic, simulation: .notSimulated))
        }
        let simulation = Simulator.simulate(
            analytic, key: RandomStream.key(sku: analytic.sku), options: refereeOptions)
        let refereed = analytic.refereed(by: simulation)
        return (refereed, RefereeVerdict(analytic: analytic, refereed: refereed, simulation: simulation))
    }

    /// A row as `rank --simulate` ranks it: ``referee(_:)``'s evaluation and its share of the totals.
    static let refereeRow: RankPipeline.Work<CatalogEvaluation.Entry> = { row in
        let evaluation = referee(row).evaluation
        return (CatalogEvaluation.Entry(line: row.line, evaluation: evaluation), PortfolioSummary.Share(evaluation))
    }

    /// The stream that writes the chosen format, for an input read in `dialect`.
    func stream(dialect: CSVDialect) -> RankStream {
        let streamFormat: RankStream.Format
        switch format {
        case "csv": streamFormat = .csv(output.csvDialect(input: dialect))
        case "json": streamFormat = .json
        case "markdown": streamFormat = .markdown
        default: streamFormat = .table
        }
        return RankStream(format: streamFormat, language: language, sorted: sorted, file: catalog.displayName)
    }

    func run(_ terminal: Terminal) throws -> ExitCode {
        if catalog.only == nil, !simulate { return try runPipeline(terminal) }
        // `--only` checks its SKUs against the whole file before anything is
        // written, so the (few) SKUs it names are kept, then ranked; with
        // `--simulate` the refereed evaluations are kept, then ranked.
        let run = try simulate ? catalog.run(terminal, threads: threads, work: Self.refereeRow) : catalog.evaluate(terminal, threads: threads)
        let evaluation = run.evaluation
        Report.diagnostics(warnings: evaluation.warnings, rejected: evaluation.rejected, to: terminal)
        var entries = sorted ? evaluation.rankedBySaving() : evaluation.entries
        if let top { entries = Array(entries.prefix(top)) }
        let bytes = stream(dialect: evaluation.dialect).render(entries, outcome: run.outcome)
        try output.write(String(decoding: bytes, as: UTF8.self), terminal)
        try catalog.writeRejects(run.outcome.rejects, terminal)
        terminal.writeError(run.summary)
        return evaluation.rejected.isEmpty ? .success : .dataError
    }
}

extension RankCommand {
    /// Ranks through ``RankPipeline``: parallel, every format written as the
    /// rows come, streamed in bounded memory when not sorted.
    func runPipeline(_ terminal: Terminal) throws -> ExitCode {
        let settings = try catalog.settings(terminal)
        let input = try CatalogInput(catalog, terminal)
        let detection = input.detection
        let pipeline = RankPipeline(settings: settings, sorted: sorted, top: top, threads: threads)
        let sink = try output.open(terminal)
        let write = sink.write
        var stream = stream(dialect: detection.dialect)
        let renderer = stream
        let outcome: RankPipeline.Outcome
        do {
            outcome = try pipeline.run(
                file: catalog.displayName, dialect: detection.dialect, source: input.read,
                keepRejects: catalog.rejectsPath != nil,
                render: { line, evaluation in renderer.row(line: line, evaluation: evaluation) },
                ranked: { write(stream.begin($0)) },
                emit: { write(stream.write($0)) })
        } catch {
            try input.stopIfUnreadable(catalog.displayName, terminal)
            terminal.writeError("\(error.diagnostic)\n")
            throw Stop(status: .dataError)
        }
        try input.stopIfUnreadable(catalog.displayName, terminal)
        write(stream.finish(outcome))
        terminal.writeError(catalog.detectionLine(detection, rows: outcome.rowsRead))
        Report.diagnostics(warnings: outcome.warnings, rejected: outcome.rejected, to: terminal)
        try sink.finish()
        try catalog.writeRejects(outcome.rejects, terminal)
        terminal.writeError(Report.summary(outcome, file: catalog.displayName))
        return outcome.rejected.isEmpty ? .success : .dataError
    }
}

/// Where results go and in which CSV dialect.
struct OutputOptions {
    static let specs: [OptionSpec] = [
        OptionSpec(name: "out", valueName: "file", help: "Write the results to this file instead of standard output."),
        OptionSpec(
            name: "output-locale", valueName: "locale",
            help: "CSV output: input (the input's delimiter and decimal mark, the default) or plain (',' and '.')."),
    ]

    /// `--out`, if given.
    var path: String?
    /// Whether CSV output uses `,` and `.` whatever the input used.
    var plain: Bool

    init(_ arguments: ParsedArguments) throws(UsageError) {
        path = arguments.value("out")
        plain = try arguments.choice("output-locale", from: ["input", "plain"], default: "input") == "plain"
    }

    /// The dialect of CSV output for an input read in `input`.
    func csvDialect(input: CSVDialect) -> CSVDialect { plain ? .plain : input }

    /// Opens `--out`, or standard output, for writing a piece at a time.
    ///
    /// - Throws: ``Stop`` (exit 1) after saying why the file cannot be created.
    func open(_ terminal: Terminal) throws -> OutputSink {
        guard let path else { return OutputSink(terminal: terminal, file: nil, path: nil) }
        do {
            return OutputSink(terminal: terminal, file: try terminal.openOutput(path), path: path)
        } catch {
            terminal.writeError("\(path): error: \(error.reason)\n")
            throw Stop(status: .dataError)
        }
    }

    /// Writes `text` to `--out` or standard output.
    func write(_ text: String, _ terminal: Terminal) throws {
        guard let path else {
            terminal.write(text)
            return
        }
        do {
            try terminal.writeFile(path, Array(text.utf8))
        } catch {
            terminal.writeError("\(path): error: \(error.reason)\n")
            throw Stop(status: .dataError)
        }
    }
}

/// The lines every catalog run writes to standard error.
enum Report {
    /// Warnings, then each rejected row's errors.
    static func diagnostics(warnings: [Diagnostic], rejected: [RejectedRow], to terminal: Terminal) {
        var text = ""
        for warning in warnings { text += "\(warning)\n" }
        for row in rejected {
            for diagnostic in row.diagnostics { text += "\(diagnostic)\n" }
        }
        if !text.isEmpty { terminal.writeError(text) }
    }

    /// `FILE: N rows read, N ranked, N rejected[, N left out by --only]`:
    /// rows read = ranked + rejected (+ left out), always.
    static func summary(_ outcome: RankPipeline.Outcome, file: String) -> String {
        var text = "\(file): \(outcome.rowsRead) rows read, \(outcome.ranked) ranked, \(outcome.rejected.count) rejected"
        if outcome.leftOut > 0 { text += ", \(outcome.leftOut) left out by --only" }
        return text + "\n"
    }

}

/// Where a streamed result goes: `--out`, or standard output.
struct OutputSink {
    let terminal: Terminal
    let file: ChunkedOutput?
    let path: String?

    /// Writes the next bytes.
    func write(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        if let file { file.write(bytes) } else { terminal.writeBytes(bytes) }
    }

    /// Stops (exit 1) when the file could not be written.
    func finish() throws {
        guard let path, let failure = file?.failure else { return }
        terminal.writeError("\(path): error: cannot be written (\(failure))\n")
        throw Stop(status: .dataError)
    }
}
