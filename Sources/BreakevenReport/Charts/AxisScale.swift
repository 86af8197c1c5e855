import BreakevenCore
import BreakevenCSV

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Maps data values along one chart axis to positions, linearly or on a
/// log scale, with ticks at nice round numbers: 1, 2 or 5 × 10^k.
///
/// A linear scale's domain is widened to whole steps, so its ends are ticks;
/// a log scale's domain is widened to the nearest 1, 2 or 5 × 10^k.
///
///     let x = AxisScale.linear(covering: 0, 37, from: 0, to: 400)
///     x.ticks          // [0, 10, 20, 30, 40]
///     x.position(20)   // 200
package struct AxisScale: Sendable, Equatable {
    /// How values are spaced along the axis.
    package enum Kind: Sendable, Equatable {
        /// Equal differences are equal distances.
        case linear
        /// Equal ratios are equal distances (positive values only).
        case logarithmic
        /// Logarithmic in both directions from 0 for values of any sign:
        /// equal ratios are equal distances beyond ±`threshold` (a power of
        /// ten), and the band between −threshold and threshold is linear,
        /// half a decade wide on each side.
        case symmetricLogarithmic(threshold: Double)
    }

    /// Linear or logarithmic.
    package var kind: Kind
    /// The smallest value on the axis.
    package var lower: Double
    /// The largest value on the axis.
    package var upper: Double
    /// The position of ``lower`` (for a y axis, the bottom: a larger number).
    package var start: Double
    /// The position of ``upper``.
    package var end: Double
    /// The values that get a tick and a label, ascending.
    package var ticks: [Double]
    /// The distance between linear ticks; 0 for a log scale.
    package var step: Double

    /// The position of `value`; values outside the domain map outside
    /// `start…end`. On a log scale `value` must be positive.
    package func position(_ value: Double) -> Double {
        start + fraction(value) * (end - start)
    }

    /// The value at `position`: the inverse of ``position(_:)``.
    package func value(at position: Double) -> Double {
        let t = (position - start) / (end - start)
        switch kind {
        case .linear: return lower + t * (upper - lower)
        case .logarithmic: return exp(log(lower) + t * (log(upper) - log(lower)))
        case .symmetricLogarithmic(let threshold):
            let low = Self.symmetricLog(lower, threshold)
            let g = low + t * (Self.symmetricLog(upper, threshold) - low)
            let band = Self.linearBand
            if abs(g) <= band { return g / band * threshold }
            return (g < 0 ? -1 : 1) * threshold * pow(10, abs(g) - band)
        }
    }

    /// Where `value` falls between ``lower`` (0) and ``upper`` (1).
    package func fraction(_ value: Double) -> Double {
        switch kind {
        case .linear: return (value - lower) / (upper - lower)
        case .logarithmic:
            precondition(value > 0, "a log scale shows positive values only")
            return (log(value) - log(lower)) / (log(upper) - log(lower))
        case .symmetricLogarithmic(let threshold):
            let low = Self.symmetricLog(lower, threshold)
            return (Self.symmetricLog(value, threshold) - low)
                / (Self.symmetricLog(upper, threshold) - low)
        }
    }

    /// The width of the linear band on each side of 0, in decades.
    static let linearBand = 0.5

    /// The symmetric log of `value`: `value / threshold × band` inside the
    /// band, `±(band + log₁₀(|value| / threshold))` beyond; continuous.
    static func symmetricLog(_ value: Double, _ threshold: Double) -> Double {
        let magnitude = abs(value)
        if magnitude <= threshold { return value / threshold * linearBand }
        return (value < 0 ? -1 : 1) * (linearBand + log10(magnitude / threshold))
    }

    /// Whether `value` is on the axis (within the domain).
    package func contains(_ value: Double) -> Bool {
        value >= lower && value <= upper
    }

    // MARK: Building

    /// A linear scale from a tick at or below `low` to one at or above
    /// `high`, with at most about `maxTicks` intervals of a 1, 2 or 5 × 10^k step.
    /// When `low == high` the domain is widened around it.
    ///
    /// With `tight`, the domain is `low…high` itself and the ticks are the
    /// multiples of the step inside it: for bars, where an end that is not
    /// a tick wastes less room than a whole step beyond a sliver of data.
    package static func linear(
        covering low: Double, _ high: Double, from start: Double, to end: Double, maxTicks: Int = 6,
        tight: Bool = false
    ) -> AxisScale {
        precondition(low.isFinite && high.isFinite && low <= high, "a scale needs a finite range")
        var low = low
        var high = high
        if low == high {
            let pad = low == 0 ? 1 : abs(low) / 2
            low -= pad
            high += pad
        }
        let step = NiceNumber(roundingUp: (high - low) / Double(max(1, maxTicks)))
        var first = (low / step.value).rounded(.down)
        var last = (high / step.value).rounded(.up)
        if tight {
            if step.times(first) < low { first += 1 }
            if step.times(last) > high { last -= 1 }
        }
        let ticks =
            first <= last ? stride(from: first, through: last, by: 1).map { step.times($0) } : []
        return AxisScale(
            kind: .linear, lower: tight ? low : step.times(first),
            upper: tight ? high : step.times(last),
            start: start, end: end, ticks: ticks, step: step.value)
    }

    /// A log scale from the nearest 1, 2 or 5 × 10^k at or below `low` to the
    /// nearest at or above `high` (both positive). Ticks are every 1, 2 and
    /// 5 × 10^k when the domain spans up to about two and a half decades,
    /// else the powers of ten inside it — every other one when they would be
    /// closer than `minSpacing` units.
    package static func logarithmic(
        covering low: Double, _ high: Double, from start: Double, to end: Double,
        minSpacing: Double = 44
    ) -> AxisScale {
        precondition(low > 0 && high.isFinite && low <= high, "a log scale needs a positive range")
        var lowerNice = NiceNumber(roundingDown: low)
        var upperNice = NiceNumber(roundingUp: high)
        if lowerNice == upperNice {
            lowerNice = lowerNice.previous
            upperNice = upperNice.next
        }
        let lower = lowerNice.value
        let upper = upperNice.value
        let decades = log10(upper / lower)
        var ticks: [NiceNumber] = []
        if decades <= 2.5 {
            var tick = lowerNice
            while tick <= upperNice {
                ticks.append(tick)
                tick = tick.next
            }
        } else {
            let spacing = abs(end - start) / decades
            let every = spacing >= minSpacing ? 1 : spacing * 2 >= minSpacing ? 2 : 3
            let firstPower = lowerNice.mantissa == 1 ? lowerNice.exponent : lowerNice.exponent + 1
            var power = firstPower
            while NiceNumber(mantissa: 1, exponent: power) <= upperNice {
                if (power - firstPower) % every == 0 {
                    ticks.append(NiceNumber(mantissa: 1, exponent: power))
                }
                power += 1
            }
        }
        return AxisScale(
            kind: .logarithmic, lower: lower, upper: upper, start: start, end: end,
            ticks: ticks.map(\.value),
            step: 0)
    }

    /// A symmetric log scale (see ``Kind/symmetricLogarithmic(threshold:)``)
    /// from 0, or the nearest 1, 2 or 5 × 10^k below `low` when it is
    /// negative, to the nearest at or above `high`, and at least ±`threshold`
    /// where there are values of that sign. `threshold` is rounded down to a
    /// power of ten. Ticks at 0 and ±10^k from the threshold outwards, every
    /// other one when they would be closer than `minSpacing` units.
    package static func symmetricLogarithmic(
        covering low: Double, _ high: Double, threshold: Double, from start: Double, to end: Double,
        minSpacing: Double = 22
    ) -> AxisScale {
        precondition(
            low.isFinite && high.isFinite && low <= high && threshold > 0,
            "a scale needs a finite range")
        let power = Int(log10(threshold).rounded(.down))
        let threshold = NiceNumber(mantissa: 1, exponent: power).value
        let lower = low < 0 ? -NiceNumber(roundingUp: max(-low, threshold)).value : 0
        let upper = high > 0 || low >= 0 ? NiceNumber(roundingUp: max(high, threshold)).value : 0
        var scale = AxisScale(
            kind: .symmetricLogarithmic(threshold: threshold), lower: lower, upper: upper,
            start: start, end: end,
            ticks: [], step: 0)
        let decades = symmetricLog(upper, threshold) - symmetricLog(lower, threshold)
        let spacing = abs(end - start) / decades
        let every = spacing >= minSpacing ? 1 : spacing * 2 >= minSpacing ? 2 : 3
        var ticks: [Double] = [0]
        var exponent = power
        while true {
            let tick = NiceNumber(mantissa: 1, exponent: exponent).value
            if tick > max(upper, -lower) { break }
            if (exponent - power) % every == 0 {
                if tick <= upper { ticks.append(tick) }
                if -tick >= lower { ticks.append(-tick) }
            }
            exponent += 1
        }
        scale.ticks = ticks.sorted()
        return scale
    }

    // MARK: Labels

    /// A tick's label: grouped digits with as many decimals as the step
    /// needs; `k` for thousands and `M` for millions once ticks reach ten
    /// thousand; `−` (U+2212) for negatives. `1,000`, `0.05`, `20k`, `−500`.
    package func label(_ value: Double) -> String {
        let largest = ticks.map(abs).max() ?? abs(value)
        let text: String
        switch kind {
        case .linear:
            if value == 0 {
                text = "0"
            } else if largest >= 1e7, step >= 1e6 {
                text = Self.plain(value / 1e6, decimals: 0) + "M"
            } else if largest >= 1e4, step >= 1e3 {
                text = Self.plain(value / 1e3, decimals: 0) + "k"
            } else {
                text = Self.plain(value, decimals: max(0, -NiceNumber(roundingUp: step).exponent))
            }
        case .logarithmic, .symmetricLogarithmic:
            let magnitude = abs(value)
            if magnitude == 0 {
                text = "0"
            } else if magnitude >= 1e6 {
                text = Self.plain(value / 1e6, decimals: 0) + "M"
            } else if magnitude >= 1e4 {
                text = Self.plain(value / 1e3, decimals: 0) + "k"
            } else {
                text = Self.plain(
                    value,
                    decimals: magnitude >= 1 ? 0 : -NiceNumber(roundingDown: magnitude).exponent)
            }
        }
        return text
    }

    private static func plain(_ value: Double, decimals: Int) -> String {
        let text = NumberFormatting.grouped(value, decimals: decimals)
        return text.hasPrefix("-") ? "\u{2212}" + text.dropFirst() : text
    }
}

/// A number m × 10^k with m ∈ {1, 2, 5}: the steps and ticks of a chart axis.
struct NiceNumber: Sendable, Equatable, Comparable {
    /// 1, 2 or 5.
    var mantissa: Int
    /// The power of ten.
    var exponent: Int

    init(mantissa: Int, exponent: Int) {
        precondition([1, 2, 5].contains(mantissa))
        self.mantissa = mantissa
        self.exponent = exponent
    }

    /// The smallest nice number ≥ `value` (> 0).
    init(roundingUp value: Double) {
        precondition(value > 0 && value.isFinite)
        var candidate = NiceNumber(mantissa: 1, exponent: Int(log10(value).rounded(.down)) - 1)
        while candidate.value < value * (1 - 1e-12) { candidate = candidate.next }
        self = candidate
    }

    /// The largest nice number ≤ `value` (> 0).
    init(roundingDown value: Double) {
        precondition(value > 0 && value.isFinite)
        var candidate = NiceNumber(mantissa: 1, exponent: Int(log10(value).rounded(.up)) + 1)
        while candidate.value > value * (1 + 1e-12) { candidate = candidate.previous }
        self = candidate
    }

    /// The value, as close as a Double gets: 0.2 is 2 / 10, not 2 × 0.1.
    var value: Double { times(1) }

    /// `count` × this number, computed so that whole multiples of a decimal
    /// step come out as the nearest Double (3 × 0.1 is 0.3, not 0.30000000000000004).
    func times(_ count: Double) -> Double {
        let scaled = count * Double(mantissa)
        return exponent >= 0 ? scaled * Self.power(exponent) : scaled / Self.power(-exponent)
    }

    /// The next nice number up: 1 → 2 → 5 → 10.
    var next: NiceNumber {
        switch mantissa {
        case 1: return NiceNumber(mantissa: 2, exponent: exponent)
        case 2: return NiceNumber(mantissa: 5, exponent: exponent)
        default: return NiceNumber(mantissa: 1, exponent: exponent + 1)
        }
    }

    /// The next nice number down: 10 → 5 → 2 → 1.
    var previous: NiceNumber {
        switch mantissa {
        case 5: return NiceNumber(mantissa: 2, exponent: exponent)
        case 2: return NiceNumber(mantissa: 1, exponent: exponent)
        default: return NiceNumber(mantissa: 5, exponent: exponent - 1)
        }
    }

    static func < (a: NiceNumber, b: NiceNumber) -> Bool {
        (a.exponent, a.mantissa) < (b.exponent, b.mantissa)
    }

    private static func power(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<exponent { result *= 10 }
        return result
    }
}
