/// Estimates from independent runs.
package enum RunStatistics {
    /// The mean of `values` (one per run) corrected by a control variate: the
    /// run's `control` (total units demanded) against its known mean
    /// `controlMean`, Ŷ = ȳ − β̂ (x̄ − E x) with β̂ = Cov(x, y) / Var(x) estimated
    /// from the same runs (Law, *Simulation Modeling and Analysis*, 5th ed., §11.4).
    ///
    /// Estimating β̂ from the runs biases Ŷ by O(1/n); the jackknife removes that
    /// term: with Ŷ₋ᵢ the estimate leaving run i out, the result is
    /// n Ŷ − (n − 1) mean(Ŷ₋ᵢ), and its standard error the jackknife's
    /// √((n − 1)/n Σ (Ŷ₋ᵢ − mean)²) (Efron & Tibshirani, *An Introduction to the
    /// Bootstrap*, ch. 11). With no control (a fixed total, as when a history
    /// is replayed) or fewer than 4 runs it is the plain mean and s / √n.
    package static func controlledMean(
        _ values: [Double], control: [Double], controlMean: Double?
    ) -> (mean: Double, standardError: Double) {
        let n = values.count
        guard n > 0 else { return (0, 0) }
        let plain = plainMean(values)
        guard let controlMean, n >= 4, control.count == n else { return plain }
        // Centred sums keep the products small.
        let yShift = values[0]
        var sx = 0.0, sy = 0.0, sxx = 0.0, sxy = 0.0
        for index in 0..<n {
            let x = control[index] - controlMean
            let y = values[index] - yShift
            sx += x
            sy += y
            sxx += x * x
            sxy += x * y
        }
        func estimate(
            _ count: Double, _ sx: Double, _ sy: Double, _ sxx: Double, _ sxy: Double
        ) -> Double? {
            let varianceSum = sxx - sx * sx / count
            guard varianceSum > 1e-12 * max(sxx, 1) else { return nil }
            let beta = (sxy - sx * sy / count) / varianceSum
            return yShift + sy / count - beta * sx / count
        }
        guard let all = estimate(Double(n), sx, sy, sxx, sxy) else { return plain }
        var leftOut = [Double]()
        leftOut.reserveCapacity(n)
        for index in 0..<n {
            let x = control[index] - controlMean
            let y = values[index] - yShift
            guard let value = estimate(Double(n - 1), sx - x, sy - y, sxx - x * x, sxy - x * y)
            else { return plain }
            leftOut.append(value)
        }
        let meanLeftOut = leftOut.reduce(0, +) / Double(n)
        let spread = leftOut.reduce(0) { $0 + ($1 - meanLeftOut) * ($1 - meanLeftOut) }
        return (
            Double(n) * all - Double(n - 1) * meanLeftOut,
            (Double(n - 1) / Double(n) * spread).squareRoot()
        )
    }

    /// The mean and its standard error s / √n (0 with one value).
    package static func plainMean(_ values: [Double]) -> (mean: Double, standardError: Double) {
        guard !values.isEmpty else { return (0, 0) }
        let n = Double(values.count)
        let mean = values.reduce(0, +) / n
        guard values.count > 1 else { return (mean, 0) }
        let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        return (mean, (squares / (n - 1) / n).squareRoot())
    }

    /// The quantile `probability` of `values` by linear interpolation between
    /// order statistics (Hyndman & Fan's type 7, the default of R and NumPy).
    package static func quantile(_ values: [Double], _ probability: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let position = probability * Double(sorted.count - 1)
        let low = Int(position.rounded(.down))
        let high = min(low + 1, sorted.count - 1)
        return sorted[low] + (position - Double(low)) * (sorted[high] - sorted[low])
    }
}
