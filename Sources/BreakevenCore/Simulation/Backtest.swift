/// The back-test of MODEL.md §5: the decision taken on the first months of a
/// SKU's monthly history, then the months after them — the recorded sales —
/// replayed through every model's printed policy, so that the recommendation
/// is judged by what it would have earned against the best model in
/// hindsight, against VIRTUAL and against today's model.
///
/// 1. **Fit.** The SKU is resolved again with its history cut to the first
///    ``Plan/fitMonths`` months: the mean, the deviation and the months of
///    history then come from those months alone. A `monthly_demand`,
///    `demand_sd` or `history_months` given in the row, a settings file,
///    `--default` or `--set` would override them, so the fit sets them aside
///    (``fittedInputs``; the row's are listed in ``SKUBacktest/setAside``).
///    The evaluation of that SKU gives the recommendation and every model's
///    printed policy.
/// 2. **Replay.** The months after the fit, each month's recorded units as
///    demand, run through each model's policy with
///    ``Simulator/replay(_:history:key:options:)``: common random numbers
///    across models; runs differ in how each month splits into customer
///    orders, which buyers accept each delivery promise and, with a spread,
///    the lead times. No warm-up unless asked: each policy starts on the first
///    replayed day with s + Q (or S) on hand and nothing on order.
/// 3. **Measure.** Each model's realised monthly profit (the mean over the
///    runs), the best in hindsight, and the regret — best in hindsight minus
///    recommended, from the paired runs.
///
/// Data only: no words. SKUs whose history is too short are not an error:
/// ``BacktestOutcome/skipped(sku:reason:)`` says why.
package enum Backtest {
    /// How SKUs are back-tested.
    package struct Plan: Sendable, Equatable {
        /// Months at the start of the history the decision is taken on, ≥ 1.
        package var fitMonths: Int
        /// The fewest months that must follow them to be replayed, ≥ 1
        /// (MODEL.md §5: 24 months of history for a 12-month fit).
        package var minimumHeldOutMonths: Int
        /// The replay's seed, runs and lead-time spread; its warm-up is none
        /// unless `warmUpMonths` is set.
        package var simulation: SimulationOptions

        /// A plan; the defaults fit on 12 months and need 12 more.
        package init(
            fitMonths: Int = 12, minimumHeldOutMonths: Int = 12,
            simulation: SimulationOptions = SimulationOptions()
        ) {
            self.fitMonths = max(1, fitMonths)
            self.minimumHeldOutMonths = max(1, minimumHeldOutMonths)
            self.simulation = simulation
        }

        /// Months of history a SKU needs: the fit's and the held-out ones.
        package var neededMonths: Int { fitMonths + minimumHeldOutMonths }
    }

    /// The inputs the fit derives from the history's first months, whatever
    /// value the row or the settings give them.
    package static let fittedInputs: [InputName] = [.monthlyDemand, .demandSD, .historyMonths]

    /// Back-tests one SKU as read (`inputs`, its history whole) under the
    /// run's `settings`; its random streams are keyed by its identifier
    /// (``RandomStream/key(sku:)``).
    package static func run(_ inputs: SKUInputs, settings: Settings, plan: Plan) -> BacktestOutcome
    {
        guard let history = inputs.demandHistory, !history.isEmpty else {
            return .skipped(sku: inputs.sku, reason: .noHistory)
        }
        guard history.count >= plan.neededMonths else {
            return .skipped(
                sku: inputs.sku,
                reason: .shortHistory(months: history.count, needed: plan.neededMonths))
        }
        let fit = fitted(inputs, settings: settings, fitMonths: plan.fitMonths)
        let terms: SKUTerms
        do {
            terms = try SKUTerms(fit.inputs, settings: fit.settings)
        } catch {
            return .skipped(sku: inputs.sku, reason: .unresolved(error))
        }
        let evaluation = Evaluator.evaluate(terms, breakEven: false)
        let heldOut = Array(history[plan.fitMonths...])
        guard Simulator.canReplay(heldOut) else {
            return .skipped(sku: inputs.sku, reason: .tooLarge(units: heldOut.reduce(0, +)))
        }
        let simulation = Simulator.replay(
            evaluation, history: heldOut, key: RandomStream.key(sku: inputs.sku),
            options: plan.simulation)
        return .tested(
            SKUBacktest(
                evaluation: evaluation, simulation: simulation, heldOut: heldOut,
                setAside: fit.setAside))
    }

    /// The SKU as known after its first `fitMonths` months: the history cut
    /// to them, and the values of ``fittedInputs`` removed from the row
    /// (`setAside`: those the row gave) and from the settings' defaults and
    /// adjustments, so that they are derived from the cut history. A
    /// history_months equal to the whole history's length is removed too,
    /// but not listed: it only repeated the history.
    package static func fitted(
        _ inputs: SKUInputs, settings: Settings, fitMonths: Int
    ) -> (inputs: SKUInputs, settings: Settings, setAside: [InputName]) {
        var cut = inputs
        var fitSettings = settings
        var setAside: [InputName] = []
        cut.demandHistory = inputs.demandHistory.map { Array($0.prefix(max(1, fitMonths))) }
        let months = inputs.demandHistory.map { Double($0.count) }
        for name in fittedInputs {
            if let given = cut.values[name] {
                // A history_months that is the history's length says nothing more.
                if name != .historyMonths || given != months { setAside.append(name) }
                cut.values[name] = nil
            }
            fitSettings.defaults[name] = nil
            fitSettings.adjustments[name] = nil
        }
        return (cut, fitSettings, setAside)
    }
}

/// What the back-test made of one SKU.
package enum BacktestOutcome: Sendable, Equatable {
    /// Fitted and replayed.
    case tested(SKUBacktest)
    /// Not back-tested, and why: not an error.
    case skipped(sku: String, reason: BacktestSkip)

    /// The SKU.
    package var sku: String {
        switch self {
        case .tested(let backtest): return backtest.sku
        case .skipped(let sku, _): return sku
        }
    }
}

/// Why a SKU was not back-tested.
package enum BacktestSkip: Sendable, Equatable {
    /// The row has no `demand_history`.
    case noHistory
    /// The history has `months` months; the fit and the held-out months need `needed`.
    case shortHistory(months: Int, needed: Int)
    /// The SKU cut to its first months does not resolve (a value derived from
    /// them breaks a bound, for one).
    case unresolved(InputError)
    /// The months to replay hold more units than a run may split into
    /// orders (``Simulator/maximumOrdersPerRun``).
    case tooLarge(units: Double)
}

/// One SKU back-tested: the recommendation taken on the first months, and
/// what every model's policy earned over the months after them. Money per
/// month, units per month.
package struct SKUBacktest: Sendable, Equatable {
    /// The SKU identifier.
    package var sku: String
    /// Months the decision was taken on.
    package var fitMonths: Int
    /// Months replayed after them.
    package var heldOutMonths: Int
    /// Mean units a month over the fit months (the demand the decision saw).
    package var fitDemand: Double
    /// Mean units a month over the replayed months (whole units, as replayed).
    package var heldOutDemand: Double
    /// Inputs the row gave that the fit set aside for the history's first
    /// months (``Backtest/fittedInputs`` order; history_months only when it
    /// was not the history's length).
    package var setAside: [InputName]
    /// The model recommended on the fit months.
    package var recommended: FulfilmentModel
    /// The row's `current_model`, when given.
    package var current: FulfilmentModel?
    /// Every evaluated model, in model order.
    package var models: [Realised]
    /// The model that earned most over the replayed months; the
    /// recommendation when it earned as much, else the first in model order
    /// among equals.
    package var hindsightBest: FulfilmentModel
    /// Regret: realised profit of the best in hindsight minus the
    /// recommendation's, from the paired runs; ≥ 0, and exactly 0 when the
    /// recommendation is the best in hindsight.
    package var regret: Estimate
    /// The recommendation's realised profit minus VIRTUAL's, paired; `nil`
    /// when VIRTUAL was not evaluated.
    package var versusVirtual: Estimate?
    /// The recommendation's realised profit minus today's model's, paired;
    /// `nil` without a `current_model` or when that model was not evaluated.
    package var versusCurrent: Estimate?
    /// Runs behind the figures.
    package var runs: Int
    /// Whether the runs stopped at the cap before every standard error reached its target.
    package var reachedCap: Bool

    /// One model: what the fit expected it to earn and what it earned.
    package struct Realised: Sendable, Equatable {
        /// The model.
        package var model: FulfilmentModel
        /// The analytic monthly profit at the fit months' demand, money per month.
        package var expected: Double
        /// The mean monthly profit over the replayed months, money per month.
        package var realised: Double
        /// Its standard error over the runs, money per month.
        package var standardError: Double
        /// Units sold per month over the replayed months.
        package var unitsSold: Double
        /// Units served from stock ÷ units reaching the stock; `nil` without stock.
        package var fillRate: Double?

        /// A model's figures; see the properties for units.
        package init(
            model: FulfilmentModel, expected: Double, realised: Double, standardError: Double,
            unitsSold: Double, fillRate: Double?
        ) {
            self.model = model
            self.expected = expected
            self.realised = realised
            self.standardError = standardError
            self.unitsSold = unitsSold
            self.fillRate = fillRate
        }
    }

    /// A mean over runs and its standard error, money per month.
    package struct Estimate: Sendable, Equatable {
        /// The mean.
        package var mean: Double
        /// Its standard error.
        package var standardError: Double

        /// An estimate.
        package init(mean: Double, standardError: Double) {
            self.mean = mean
            self.standardError = standardError
        }
    }

    /// The back-test of `evaluation` (the SKU fitted on its first months),
    /// whose models were replayed over `heldOut` (monthly units) in
    /// `simulation`; `setAside` as in ``setAside``.
    package init(
        evaluation: SKUEvaluation, simulation: SKUSimulation, heldOut: [Double],
        setAside: [InputName]
    ) {
        let terms = evaluation.terms
        sku = terms.sku
        fitMonths = terms.demandHistory?.count ?? 0
        heldOutMonths = heldOut.count
        fitDemand = terms.demand.mean
        let units = heldOut.map { $0.isFinite ? max(0, min($0, 1e12)).rounded() : 0 }
        heldOutDemand = units.isEmpty ? 0 : units.reduce(0, +) / Double(units.count)
        self.setAside = setAside
        recommended = evaluation.decision.recommended
        current = terms.currentModel
        models = simulation.models.map { figures in
            Realised(
                model: figures.model, expected: evaluation[figures.model]?.monthlyProfit ?? 0,
                realised: figures.meanMonthlyProfit, standardError: figures.standardError,
                unitsSold: figures.unitsSold, fillRate: figures.fillRate)
        }
        runs = simulation.runs
        reachedCap = simulation.reachedCap

        let recommendedProfit = simulation[recommended]?.meanMonthlyProfit ?? -.infinity
        var best = recommended
        var bestProfit = recommendedProfit
        for figures in simulation.models where figures.meanMonthlyProfit > bestProfit {
            best = figures.model
            bestProfit = figures.meanMonthlyProfit
        }
        hindsightBest = best
        if best == recommended {
            regret = Estimate(mean: 0, standardError: 0)
        } else if let paired = simulation.difference(best, recommended) {
            // The mean of the paired differences is the difference of the
            // means, positive here; held at ≥ 0 against rounding.
            regret = Estimate(mean: max(0, paired.mean), standardError: paired.standardError)
        } else {
            regret = Estimate(mean: 0, standardError: 0)
        }
        func versus(_ other: FulfilmentModel?) -> Estimate? {
            guard let other else { return nil }
            if other == recommended, simulation[other] != nil {
                return Estimate(mean: 0, standardError: 0)
            }
            return simulation.difference(recommended, other).map {
                Estimate(mean: $0.mean, standardError: $0.standardError)
            }
        }
        versusVirtual = versus(.virtual)
        versusCurrent = versus(current)
    }

    /// One model's figures; `nil` when not evaluated.
    package subscript(model: FulfilmentModel) -> Realised? {
        models.first { $0.model == model }
    }

    /// The recommendation's realised monthly profit.
    package var recommendedProfit: Double { self[recommended]?.realised ?? 0 }
    /// The best in hindsight's realised monthly profit.
    package var hindsightBestProfit: Double { self[hindsightBest]?.realised ?? 0 }
    /// VIRTUAL's realised monthly profit; `nil` when not evaluated.
    package var virtualProfit: Double? { self[.virtual]?.realised }
    /// Today's model's realised monthly profit; `nil` without one or when not evaluated.
    package var currentProfit: Double? { current.flatMap { self[$0]?.realised } }
    /// Whether the recommendation was the best in hindsight.
    package var isHit: Bool { hindsightBest == recommended }
}

/// The back-test of a catalog in total: sums over the back-tested SKUs,
/// money per month. SKUs are simulated on independent streams, so standard
/// errors add in quadrature.
package struct BacktestTotals: Sendable, Equatable {
    /// SKUs back-tested.
    package var skus = 0
    /// The recommendations' realised profit.
    package var recommended = 0.0
    /// The best in hindsight's realised profit.
    package var hindsightBest = 0.0
    /// The regret: best in hindsight minus recommended, ≥ 0.
    package var regret = 0.0
    /// Its standard error.
    package var regretStandardError = 0.0
    /// SKUs whose recommendation was the best in hindsight.
    package var hits = 0
    /// The recommendations against everything VIRTUAL, over the SKUs with a VIRTUAL figure.
    package var versusVirtual = Comparison()
    /// The recommendations against today's models, over the SKUs with a `current_model` evaluated.
    package var versusCurrent = Comparison()

    /// The recommendations against another choice over the SKUs where both are known.
    package struct Comparison: Sendable, Equatable {
        /// SKUs compared.
        package var skus = 0
        /// The recommendations' realised profit over them.
        package var recommended = 0.0
        /// The other choice's realised profit over them.
        package var other = 0.0
        /// Recommended minus other, from the paired runs.
        package var difference = 0.0
        /// Its standard error.
        package var standardError = 0.0

        /// Nothing compared yet.
        package init() {}

        mutating func add(recommended: Double, other: Double, _ estimate: SKUBacktest.Estimate) {
            skus += 1
            self.recommended += recommended
            self.other += other
            difference += estimate.mean
            standardError =
                (standardError * standardError + estimate.standardError * estimate.standardError)
                .squareRoot()
        }
    }

    /// No SKUs.
    package init() {}

    /// The totals of `rows`.
    package init(_ rows: [SKUBacktest]) {
        for row in rows { add(row) }
    }

    /// Adds one SKU.
    package mutating func add(_ row: SKUBacktest) {
        skus += 1
        recommended += row.recommendedProfit
        hindsightBest += row.hindsightBestProfit
        regret += row.regret.mean
        regretStandardError =
            (regretStandardError * regretStandardError + row.regret.standardError
            * row.regret.standardError)
            .squareRoot()
        if row.isHit { hits += 1 }
        if let virtual = row.virtualProfit, let estimate = row.versusVirtual {
            versusVirtual.add(recommended: row.recommendedProfit, other: virtual, estimate)
        }
        if let current = row.currentProfit, let estimate = row.versusCurrent {
            versusCurrent.add(recommended: row.recommendedProfit, other: current, estimate)
        }
    }

    /// The share of back-tested SKUs whose recommendation was the best in hindsight; `nil` with none.
    package var hitShare: Double? { skus > 0 ? Double(hits) / Double(skus) : nil }
}
