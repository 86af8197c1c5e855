/// The referee of the analytic models: runs the policies the tool prints, on
/// customer orders drawn from the compound Poisson law (or replayed from a
/// history), with lead times, lost sales, the fallback and the same cost
/// lines, and reports each model's monthly profit with its standard error.
///
/// Runs are independent: run k of a SKU draws from streams keyed by (seed,
/// SKU key, k) alone, and every model of the SKU sees the same customer orders
/// (common random numbers), so differences between models are measured on
/// equal terms. Runs are added in batches until every model's standard error
/// is at most its target, or the cap is reached.
package enum Simulator {
    /// The most customer orders one run may hold (warm-up and counted months
    /// together): a run keeps its orders in memory and walks them once per
    /// model, so its time and memory grow with them. Two million orders take
    /// about a second and 50 MB a run in a release build; a SKU above is not
    /// simulated (``canSimulate(_:options:)``), where it would hang or
    /// exhaust memory (a `monthly_demand` of 10¹² is a valid input).
    package static let maximumOrdersPerRun = 2_000_000.0

    /// The expected customer orders of one run of `evaluation`'s SKU:
    /// orders a day × (warm-up + counted days), at most 60 + `months` months.
    package static func expectedOrdersPerRun(_ evaluation: SKUEvaluation, options: SimulationOptions) -> Double {
        let law = DemandLaw(evaluation.terms.demand, varianceToMean: options.varianceToMean)
        let days = (60 + Double(options.months)) * daysPerMonth
        return law.ordersPerDay * days
    }

    /// Whether a run of the SKU stays within ``maximumOrdersPerRun``.
    package static func canSimulate(_ evaluation: SKUEvaluation, options: SimulationOptions) -> Bool {
        let orders = expectedOrdersPerRun(evaluation, options: options)
        return orders.isFinite && orders <= maximumOrdersPerRun
    }

    /// Whether replaying `history` stays within ``maximumOrdersPerRun``: a
    /// month is split into at most as many orders as it has units.
    package static func canReplay(_ history: [Double]) -> Bool {
        let units = history.reduce(0) { $0 + ($1.isFinite ? max(0, $1) : .infinity) }
        return units <= maximumOrdersPerRun
    }

    /// Every evaluated model of one SKU, on common random numbers; `key` is the
    /// SKU's (``RandomStream/key(sku:)``). Lead times spread by the SKU's own
    /// `lead_time_sd_days` unless `options` impose a spread.
    package static func simulate(
        _ evaluation: SKUEvaluation, key: UInt64, options: SimulationOptions
    ) -> SKUSimulation {
        let law = DemandLaw(evaluation.terms.demand, varianceToMean: options.varianceToMean)
        let models = simulatedModels(evaluation, options: options)
        let warmUp =
            options.warmUpMonths.map { $0 * daysPerMonth } ?? defaultWarmUpDays(models, law: law)
        let plan = SimulationPlan(
            key: key, demand: .compoundPoisson(law), models: models, warmUpDays: warmUp,
            windowDays: Double(options.months) * daysPerMonth)
        return simulate(plan, options: options)
    }

    /// As ``simulate(_:key:options:)``, replaying the monthly `history` (units,
    /// rounded to whole units, oldest first) instead of drawing demand: runs
    /// differ in how each month splits into orders and in the lead times. The
    /// split uses v as drawn demand would, and the history's mean.
    package static func replay(
        _ evaluation: SKUEvaluation, history: [Double], key: UInt64, options: SimulationOptions
    ) -> SKUSimulation {
        let units = history.map { $0.isFinite ? Int(max(0, min($0, 1e12)).rounded()) : 0 }
        let mean = units.isEmpty ? 0 : Double(units.reduce(0, +)) / Double(units.count)
        let ratio = DemandLaw(evaluation.terms.demand, varianceToMean: options.varianceToMean)
            .varianceToMean
        let law = DemandLaw(monthlyMean: mean, varianceToMean: ratio)
        let warmUpMonths = min(units.count, max(0, Int((options.warmUpMonths ?? 0).rounded())))
        let plan = SimulationPlan(
            key: key, demand: .history(monthlyUnits: units, law: law),
            models: simulatedModels(evaluation, options: options),
            warmUpDays: Double(warmUpMonths) * daysPerMonth,
            windowDays: Double(units.count - warmUpMonths) * daysPerMonth)
        return simulate(plan, options: options)
    }

    /// Runs `plan` in batches until every model's standard error reaches its
    /// target or the cap, and summarises.
    package static func simulate(
        _ plan: SimulationPlan, options: SimulationOptions
    ) -> SKUSimulation {
        let minimum = max(4, options.minimumRuns)
        let maximum = max(minimum, options.maximumRuns)
        var runs: [SimulationRun] = []
        runs.reserveCapacity(minimum)
        while true {
            let target = runs.isEmpty ? minimum : min(maximum, runs.count + max(1, options.batch))
            for index in runs.count..<target {
                runs.append(run(plan, index: index, seed: options.seed))
            }
            let result = summarise(plan, runs: runs, reachedCap: false)
            let precise = result.models.allSatisfy {
                $0.standardError <= (options.standardErrorTarget ?? $0.tolerance / 3)
            }
            if precise { return result }
            if runs.count >= maximum { return summarise(plan, runs: runs, reachedCap: true) }
        }
    }

    /// Run `index` of every model of `plan`: the customer orders drawn once, then each model over them.
    package static func run(_ plan: SimulationPlan, index: Int, seed: UInt64) -> SimulationRun {
        var demand = RandomStream(
            seed: seed, key: plan.key, run: index, stream: RandomStream.demand)
        let window = plan.warmUpDays..<(plan.warmUpDays + plan.windowDays)
        let orders = plan.demand.orders(horizonDays: window.upperBound, random: &demand)
        let outcomes = plan.models.map { model in
            var leadTimes = RandomStream(
                seed: seed, key: plan.key, run: index,
                stream: RandomStream.leadTimes(of: model.model))
            return model.run(orders: orders, window: window, leadTimes: &leadTimes)
        }
        return SimulationRun(unitsDemanded: orders.units(in: window), outcomes: outcomes)
    }

    /// The figures of `runs` of `plan`.
    package static func summarise(
        _ plan: SimulationPlan, runs: [SimulationRun], reachedCap: Bool
    ) -> SKUSimulation {
        let months = plan.windowDays / daysPerMonth
        let controls = runs.map { Double($0.unitsDemanded) }
        let controlMean = plan.demand.meanUnits(overDays: plan.windowDays)
        var profits: [[Double]] = []
        var models: [ModelSimulation] = []
        let count = Double(max(runs.count, 1))
        let perMonth = months > 0 ? 1 / (months * count) : 0
        for (position, model) in plan.models.enumerated() {
            let outcomes = runs.map { $0.outcomes[position] }
            let monthly = outcomes.map { months > 0 ? $0.profit / months : 0 }
            let estimate = RunStatistics.controlledMean(
                monthly, control: controls, controlMean: controlMean)
            let reaching = outcomes.reduce(0) { $0 + $1.unitsReaching }
            let fromStock = outcomes.reduce(0) { $0 + $1.unitsFromStock }
            let sold = outcomes.reduce(0) { $0 + $1.unitsSold }
            let revenue = outcomes.reduce(0) { $0 + $1.revenue } * perMonth
            models.append(
                ModelSimulation(
                    model: model.model, meanMonthlyProfit: estimate.mean,
                    standardError: estimate.standardError,
                    p10: RunStatistics.quantile(monthly, 0.1),
                    p50: RunStatistics.quantile(monthly, 0.5),
                    p90: RunStatistics.quantile(monthly, 0.9),
                    fillRate: model.stock == nil
                        ? nil : reaching > 0 ? Double(fromStock) / Double(reaching) : 1,
                    averageStock: plan.windowDays > 0
                        ? outcomes.reduce(0) { $0 + $1.stockDays } / (plan.windowDays * count) : 0,
                    unitsDemanded: controls.reduce(0, +) * perMonth,
                    unitsSold: Double(sold) * perMonth,
                    unitsFromStock: Double(fromStock) * perMonth,
                    ordersPerMonth: Double(outcomes.reduce(0) { $0 + $1.purchaseOrders })
                        * perMonth,
                    revenue: revenue,
                    tolerance: max(0.02 * abs(estimate.mean), 0.005 * revenue, 1), runs: runs.count)
            )
            profits.append(monthly)
        }
        return SKUSimulation(
            models: models, runs: runs.count, reachedCap: reachedCap, monthlyProfits: profits,
            controls: controls,
            controlMean: controlMean)
    }

    /// The evaluated models of a SKU as the simulator runs them.
    static func simulatedModels(
        _ evaluation: SKUEvaluation, options: SimulationOptions
    ) -> [SimulatedModel] {
        evaluation.models.compactMap {
            SimulatedModel(
                $0, terms: evaluation.terms, leadTimeDeviationDays: options.leadTimeDeviationDays)
        }
    }

    /// max(3 months, 2 × (mean lead time + 2 sd + cycle)) over the models, at
    /// most 60 months: long enough for the starting stock to have been sold
    /// and reordered twice.
    static func defaultWarmUpDays(_ models: [SimulatedModel], law: DemandLaw) -> Double {
        var days = 3 * daysPerMonth
        for model in models {
            guard let stock = model.stock else { continue }
            let reaching = law.monthlyMean / daysPerMonth * (1 - model.deliveryLoss)
            let lead = stock.leadTimeDays + 2 * stock.leadTimeDeviationDays
            days = max(days, 2 * (lead + stock.policy.cycleDays(unitsPerDay: reaching)))
        }
        return min(days, 60 * daysPerMonth)
    }
}

/// What to simulate for one SKU: its demand, its models and the run's clock.
package struct SimulationPlan: Sendable, Equatable {
    /// The SKU's key, with the seed and the run index the root of every stream.
    package var key: UInt64
    /// Where customer orders come from.
    package var demand: DemandSource
    /// The models, all run on the same customer orders.
    package var models: [SimulatedModel]
    /// Days run before counting.
    package var warmUpDays: Double
    /// Days counted.
    package var windowDays: Double

    /// A plan; see the properties for units.
    package init(
        key: UInt64, demand: DemandSource, models: [SimulatedModel], warmUpDays: Double,
        windowDays: Double
    ) {
        self.key = key
        self.demand = demand
        self.models = models
        self.warmUpDays = warmUpDays
        self.windowDays = windowDays
    }
}

/// One run of every model of a plan.
package struct SimulationRun: Sendable, Equatable {
    /// Units ordered by customers in the counted days, before delivery losses.
    package var unitsDemanded: Int
    /// Each model's outcome, in plan order.
    package var outcomes: [RunOutcome]
}
