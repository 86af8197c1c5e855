import Foundation
import TestSupport

@testable import BreakevenCore
@testable import BreakevenCSV
@testable import BreakevenReport

/// Reads charts back from their SVG the way a person reads them: from the
/// tick labels and where they are drawn, not from the code that drew them.
enum ChartReading {
    /// The number a tick label shows: `1,000` → 1000, `20k` → 20000,
    /// `1M` → 1e6, `−500` → −500, `0.05` → 0.05.
    static func number(_ label: String) -> Double? {
        var text = label.replacingOccurrences(of: ",", with: "").replacingOccurrences(
            of: "\u{2212}", with: "-")
        var factor = 1.0
        if text.hasSuffix("k") {
            factor = 1e3
            text.removeLast()
        } else if text.hasSuffix("M") {
            factor = 1e6
            text.removeLast()
        }
        return Double(text).map { $0 * factor }
    }

    /// The ticks of one axis (`x` or `y`) in `chart`: value and position.
    static func ticks(_ chart: XMLElementNode, axis: String) -> [(value: Double, position: Double)]
    {
        chart.all("text", class: "tick").filter { $0.classes.contains(axis) }.compactMap { text in
            guard let value = number(text.allText), let position = text.number(axis) else {
                return nil
            }
            return (value, position)
        }
    }

    /// Whether `value` is 1, 2 or 5 × 10^k (or 0), to 1e-9 relative.
    static func isNice(_ value: Double) -> Bool {
        if value == 0 { return true }
        let magnitude = abs(value)
        let exponent = (log10(magnitude)).rounded(.down)
        let mantissa = magnitude / pow(10, exponent)
        return [1.0, 2, 5, 10].contains { abs(mantissa - $0) < 1e-9 * $0 }
    }

    /// The value at `position` on an axis read from two of its ticks,
    /// linearly or, for a log axis, on log₁₀ of the values.
    static func value(
        at position: Double, from a: (value: Double, position: Double),
        _ b: (value: Double, position: Double),
        logarithmic: Bool
    ) -> Double {
        let t = (position - a.position) / (b.position - a.position)
        if logarithmic { return pow(10, log10(a.value) + t * (log10(b.value) - log10(a.value))) }
        return a.value + t * (b.value - a.value)
    }

    /// The points of a `polyline`.
    static func points(_ polyline: XMLElementNode) -> [ChartPoint] {
        (polyline["points"] ?? "").split(separator: " ").compactMap { pair in
            let parts = pair.split(separator: ",").compactMap { Double($0) }
            return parts.count == 2 ? ChartPoint(x: parts[0], y: parts[1]) : nil
        }
    }

    /// A `rect` element's rectangle.
    static func rect(_ element: XMLElementNode) -> ChartRect? {
        guard let x = element.number("x"), let y = element.number("y"),
            let width = element.number("width"),
            let height = element.number("height")
        else { return nil }
        return ChartRect(x: x, y: y, width: width, height: height)
    }
}
