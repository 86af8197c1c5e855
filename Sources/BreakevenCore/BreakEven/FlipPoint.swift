/// Where, moving one input away from today's value, the recommendation changes.
package struct FlipPoint: Sendable, Equatable {
    /// The input's value at the change.
    package var value: Double
    /// The model recommended beyond it.
    package var model: FulfilmentModel
}

/// The flip points of one input for one SKU (MODEL.md §5, second bullet).
package struct FlipSearch: Sendable, Equatable {
    /// The input searched.
    package var input: InputName
    /// Today's value; `nil` when the SKU does not use the input (then it cannot flip).
    package var value: Double?
    /// The model recommended today.
    package var recommended: FulfilmentModel
    /// The nearest change below today's value, if any in range.
    package var below: FlipPoint?
    /// The nearest change above today's value, if any in range.
    package var above: FlipPoint?
    /// The searched range.
    package var range: ClosedRange<Double>?

    /// Points scanned on each side before bisecting the first change.
    static let scanPoints = 200

    /// Searches both sides of today's value.
    ///
    /// The range runs down to the input's lowest allowed value (0, or just
    /// above it for a price or a probability) and up to 10× today's value, a
    /// rate up to its bound of 1; an input that is 0 today is searched up to a
    /// scale of its unit (``zeroScale(for:price:)``). Each side is scanned at
    /// 200 points spaced evenly and 200 spaced geometrically towards the far
    /// end, from today's value outwards; the first change is bisected to 10⁻¹²
    /// relative. A change narrower than the scan spacing can be missed.
    package init(_ probe: InputProbe) {
        input = probe.input
        let base = probe.base
        recommended = Decision.recommendedModel(terms: base, models: Evaluator.evaluateModels(base))
        value = probe.value
        guard let today = value else { return }
        let range = FlipSearch.range(for: probe.input, value: today, price: base.price)
        self.range = range
        below = FlipSearch.nearestChange(from: today, to: range.lowerBound, today: recommended, probe: probe)
        above = FlipSearch.nearestChange(from: today, to: range.upperBound, today: recommended, probe: probe)
    }

    /// The range searched for an input whose value today is `value`.
    static func range(for input: InputName, value: Double, price: Double) -> ClosedRange<Double> {
        let lowest: Double
        switch input.constraint {
        case .positive: lowest = value * 1e-6
        case .openUnitInterval: lowest = 1e-9
        default: lowest = 0
        }
        let highest: Double
        switch input.constraint {
        case .unitInterval: highest = 1
        case .openUnitInterval: highest = 1 - 1e-9
        default: highest = value > 0 ? 10 * value : zeroScale(for: input, price: price)
        }
        return min(lowest, value)...max(highest, value)
    }

    /// How far to search above an input that is 0 today: ten times the price
    /// for money, 90 days, 20,000 km, 36 months, 50 kg, 1,000 litres, and 100
    /// for counts and ratios.
    package static func zeroScale(for input: InputName, price: Double) -> Double {
        let unit = input.spec.unit
        if unit.hasPrefix("money") { return 10 * price }
        switch unit {
        case "days": return 90
        case "km": return 20_000
        case "months": return 36
        case "kg/unit": return 50
        case "l/unit": return 1000
        default: return 100
        }
    }

    /// The first value between `start` and `end` where the recommendation
    /// differs from `today`, bisected; `nil` when there is none.
    static func nearestChange(
        from start: Double, to end: Double, today: FulfilmentModel, probe: InputProbe
    ) -> FlipPoint? {
        guard start != end else { return nil }
        var steps: [Double] = []
        for i in 1...scanPoints {
            let t = Double(i) / Double(scanPoints)
            steps.append(start + (end - start) * t)
            // Geometric steps crowd towards the far end (down to 0: small values).
            steps.append(start + (end - start) * (1 - pow(1e-6, t)) / (1 - 1e-6))
        }
        let ordered = steps.sorted { abs($0 - start) < abs($1 - start) }
        var same = start
        for candidate in ordered {
            guard let model = probe.recommended(at: candidate) else { return nil }
            if model == today {
                same = candidate
                continue
            }
            var near = same
            var far = candidate
            var farModel = model
            for _ in 0..<200 {
                if abs(far - near) <= 1e-12 * max(abs(near), abs(far), 1e-300) { break }
                let middle = (near + far) / 2
                guard let middleModel = probe.recommended(at: middle) else { break }
                if middleModel == today {
                    near = middle
                } else {
                    far = middle
                    farModel = middleModel
                }
            }
            return FlipPoint(value: (near + far) / 2, model: farModel)
        }
        return nil
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif
