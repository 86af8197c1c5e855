/// How a SKU is simulated.
package struct SimulationOptions: Sendable, Equatable {
    /// The seed of every random stream (with the SKU's key and the run's index).
    package var seed: UInt64
    /// Months counted per run, after the warm-up: each run's monthly profit is its
    /// profit over these months divided by them. Ignored when a history is
    /// replayed (the months after the warm-up are counted).
    package var months: Int
    /// Months discarded before counting; `nil` for the default: drawn demand,
    /// max(3, 2 × (lead time + cycle)) over the SKU's models, at most 60;
    /// a replayed history, none (the policies start on its first day, as a
    /// merchant starting them would). Whole months when a history is replayed.
    package var warmUpMonths: Double?
    /// Runs before the standard errors are first checked, ≥ 4.
    package var minimumRuns: Int
    /// Runs at most: the cap. A SKU that reaches it is reported as such.
    package var maximumRuns: Int
    /// Runs added between checks.
    package var batch: Int
    /// The standard deviation of the supplier lead time, days, for every SKU
    /// (the mean is the SKU's); `nil` for each SKU's own `lead_time_sd_days`
    /// (``Warehouse/leadTimeDeviationDays``). An override, for tests.
    package var leadTimeDeviationDays: Double?
    /// v, the variance-to-mean ratio of demand; `nil` for max(1, σ² / μ) from the SKU's σ.
    package var varianceToMean: Double?
    /// The standard error every model's mean monthly profit must reach, money;
    /// `nil` for a third of each model's tolerance max(2 % of |profit|,
    /// 0.5 % of revenue, 1).
    package var standardErrorTarget: Double?

    /// Options; see the properties. The defaults count a year per run and
    /// check every 20 runs up to 2,000.
    package init(
        seed: UInt64 = 1, months: Int = 12, warmUpMonths: Double? = nil, minimumRuns: Int = 20,
        maximumRuns: Int = 2_000, batch: Int = 20, leadTimeDeviationDays: Double? = nil,
        varianceToMean: Double? = nil, standardErrorTarget: Double? = nil
    ) {
        self.seed = seed
        self.months = months
        self.warmUpMonths = warmUpMonths
        self.minimumRuns = minimumRuns
        self.maximumRuns = maximumRuns
        self.batch = batch
        self.leadTimeDeviationDays = leadTimeDeviationDays
        self.varianceToMean = varianceToMean
        self.standardErrorTarget = standardErrorTarget
    }
}
