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

        init(name: String, outcomes: [(Outcome, PortfolioSummary.Share)], rejected: [RejectedRow]) {
            self.name = name
            self.rejected = rejected
            self.outcomes = outcomes.map(\.0)
            var summary = PortfolioSummary()
            for (_, share) in outcomes { summary.add(share) }
            self.summary = summary
            index = Dictionary(
                self.outcomes.enumerated().map { ($1.sku, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }

    /// One row under the baseline and under each scenario: what the
    /// pipeline's work makes of it (see ``work(settings:scenarios:)``).
    package struct Row: Sendable {
        /// The row's line.
        package var line: Int
        /// The baseline's outcome and share of the totals.
        package var baseline: (Outcome, PortfolioSummary.Share)
        /// Each scenario's, or why its settings make the row unusable.
        package var scenarios: [Result<(Outcome, PortfolioSummary.Share), InputError>]
    }

    /// The catalog under the run's own settings.
    package var baseline: Run
    /// The catalog under each scenario laid over the run's settings, in file order.
    package var scenarios: [Run]

    /// What the pipeline runs on each row the baseline accepts: the row
    /// evaluated under the run's `settings` (the pipeline's) and under each
    /// scenario laid over them. Break-even volumes change no recommendation
    /// or profit, so they are skipped.
    package static func work(settings: Settings, scenarios: [Scenario]) -> RankPipeline.Work<Row> {
        let overlaid = scenarios.map { settings.overlaid(with: $0.settings) }
        return { row in
            let baseline = outcome(of: row.terms, line: row.line)
            let underScenarios = overlaid.map { settings in
                Result { () throws(InputError) in
                    outcome(of: try SKUTerms(row.inputs, settings: settings), line: row.line)
                }
            }
            return (Row(line: row.line, baseline: baseline, scenarios: underScenarios), nil)
        }
    }

    private static func outcome(of terms: SKUTerms, line: Int) -> (Outcome, PortfolioSummary.Share) {
        let evaluation = Evaluator.evaluate(terms, breakEven: false)
        let chosen = evaluation.recommended
        return (
            Outcome(
                sku: terms.sku, line: line, recommended: chosen.model, profit: chosen.monthlyProfit,
                capital: chosen.workingCapital),
            PortfolioSummary.Share(evaluation)
        )
    }

    /// The runs, from the rows the baseline accepted and the rows it
    /// rejected. A scenario compares the same SKUs as the baseline: its
    /// rejected rows are the baseline's plus those its own settings make
    /// unusable.
    package init(
        rows: [Row], rejected: [RejectedRow], scenarios: [Scenario], settings: Settings, header: CatalogHeader?,
        file: String
    ) {
        baseline = Run(name: "baseline", outcomes: rows.map(\.baseline), rejected: rejected)
        self.scenarios = scenarios.enumerated().map { index, scenario in
            var outcomes: [(Outcome, PortfolioSummary.Share)] = []
            var own: [RejectedRow] = []
            for row in rows {
                switch row.scenarios[index] {
                case .success(let outcome): outcomes.append(outcome)
                case .failure(let error):
                    own.append(
                        ResolvedCatalog.rejection(
                            error, row: CatalogRow(line: row.line, inputs: SKUInputs(sku: row.baseline.0.sku), bytes: 0..<0),
                            header: header, file: file, settings: settings.overlaid(with: scenario.settings)))
                }
            }
            let all = own.isEmpty ? rejected : (rejected + own).sorted { $0.line < $1.line }
            return Run(name: scenario.name, outcomes: outcomes, rejected: all)
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
