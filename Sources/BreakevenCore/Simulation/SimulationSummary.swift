/// A catalog's simulation verdicts added up (MODEL.md §5): how often each
/// model's analytic profit agrees with the simulation, overall and per demand
/// pattern; how many SKUs reached the cap of runs; and the total regret of the
/// recommendations against their total simulated profit. Sums are taken in
/// the order the verdicts are added (file order), so they do not depend on
/// threads.
package struct SimulationSummary: Sendable, Equatable {
    /// A group of SKUs by the pattern of their history.
    package enum Group: Hashable, Sendable, CaseIterable {
        /// SKUs whose history has this Syntetos–Boylan pattern.
        case smooth, erratic, intermittent, lumpy
        /// SKUs without a history with a sale (a mean and a deviation instead).
        case noHistory

        /// The group of a SKU with history pattern `pattern`.
        package init(_ pattern: DemandPattern?) {
            switch pattern {
            case .smooth?: self = .smooth
            case .erratic?: self = .erratic
            case .intermittent?: self = .intermittent
            case .lumpy?: self = .lumpy
            case nil: self = .noHistory
            }
        }

        /// The pattern, `nil` for ``noHistory``.
        package var pattern: DemandPattern? {
            switch self {
            case .smooth: return .smooth
            case .erratic: return .erratic
            case .intermittent: return .intermittent
            case .lumpy: return .lumpy
            case .noHistory: return nil
            }
        }
    }

    /// Agreement counts over a set of SKUs.
    package struct Agreement: Sendable, Equatable {
        /// SKUs counted.
        package var skus = 0
        /// Per model, SKUs where it was simulated.
        package var checked: [FulfilmentModel: Int] = [:]
        /// Per model, SKUs where its analytic profit is within the tolerance
        /// + 3 standard errors of the simulated mean.
        package var within: [FulfilmentModel: Int] = [:]
        /// SKUs every simulated model of which agrees (not `model_risk`).
        package var allWithin = 0

        /// No SKUs.
        package init() {}

        /// Adds one SKU.
        package mutating func add(_ verdict: SimulationVerdict) {
            skus += 1
            for check in verdict.checks {
                let model = check.analytic.model
                checked[model, default: 0] += 1
                if check.agrees { within[model, default: 0] += 1 }
            }
            if !verdict.modelRisk { allWithin += 1 }
        }

        /// The share of the SKUs simulating `model` where it agrees; `nil` when none simulates it.
        package func share(_ model: FulfilmentModel) -> Double? {
            let count = checked[model] ?? 0
            return count > 0 ? Double(within[model] ?? 0) / Double(count) : nil
        }

        /// The share of SKUs where every model agrees; `nil` without SKUs.
        package var allShare: Double? { skus > 0 ? Double(allWithin) / Double(skus) : nil }
    }

    /// SKUs added.
    package var skuCount = 0
    /// Agreement over every SKU.
    package var overall = Agreement()
    /// Agreement per pattern group (groups without SKUs absent).
    package var byGroup: [Group: Agreement] = [:]
    /// SKUs whose runs stopped at the cap before reaching the target standard error.
    package var reachedCap = 0
    /// Σ regret, money per month, over the SKUs with one.
    package var totalRegret = 0.0
    /// √Σ SE² of the regrets: the standard error of ``totalRegret`` (the SKUs'
    /// runs are independent), money per month.
    package var totalRegretStandardError: Double { totalRegretVariance.squareRoot() }
    /// Σ SE² of the regrets.
    package var totalRegretVariance = 0.0
    /// Σ simulated monthly profit of the recommended models, money per month,
    /// over the same SKUs as ``totalRegret``.
    package var recommendedProfit = 0.0
    /// SKUs whose regret exceeds the recommended model's tolerance.
    package var regretAboveTolerance = 0
    /// Of those, the SKUs not flagged `model_risk`.
    package var regretAboveToleranceUnflagged = 0

    /// Nothing added.
    package init() {}

    /// The summary of `verdicts`, added in order.
    package init<S: Sequence>(_ verdicts: S) where S.Element == SimulationVerdict {
        for verdict in verdicts { add(verdict) }
    }

    /// Adds one SKU.
    package mutating func add(_ verdict: SimulationVerdict) {
        skuCount += 1
        overall.add(verdict)
        byGroup[Group(verdict.pattern), default: Agreement()].add(verdict)
        if verdict.reachedCap { reachedCap += 1 }
        guard let regret = verdict.regret, let recommended = verdict.recommendedCheck else {
            return
        }
        totalRegret += regret.mean
        totalRegretVariance += regret.standardError * regret.standardError
        recommendedProfit += recommended.simulated.meanMonthlyProfit
        if regret.mean > recommended.simulated.tolerance {
            regretAboveTolerance += 1
            if !verdict.modelRisk { regretAboveToleranceUnflagged += 1 }
        }
    }

    /// The share of SKUs that reached the cap; `nil` without SKUs.
    package var reachedCapShare: Double? {
        skuCount > 0 ? Double(reachedCap) / Double(skuCount) : nil
    }

    /// Total regret ÷ total simulated profit of the recommendations; `nil`
    /// when that profit is not above 0 (a share of a loss means nothing).
    package var regretShare: Double? {
        recommendedProfit > 0 ? totalRegret / recommendedProfit : nil
    }
}
