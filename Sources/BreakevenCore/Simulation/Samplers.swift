import Foundation

/// The distributions the simulator draws from, each exact in law (up to
/// floating-point rounding): no normal approximation anywhere.
extension RandomStream {
    /// Uniform on [0, 1), 53 random bits.
    package mutating func uniform() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// Uniform on (0, 1], for logarithms.
    package mutating func uniformPositive() -> Double { Double((next() >> 11) + 1) * 0x1.0p-53 }

    /// Exponential with mean 1, by inversion.
    package mutating func exponential() -> Double { -log(uniformPositive()) }

    /// Standard normal, by Box–Muller (one of the pair is used).
    package mutating func normal() -> Double {
        (-2 * log(uniformPositive())).squareRoot() * cos(2 * Double.pi * uniform())
    }

    /// Gamma with shape `shape` > 0 and scale 1: Marsaglia & Tsang, "A simple
    /// method for generating gamma variables", ACM TOMS 26(3), 2000; shapes
    /// below 1 through G(a) = G(a + 1) U^(1/a).
    package mutating func gamma(shape: Double) -> Double {
        if shape < 1 { return gamma(shape: shape + 1) * pow(uniformPositive(), 1 / shape) }
        let d = shape - 1.0 / 3
        let c = 1 / (9 * d).squareRoot()
        while true {
            var x: Double
            var v: Double
            repeat {
                x = normal()
                v = 1 + c * x
            } while v <= 0
            v = v * v * v
            let u = uniformPositive()
            if u < 1 - 0.0331 * x * x * x * x { return d * v }
            if log(u) < 0.5 * x * x + d * (1 - v + log(v)) { return d * v }
        }
    }

    /// A non-negative duration with mean `mean` and standard deviation
    /// `deviation` (any unit): gamma with shape (mean / deviation)² and scale
    /// deviation² / mean; exactly `mean` when `deviation` is 0.
    ///
    /// Gamma rather than a normal truncated at 0: it has exactly the mean and
    /// deviation asked for (truncation would raise the mean), cannot be
    /// negative, and is right-skewed like real delays (a ship is late more
    /// often than early by much); with a small spread it is nearly normal.
    package mutating func duration(mean: Double, deviation: Double) -> Double {
        guard deviation > 0, mean > 0 else { return max(mean, 0) }
        let shape = (mean / deviation) * (mean / deviation)
        return gamma(shape: shape) * deviation * deviation / mean
    }

    /// Poisson with mean `mean` ≥ 0: inversion (sequential search of the
    /// distribution function) below 10, else Hörmann's PTRS ("The transformed
    /// rejection method for generating Poisson random variables", Insurance:
    /// Mathematics and Economics 12, 1993), exact by rejection.
    package mutating func poisson(mean: Double) -> Int {
        guard mean > 0 else { return 0 }
        if mean < 10 {
            var k = 0
            var p = exp(-mean)
            var sum = p
            let u = uniform()
            while u > sum {
                k += 1
                p *= mean / Double(k)
                if p == 0 { break }  // rounding left sum a hair below 1: the far tail
                sum += p
            }
            return k
        }
        let root = mean.squareRoot()
        let logMean = log(mean)
        let b = 0.931 + 2.53 * root
        let a = -0.059 + 0.02483 * b
        let inverseAlpha = 1.1239 + 1.1328 / (b - 3.4)
        let vr = 0.9277 - 3.6224 / (b - 2)
        while true {
            let u = uniform() - 0.5
            let v = uniform()
            let us = 0.5 - abs(u)
            let k = ((2 * a / us + b) * u + mean + 0.43).rounded(.down)
            if us >= 0.07 && v <= vr { return Int(k) }
            if k < 0 || (us < 0.013 && v > us) { continue }
            if log(v) + log(inverseAlpha) - log(a / (us * us) + b) <= -mean + k * logMean
                - Self.logFactorial(k)
            {
                return Int(k)
            }
        }
    }

    /// Logarithmic series on {1, 2, …} with parameter `p` in [0, 1):
    /// P(k) = p^k / (−k ln(1 − p)). Kemp's algorithm LK ("Efficient generation
    /// of logarithmically distributed pseudo-random variables", Applied
    /// Statistics 30, 1981); 1 when `p` is 0.
    package mutating func logarithmic(p: Double) -> Int {
        guard p > 0 else { return 1 }
        let r = log1p(-p)
        while true {
            let v = uniform()
            if v >= p { return 1 }
            let q = -expm1(r * uniform())
            if v <= q * q {
                let k = (1 + log(v) / log(q)).rounded(.down)
                if v == 0 || !(k >= 1) || k > 1e15 { continue }
                return Int(k)
            }
            return v >= q ? 1 : 2
        }
    }

    /// ln k! for a whole k ≥ 0: Stirling's series from 7 on, recurred down below.
    static func logFactorial(_ k: Double) -> Double {
        let x = k + 1
        if x == 1 || x == 2 { return 0 }
        let coefficients = [
            8.333333333333333e-02, -2.777777777777778e-03, 7.936507936507937e-04,
            -5.952380952380952e-04,
            8.417508417508418e-04, -1.917526917526918e-03, 6.410256410256410e-03,
            -2.955065359477124e-02,
            1.796443723688307e-01, -1.39243221690590e+00,
        ]
        let shift = x < 7 ? (7 - x).rounded(.down) : 0
        var x0 = x + shift
        let inverseSquare = 1 / (x0 * x0)
        var series = coefficients[9]
        for index in stride(from: 8, through: 0, by: -1) {
            series = series * inverseSquare + coefficients[index]
        }
        var result = series / x0 + 0.5 * 1.8378770664093453 + (x0 - 0.5) * log(x0) - x0
        if shift > 0 {
            for _ in 0..<Int(shift) {
                result -= log(x0 - 1)
                x0 -= 1
            }
        }
        return result
    }
}
