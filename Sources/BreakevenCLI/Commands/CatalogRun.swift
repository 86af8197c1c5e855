import BreakevenCore
import BreakevenCSV
import BreakevenReport

/// A catalog read through the one pipeline with a command's own work on
/// each accepted row, what the work made collected in file order.
struct CatalogRun<Output: Sendable> {
    /// What the work made of each accepted row, in file order.
    var outputs: [Output]
    /// Counts, rejected rows, warnings, totals and the SKUs looked for.
    var outcome: RankPipeline.Outcome
    /// The dialect the file was read in.
    var dialect: CSVDialect
    /// The file name shown in messages.
    var file: String

    /// `FILE: N rows read, N ranked, N rejected[, N left out by --only]`.
    var summary: String { Report.summary(outcome, file: file) }
}

extension CatalogOptions {
    /// Reads the catalog through ``RankPipeline`` in file order, restricted
    /// to `--only`, running `work` on every accepted row on all cores, and
    /// says on standard error what format was detected:
    /// `catalog.csv: ';' separated, decimal comma, 1,204 rows`.
    ///
    /// - Parameters:
    ///   - settings: the run's settings; read from the options when `nil`.
    ///   - lookFor: SKUs to look for besides `--only`'s (see ``SKUSearch``).
    /// - Throws: ``UsageError`` for a bad settings file or an `--only` SKU
    ///   the file does not have; ``Stop`` after printing why the catalog
    ///   cannot be read.
    func run<Output: Sendable>(
        _ terminal: Terminal, settings: Settings? = nil, lookFor: [String] = [], threads: Int = RankCommand.cores,
        work: @escaping RankPipeline.Work<Output>
    ) throws -> CatalogRun<Output> {
        var outputs: [Output] = []
        var run = try stream(terminal, settings: settings, lookFor: lookFor, threads: threads, work: work) {
            outputs += $0
        }
        run.outputs = outputs
        return run
    }

    /// As ``run(_:settings:lookFor:threads:work:)``, but what `work` makes
    /// goes to `emit` as it comes (a batch at a time, in file order) and is
    /// not kept. `announce` false leaves out the detection line (a second
    /// reading of the same file).
    func stream<Output: Sendable>(
        _ terminal: Terminal, settings: Settings? = nil, lookFor: [String] = [], threads: Int = RankCommand.cores,
        announce: Bool = true, work: @escaping RankPipeline.Work<Output>, emit: ([Output]) -> Void
    ) throws -> CatalogRun<Output> {
        let settings = try settings ?? self.settings(terminal)
        let input = try CatalogInput(self, terminal)
        let detection = input.detection
        let pipeline = RankPipeline(settings: settings, sorted: false, threads: threads, only: only, lookFor: lookFor)
        let outcome: RankPipeline.Outcome
        do {
            outcome = try pipeline.run(
                file: displayName, dialect: detection.dialect, source: input.read, keepRejects: rejectsPath != nil,
                work: work, emit: emit)
        } catch {
            try input.stopIfUnreadable(displayName, terminal)
            terminal.writeError("\(error.diagnostic)\n")
            throw Stop(status: .dataError)
        }
        try input.stopIfUnreadable(displayName, terminal)
        if announce { terminal.writeError(detectionLine(detection, rows: outcome.rowsRead)) }
        for sku in only ?? [] where !outcome.search.seen.contains(sku) {
            var message = "--only: no SKU '\(sku)' in \(displayName)"
            if let near = outcome.search.nearestInFile(to: sku) { message += ". Did you mean '\(near)'?" }
            throw UsageError(message: message)
        }
        return CatalogRun(outputs: [], outcome: outcome, dialect: detection.dialect, file: displayName)
    }

    /// Every accepted row evaluated in full, with the totals: what `report`
    /// and `rank --only` show.
    func evaluate(_ terminal: Terminal, threads: Int = RankCommand.cores) throws -> CatalogRun<CatalogEvaluation.Entry> {
        try run(terminal, threads: threads, work: Self.evaluateRow)
    }

    /// A row evaluated in full, and its share of the totals.
    static let evaluateRow: RankPipeline.Work<CatalogEvaluation.Entry> = { row in
        let evaluation = Evaluator.evaluate(row.terms)
        return (CatalogEvaluation.Entry(line: row.line, evaluation: evaluation), PortfolioSummary.Share(evaluation))
    }
}

extension CatalogRun where Output == CatalogEvaluation.Entry {
    /// The run as a catalog evaluated in memory.
    var evaluation: CatalogEvaluation {
        CatalogEvaluation(
            file: file, entries: outputs, rejected: outcome.rejected, warnings: outcome.warnings,
            summary: outcome.summary, dialect: dialect)
    }
}
