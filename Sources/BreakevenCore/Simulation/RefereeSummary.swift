/// A catalog's referee verdicts added up, in file order: the summary of the
/// analytic figures' check (what `simulate` prints: agreement per model and
/// pattern, the cap, the analytic recommendations' regret) and the regret of
/// the recommendations shown after the referee. The two share their
/// agreement counts; only the recommendations, and so the regrets, differ.
package struct RefereeSummary: Sendable, Equatable {
    /// The analytic figures' check, as `simulate` sums it.
    package var analytic = SimulationSummary()
    /// The same SKUs with the recommendations shown: its ``SimulationSummary/totalRegret``
    /// is what following them costs, money per month, against the best
    /// simulated model of each SKU.
    package var shown = SimulationSummary()
    /// SKUs whose recommendation the simulated figures moved.
    package var changed = 0

    /// Nothing added.
    package init() {}

    /// The summary of `verdicts`, added in order.
    package init<S: Sequence>(_ verdicts: S) where S.Element == RefereeVerdict {
        for verdict in verdicts { add(verdict) }
    }

    /// Adds one SKU.
    package mutating func add(_ verdict: RefereeVerdict) {
        analytic.add(verdict.analytic)
        shown.add(verdict.shown)
        if verdict.changedRecommendation { changed += 1 }
    }

    /// SKUs added.
    package var skuCount: Int { analytic.skuCount }

    /// SKUs flagged `model_risk`: some model's analytic profit out of the
    /// simulation's reach.
    package var flagged: Int { analytic.overall.skus - analytic.overall.allWithin }
}
