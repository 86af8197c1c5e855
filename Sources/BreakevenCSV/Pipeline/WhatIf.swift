import BreakevenCore

/// A catalog evaluated under a baseline and under each of several scenarios.
package struct WhatIf: Sendable {
    /// One SKU's outcome under one set of settings.
    package struct Outcome: Sendable, Equatable {
        /// The SKU.
        package var sku: String
        /// The 1-based line of its row.
        package var line: Int
        /// The recommended model.
        package var recommended: FulfilmentModel
        /// Its monthly profit.
        package var profit: Double
        /// Its working capital.
        package var capital: Double
    }

    /// The catalog under one set of settings.
    package struct Run: Sendable {
        /// "baseline" or the scenario's name.
        package var name: String
        /// Outcomes of the SKUs that could be evaluated, in file order.
        package var outcomes: [Outcome]
        /// Rows rejected under these settings.
        package var rejected: [RejectedRow]
        /// Totals.
        package var summary: PortfolioSummary

        /// The outcome of `sku`, if it was evaluated.
        package func outcome(_ sku: String) -> Outcome? { index[sku].map { outcomes[$0] } }

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
    package var baseline: Run
    /// The catalog under each scenario laid over the run's settings, in file order.
    package var scenarios: [Run]

    /// Evaluates `catalog` under `settings` and under each scenario.
    package init(_ catalog: Catalog, settings: Settings, scenarios: [Scenario]) {
        baseline = Run(name: "baseline", resolved: ResolvedCatalog(catalog, settings: settings))
        self.scenarios = scenarios.map { scenario in
            Run(name: scenario.name, resolved: ResolvedCatalog(catalog, settings: settings.overlaid(with: scenario.settings)))
        }
    }

    /// The SKUs whose recommendation under `run` differs from the baseline.
    package func changes(in run: Run) -> [(baseline: Outcome, scenario: Outcome)] {
        run.outcomes.compactMap { outcome in
            guard let before = baseline.outcome(outcome.sku), before.recommended != outcome.recommended else {
                return nil
            }
            return (before, outcome)
        }
    }
}
