import TestSupport
import Foundation
import Testing

@testable import BreakevenCore
@testable import BreakevenCSV
@testable import BreakevenReport

@Suite("Axis scales and ticks")
struct AxisScaleTests {
    /// Span and intervals → the step a person would pick by hand.
    @Test(arguments: [
        (37.0, 4, 10.0), (100.0, 5, 20.0), (1.0, 5, 0.2), (0.03, 6, 0.005), (7_000.0, 6, 2_000.0),
        (3.0, 6, 0.5), (12_345.0, 5, 5_000.0), (9.0, 9, 1.0), (1e6, 4, 500_000.0),
    ])
    func linearStepIsOneTwoOrFiveTimesAPowerOfTen(span: Double, intervals: Int, step: Double) {
        let scale = AxisScale.linear(covering: 0, span, from: 0, to: 100, maxTicks: intervals)
        #expect(abs(scale.step - step) < 1e-12 * step)
        #expect(ChartReading.isNice(scale.step))
    }

    @Test(arguments: [
        (0.0, 37.0), (-12.5, 3.3), (-1_234.0, -17.0), (0.3, 0.7), (5.0, 5.0), (0.0, 0.0),
        (-88_000.0, 1_250_000.0),
    ])
    func linearTicksAreWholeStepsCoveringTheRange(low: Double, high: Double) {
        let scale = AxisScale.linear(covering: low, high, from: 0, to: 500)
        #expect(scale.lower <= low && scale.upper >= high)
        #expect(scale.ticks.first == scale.lower && scale.ticks.last == scale.upper)
        for tick in scale.ticks {
            let steps = tick / scale.step
            #expect(
                abs(steps - steps.rounded()) < 1e-9, "\(tick) is not a multiple of \(scale.step)")
        }
        for (a, b) in zip(scale.ticks, scale.ticks.dropFirst()) {
            #expect(abs((b - a) - scale.step) < 1e-9 * max(1, scale.step))
        }
        #expect(scale.ticks.count >= 2 && scale.ticks.count <= 12)
    }

    @Test func tightScalesEndAtTheDataWithTicksInside() {
        // −0.3…41: a step of 10 would start the axis at −10; tight, it starts at −0.3.
        let scale = AxisScale.linear(covering: -0.3, 41, from: 0, to: 100, maxTicks: 6, tight: true)
        #expect(scale.lower == -0.3 && scale.upper == 41)
        #expect(scale.ticks == [0, 10, 20, 30, 40])
        #expect(abs(scale.position(0) - 100 * 0.3 / 41.3) < 1e-9)
    }

    @Test func decimalTicksAreTheNearestDoubles() {
        // 0.1 × 3 is 0.30000000000000004 in binary; the tick must be 0.3 so its label is "0.3".
        let scale = AxisScale.linear(covering: 0, 0.5, from: 0, to: 100, maxTicks: 5)
        #expect(scale.ticks == [0, 0.1, 0.2, 0.3, 0.4, 0.5])
        #expect(scale.ticks.map(scale.label) == ["0", "0.1", "0.2", "0.3", "0.4", "0.5"])
    }

    @Test func linearPositionsAreProportional() {
        // By hand: 0…40 on 100…500, so 10 units = 100 px.
        let scale = AxisScale.linear(covering: 0, 37, from: 100, to: 500)
        #expect(scale.ticks == [0, 10, 20, 30, 40])
        #expect(scale.position(0) == 100)
        #expect(scale.position(25) == 350)
        #expect(scale.value(at: 350) == 25)
    }

    @Test(arguments: [
        (0.37, 4_200.0), (1.0, 100.0), (0.002, 0.9), (3.0, 40.0), (12.0, 12.0), (0.5, 2e7),
    ])
    func logTicksAreOneTwoOrFiveTimesAPowerOfTen(low: Double, high: Double) {
        let scale = AxisScale.logarithmic(covering: low, high, from: 0, to: 540)
        #expect(scale.lower <= low && scale.upper >= high)
        #expect(ChartReading.isNice(scale.lower) && ChartReading.isNice(scale.upper))
        #expect(scale.ticks.count >= 2)
        for tick in scale.ticks {
            #expect(ChartReading.isNice(tick), "\(tick)")
            #expect(scale.contains(tick))
        }
        // Ticks never crowd: at least 30 units apart.
        for (a, b) in zip(scale.ticks, scale.ticks.dropFirst()) {
            #expect(scale.position(b) - scale.position(a) >= 30)
        }
    }

    @Test func logPositionsFollowRatios() {
        // By hand: 1…100 on 0…200, so each decade is 100 units and 10 sits in the middle.
        let scale = AxisScale.logarithmic(covering: 1, 100, from: 0, to: 200)
        #expect(scale.lower == 1 && scale.upper == 100)
        #expect(abs(scale.position(10) - 100) < 1e-9)
        #expect(abs(scale.position(2) - 200 * log10(2) / 2) < 1e-9)
        #expect(abs(scale.value(at: 150) - pow(10, 1.5)) < 1e-9)
        #expect(scale.ticks == [1, 2, 5, 10, 20, 50, 100])
    }

    @Test func wideLogScalesTickOnlyPowersOfTen() {
        let scale = AxisScale.logarithmic(covering: 0.04, 30_000, from: 0, to: 540)
        #expect(scale.ticks == [0.1, 1, 10, 100, 1_000, 10_000])
        #expect(scale.ticks.map(scale.label) == ["0.1", "1", "10", "100", "1,000", "10k"])
    }

    @Test func symmetricLogIsLogarithmicBeyondTheThresholdAndContinuous() {
        let scale = AxisScale.symmetricLogarithmic(
            covering: -350, 42_000, threshold: 7, from: 300, to: 0)
        // The threshold becomes the power of ten below it.
        #expect(scale.kind == .symmetricLogarithmic(threshold: 1))
        #expect(scale.lower == -500 && scale.upper == 50_000)
        #expect(scale.ticks == [-100, -10, -1, 0, 1, 10, 100, 1_000, 10_000])
        // Every decade beyond the threshold is the same distance.
        let decade = scale.position(10) - scale.position(100)
        #expect(abs((scale.position(100) - scale.position(1_000)) - decade) < 1e-9)
        #expect(abs((scale.position(-100) - scale.position(-10)) - decade) < 1e-9)
        // The band −1…1 is half a decade each side, linear, centred on 0.
        #expect(abs((scale.position(0) - scale.position(1)) - decade / 2) < 1e-9)
        #expect(abs((scale.position(0) - scale.position(0.5)) - decade / 4) < 1e-9)
        #expect(abs(scale.position(1 + 1e-9) - scale.position(1)) < 1e-6)
        for value in [-420.0, -3, -0.2, 0, 0.7, 13, 31_000] {
            #expect(abs(scale.value(at: scale.position(value)) - value) < 1e-9 * max(1, abs(value)))
        }
        #expect(
            scale.ticks.map(scale.label) == [
                "−100", "−10", "−1", "0", "1", "10", "100", "1,000", "10k",
            ])
    }

    @Test func symmetricLogOfPositiveValuesStartsAtZero() {
        let scale = AxisScale.symmetricLogarithmic(
            covering: 0, 830, threshold: 10, from: 100, to: 0)
        #expect(scale.lower == 0 && scale.upper == 1_000)
        #expect(scale.ticks == [0, 10, 100, 1_000])
        #expect(scale.position(0) == 100 && scale.position(1_000) == 0)
    }

    @Test(arguments: [
        (0.0, "0"), (1_500.0, "1,500"), (-2_500.0, "−2,500"), (0.25, "0.25"),
    ])
    func linearLabels(value: Double, label: String) {
        let scale = AxisScale.linear(covering: -2_500, 2_500, from: 0, to: 100, maxTicks: 20)
        let fine = AxisScale.linear(covering: 0, 1, from: 0, to: 100, maxTicks: 20)
        #expect((value == 0.25 ? fine : scale).label(value) == label)
    }

    @Test func largeLinearTicksUseThousands() {
        let scale = AxisScale.linear(covering: -20_000, 45_000, from: 0, to: 100, maxTicks: 5)
        #expect(scale.ticks.map(scale.label) == ["−20k", "0", "20k", "40k", "60k"])
        let millions = AxisScale.linear(covering: 0, 26_000_000, from: 0, to: 100, maxTicks: 5)
        #expect(millions.ticks.map(millions.label) == ["0", "10M", "20M", "30M"])
    }

    @Test func logLabelsShowTheDecimalsTheyNeed() {
        let scale = AxisScale.logarithmic(covering: 0.001, 2e6, from: 0, to: 1_000)
        #expect(scale.label(0.001) == "0.001")
        #expect(scale.label(0.05) == "0.05")
        #expect(scale.label(20_000) == "20k")
        #expect(scale.label(2e6) == "2M")
    }
}
