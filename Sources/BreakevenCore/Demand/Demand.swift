/// Monthly demand of one SKU: its mean, its spread, and how the spread
/// follows the mean when demand is scaled (lost sales, break-even searches).
package struct Demand: Sendable, Equatable {
    /// How the standard deviation follows the mean (MODEL.md §2).
    package enum Spread: Sendable, Equatable {
        /// σ(m) = cv × m: a deviation that was given or measured keeps its cv.
        case proportional(cv: Double)
        /// σ(m) = √m: the deviation was not known, so Poisson is assumed.
        case poisson
    }

    /// μ, mean units per month, ≥ 0.
    package var mean: Double
    /// σ, standard deviation of monthly units, ≥ 0.
    package var deviation: Double
    /// How σ scales with μ.
    package var spread: Spread

    /// Demand with the given mean, spread and the deviation the spread implies.
    package init(mean: Double, spread: Spread) {
        self.mean = mean
        self.spread = spread
        self.deviation = Self.deviation(at: mean, spread: spread)
    }

    /// Demand with a measured deviation; its cv is kept when scaled. With a
    /// zero mean the cv is unknown and `fallbackCV` (or Poisson) is used.
    package init(mean: Double, deviation: Double, fallbackCV: Double? = nil) {
        self.mean = mean
        self.deviation = deviation
        if mean > 0 {
            spread = .proportional(cv: deviation / mean)
        } else if let cv = fallbackCV {
            spread = .proportional(cv: cv)
        } else {
            spread = .poisson
        }
    }

    /// The coefficient of variation σ / μ; `nil` when μ is 0.
    package var coefficientOfVariation: Double? {
        mean > 0 ? deviation / mean : nil
    }

    /// The same SKU's demand at another mean `m` units per month, σ(m) by the spread rule.
    package func scaled(toMean m: Double) -> Demand {
        var copy = self
        copy.mean = m
        copy.deviation = Self.deviation(at: m, spread: spread)
        return copy
    }

    /// The demand left after losing a share `lostShare` in [0, 1] of it.
    package func afterLosing(_ lostShare: Double) -> Demand {
        lostShare == 0 ? self : scaled(toMean: mean * (1 - lostShare))
    }

    /// σ at mean `mean` under `spread`.
    static func deviation(at mean: Double, spread: Spread) -> Double {
        switch spread {
        case .proportional(let cv): return cv * mean
        case .poisson: return mean.squareRoot()
        }
    }
}
