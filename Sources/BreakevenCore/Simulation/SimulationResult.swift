/// What the simulation says about one model of a SKU. Money per month, units
/// per month, over the runs' counted months.
package struct ModelSimulation: Sendable, Equatable {
    /// The model.
    package var model: FulfilmentModel
    /// Mean monthly profit, with the control variate on total demand, money per month.
    package var meanMonthlyProfit: Double
    /// Its standard error, money per month.
    package var standardError: Double
    /// The 10th percentile of the runs' monthly profits, money per month (no
    /// control variate: the spread a merchant would see from one run's months
    /// to another's).
    package var p10: Double
    /// The median of the runs' monthly profits, money per month.
    package var p50: Double
    /// The 90th percentile of the runs' monthly profits, money per month.
    package var p90: Double
    /// Units served from stock ÷ units reaching the stock, over all runs;
    /// `nil` when the model holds no stock.
    package var fillRate: Double?
    /// Time-average units on hand.
    package var averageStock: Double
    /// Units ordered by customers per month, before any delivery loss.
    package var unitsDemanded: Double
    /// Units sold per month, from stock and shipped virtually.
    package var unitsSold: Double
    /// Units served from stock per month.
    package var unitsFromStock: Double
    /// Purchase orders per month.
    package var ordersPerMonth: Double
    /// Price × units sold, money per month.
    package var revenue: Double
    /// max(2 % of |profit|, 0.5 % of revenue, 1), money per month (MODEL.md §5).
    package var tolerance: Double
    /// Runs behind the figures.
    package var runs: Int
}

/// Every simulated model of one SKU, from the same runs.
package struct SKUSimulation: Sendable, Equatable {
    /// The models, in the order simulated.
    package var models: [ModelSimulation]
    /// Runs made.
    package var runs: Int
    /// Whether the runs stopped at the cap before every standard error reached its target.
    package var reachedCap: Bool
    /// Monthly profit of each model (outer, in model order) in each run (inner).
    package var monthlyProfits: [[Double]]
    /// Units demanded in each run's counted months: the control variate.
    package var controls: [Double]
    /// The control's known mean; `nil` when the total demand is fixed.
    package var controlMean: Double?

    /// No run made: a SKU too large to simulate (``Simulator/canSimulate(_:options:)``).
    package static let notSimulated = SKUSimulation(
        models: [], runs: 0, reachedCap: false, monthlyProfits: [], controls: [], controlMean: nil)

    /// One model's figures; `nil` when not simulated.
    package subscript(model: FulfilmentModel) -> ModelSimulation? {
        models.first { $0.model == model }
    }

    /// The mean monthly profit of model `a` minus that of `b`, from the paired
    /// runs (common random numbers) with the control variate, and its standard
    /// error; `nil` when either was not simulated. Regret is a difference:
    /// simulated best minus simulated recommended.
    package func difference(
        _ a: FulfilmentModel, _ b: FulfilmentModel
    ) -> (mean: Double, standardError: Double)? {
        guard let i = models.firstIndex(where: { $0.model == a }),
            let j = models.firstIndex(where: { $0.model == b })
        else { return nil }
        return difference(at: i, j)
    }

    /// The difference of the models at positions `i` and `j`.
    package func difference(at i: Int, _ j: Int) -> (mean: Double, standardError: Double) {
        let paired = zip(monthlyProfits[i], monthlyProfits[j]).map { $0 - $1 }
        return RunStatistics.controlledMean(paired, control: controls, controlMean: controlMean)
    }
}
