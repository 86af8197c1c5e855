import BreakevenCore
import BreakevenCSV

/// Monthly profit of each evaluated model of one SKU as its monthly demand
/// varies, every other input held and the deviation following demand as in
/// the break-even search (σ(m) = cv × m, or √m for Poisson demand).
package struct ProfitCurves: Sendable, Equatable {
    /// One model's profit at each demand of the grid.
    package struct Curve: Sendable, Equatable {
        /// The model.
        package var model: FulfilmentModel
        /// Monthly demand, units per month, ascending.
        package var demand: [Double]
        /// Monthly profit at each demand, money per month.
        package var profit: [Double]
    }

    /// Where a stock-holding model starts to earn more than VIRTUAL.
    package struct Crossing: Sendable, Equatable {
        /// STOCKED, MARKETPLACE or HYBRID.
        package var model: FulfilmentModel
        /// The break-even volume, units per month.
        package var volume: Double
        /// The profit of both models there, money per month.
        package var profit: Double
    }

    /// One curve per evaluated model, in model order.
    package var curves: [Curve]
    /// The finite break-even volumes, ascending.
    package var crossings: [Crossing]
    /// Today's monthly demand, units per month.
    package var today: Double

    /// The curves of `evaluation` sampled at `grid` (monthly demands, any
    /// order), to which today's demand and the break-even volumes inside the
    /// grid's range are added, so the curves pass exactly through the markers.
    package init(_ evaluation: SKUEvaluation, grid: [Double]) {
        let terms = evaluation.terms
        today = terms.demand.mean
        let crossingVolumes = Self.breakEvenVolumes(evaluation)
        var demands = grid
        if let low = grid.min(), let high = grid.max() {
            demands += ([today] + crossingVolumes.map(\.volume)).filter { $0 >= low && $0 <= high }
        }
        demands = Array(Set(demands)).sorted()
        let models = evaluation.models.map(\.model)
        var profits: [FulfilmentModel: [Double]] = [:]
        for m in demands {
            let scaled = terms.withMonthlyDemand(m)
            let virtual = Evaluator.evaluate(.virtual, scaled)
            for model in models {
                let result =
                    model == .virtual
                    ? virtual : Evaluator.evaluate(model, scaled, virtual: virtual)
                profits[model, default: []].append(result?.monthlyProfit ?? 0)
            }
        }
        curves = models.map { Curve(model: $0, demand: demands, profit: profits[$0] ?? []) }
        crossings = crossingVolumes.map { model, volume in
            let scaled = terms.withMonthlyDemand(volume)
            let profit = Evaluator.evaluate(.virtual, scaled)?.monthlyProfit ?? 0
            return Crossing(model: model, volume: volume, profit: profit)
        }
    }

    /// The finite break-even volumes of `evaluation`, ascending, ties in model order.
    package static func breakEvenVolumes(
        _ evaluation: SKUEvaluation
    ) -> [(model: FulfilmentModel, volume: Double)] {
        FulfilmentModel.allCases.compactMap { model in
            evaluation.breakEven[model]?.units.map { (model, $0) }
        }.sorted { $0.volume < $1.volume || ($0.volume == $1.volume && $0.model < $1.model) }
    }

    /// The demands a chart must show: today's, when above zero, and every
    /// finite break-even volume.
    package static func demandsOfInterest(_ evaluation: SKUEvaluation) -> [Double] {
        let today = evaluation.terms.demand.mean
        return (today > 0 ? [today] : []) + breakEvenVolumes(evaluation).map(\.volume)
    }

    /// The curve of `model`, if it is evaluated.
    package subscript(model: FulfilmentModel) -> Curve? {
        curves.first { $0.model == model }
    }
}
