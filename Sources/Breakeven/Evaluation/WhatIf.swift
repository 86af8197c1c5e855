/// A catalog evaluated under a baseline and under each of several scenarios.
public struct WhatIf: Sendable {
    /// One SKU's outcome under one set of settings.
    public struct Outcome: Sendable, Equatable {
        /// The SKU.
        public var sku: String
        /// The 1-based line of its row.
        public var line: Int
        /// The recommended model.
        public var recommended: FulfilmentModel
        /// Its monthly profit.
        public var profit: Double
        /// Its working capital.
        public var capital: Double
    }

    /// The catalog under one set of settings.
    public struct Run: Sendable {
        /// "baseline" or the scenario's name.
        public var name: String
        /// Outcomes of the SKUs that could be evaluated, in file order.
        public var outcomes: [Outcome]
        /// Rows rejected under these settings.
        public var rejected: [RejectedRow]
        /// Totals.
        public var summary: PortfolioSummary

        /// The outcome of `sku`, if it was evaluated.
        public func outcome(_ sku: String) -> Outcome? { index[sku].map { outcomes[$0] } }

        private var index: [String: Int]

        init(name: String, resolved: ResolvedCatalog) {
            self.name = name
            rejected = resolved.rejected
            var summary = PortfolioSummary()
            outcomes = resolved.rows.map { row in
                // Break-even volumes change no recommendation or profit; skip them.
                let evaluation = Evaluator.evaluate(row.terms, breakEven: false)
                summary.add(evaluation)
                let chosen = evaluation.recommended
                return Outcome(
                    sku: row.terms.sku, line: row.line, recommended: chosen.model, profit: chosen.monthlyProfit,
                    capital: chosen.workingCapital)
            }
            self.summary = summary
            index = Dictionary(outcomes.enumerated().map { ($1.sku, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }

    /// The catalog under the run's own settings.
    public var baseline: Run
    /// The catalog under each scenario laid over the run's settings, in file order.
    public var scenarios: [Run]

    /// Evaluates `catalog` under `settings` and under each scenario.
    public init(_ catalog: Catalog, settings: Settings, scenarios: [Scenario]) {
        baseline = Run(name: "baseline", resolved: ResolvedCatalog(catalog, settings: settings))
        self.scenarios = scenarios.map { scenario in
            Run(name: scenario.name, resolved: ResolvedCatalog(catalog, settings: settings.overlaid(with: scenario.settings)))
        }
    }

    /// The SKUs whose recommendation under `run` differs from the baseline.
    public func changes(in run: Run) -> [(baseline: Outcome, scenario: Outcome)] {
        run.outcomes.compactMap { outcome in
            guard let before = baseline.outcome(outcome.sku), before.recommended != outcome.recommended else {
                return nil
            }
            return (before, outcome)
        }
    }
}
