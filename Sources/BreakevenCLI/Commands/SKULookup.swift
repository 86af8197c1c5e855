import BreakevenCore
import BreakevenCSV
import BreakevenReport

/// One SKU of a catalog, found for `explain` and `chart`: every row is read
/// and resolved (so the counts and the rejects file cover the whole file),
/// and only the SKU's row is evaluated.
enum SKULookup {
    /// Reads the catalog, evaluating the first accepted row of `sku`.
    static func run(_ sku: String, _ catalog: CatalogOptions, _ terminal: Terminal) throws
        -> CatalogRun<(line: Int, evaluation: SKUEvaluation)>
    {
        try catalog.run(terminal, lookFor: [sku]) { row in
            guard row.terms.sku == sku else { return (nil, nil) }
            return ((row.line, Evaluator.evaluate(row.terms)), nil)
        }
    }

    /// The line and evaluation of `sku` in `run`.
    ///
    /// - Throws: ``Stop`` (exit 1) after printing the errors of the SKU's row
    ///   when it was rejected; ``UsageError`` with the closest SKU's name
    ///   when there is no such SKU.
    static func found(
        _ sku: String, in run: CatalogRun<(line: Int, evaluation: SKUEvaluation)>, _ terminal: Terminal
    ) throws -> (line: Int, evaluation: SKUEvaluation) {
        if let first = run.outputs.first { return first }
        try stopIfRejected(sku, run.outcome, terminal)
        var message = "no SKU '\(sku)' in \(run.file)"
        if let suggestion = run.outcome.search.nearestRanked(to: sku) {
            message += ". Did you mean '\(suggestion)'?"
        }
        throw UsageError(message: message)
    }

    /// Prints the errors of the rows of `sku` and stops (exit 1), when
    /// `outcome` rejected any.
    static func stopIfRejected(_ sku: String, _ outcome: RankPipeline.Outcome, _ terminal: Terminal) throws {
        let mine = outcome.rejected.filter { $0.sku == sku }
        guard !mine.isEmpty else { return }
        Report.diagnostics(warnings: [], rejected: mine, to: terminal)
        throw Stop(status: .dataError)
    }
}
