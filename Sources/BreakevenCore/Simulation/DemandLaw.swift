import Foundation

/// Demand as customer orders: a Poisson process of orders whose sizes follow
/// the logarithmic series, the compound Poisson whose demand over any horizon
/// is negative binomial (Quenouille 1949; Johnson, Kemp & Kotz, *Univariate
/// Discrete Distributions*, §5.3).
///
/// With mean μ units a month and variance-to-mean ratio v ≥ 1:
/// - v = 1: every order is one unit, demand is Poisson;
/// - v > 1: order sizes P(k) = p^k / (−k ln(1 − p)) with p = 1 − 1/v. Their
///   mean is b = p / ((1 − p) (−ln(1 − p))) = (v − 1) / ln v and their second
///   moment p / ((1 − p)² (−ln(1 − p))) = v (v − 1) / ln v, so orders arriving
///   at μ / b a month give demand of mean μ and variance
///   (μ / b) · v (v − 1) / ln v = v μ over a month, and over t months a
///   negative binomial of mean μ t, variance v μ t (shape r = μ t / (v − 1)).
package struct DemandLaw: Sendable, Equatable {
    /// μ, mean units per month, ≥ 0.
    package var monthlyMean: Double
    /// v, the variance-to-mean ratio of demand over any horizon, ≥ 1.
    package var varianceToMean: Double

    /// The law with mean `monthlyMean` and ratio `varianceToMean` (below 1 taken as 1: Poisson).
    package init(monthlyMean: Double, varianceToMean: Double) {
        self.monthlyMean = max(0, monthlyMean)
        self.varianceToMean = varianceToMean.isFinite ? max(1, varianceToMean) : 1
    }

    /// The law of a SKU's monthly demand: v = `varianceToMean` when given,
    /// else max(1, σ² / μ) from today's σ (a σ below Poisson's is taken as Poisson).
    package init(_ demand: Demand, varianceToMean: Double? = nil) {
        let ratio =
            varianceToMean
            ?? (demand.mean > 0 ? demand.deviation * demand.deviation / demand.mean : 1)
        self.init(monthlyMean: demand.mean, varianceToMean: ratio)
    }

    /// p = 1 − 1/v, the parameter of the logarithmic order sizes (0 for Poisson).
    package var orderSizeParameter: Double { 1 - 1 / varianceToMean }

    /// b = (v − 1) / ln v, the mean units per customer order (1 for Poisson).
    package var meanOrderSize: Double {
        let excess = varianceToMean - 1
        return excess < 1e-8 ? 1 + excess / 2 : excess / log1p(excess)
    }

    /// Customer orders per day: μ / 30.4375 / b.
    package var ordersPerDay: Double { monthlyMean / daysPerMonth / meanOrderSize }

    /// θ = μ / (v − 1), the negative-binomial shape of a month's demand and the
    /// Ewens parameter of its split into orders given its total; `nil` for Poisson.
    package var monthlyShape: Double? {
        varianceToMean > 1 ? monthlyMean / (varianceToMean - 1) : nil
    }
}
