import TestSupport
import Testing

@testable import BreakevenCore

/// Reference values computed independently with mpmath at 40 significant
/// digits (`ncdf`, `sqrt(2)·erfinv(2p − 1)`), rounded to the nearest double.
@Suite("Standard normal")
struct StandardNormalTests {
    static let distribution: [(z: Double, lower: Double, upper: Double)] = [
        (-37, 5.725571222524577e-300, 1.0),
        (-10, 7.619853024160525e-24, 1.0),
        (-8.3, 5.205569744890254e-17, 1.0),
        (-6, 9.86587645037698e-10, 0.9999999990134123),
        (-5.657, 7.702088172177601e-09, 0.9999999922979118),
        (-3, 0.0013498980316300946, 0.9986501019683699),
        (-1.96, 0.024997895148220435, 0.9750021048517795),
        (-1, 0.15865525393145705, 0.8413447460685429),
        (-0.6744, 0.2500285213729406, 0.7499714786270594),
        (-0.5, 0.3085375387259869, 0.6914624612740131),
        (0, 0.5, 0.5),
        (0.3, 0.6179114221889527, 0.3820885778110474),
        (0.6745, 0.7500032571363008, 0.24999674286369916),
        (1, 0.8413447460685429, 0.15865525393145705),
        (1.5, 0.9331927987311419, 0.06680720126885807),
        (2.5, 0.9937903346742238, 0.006209665325776135),
        (4, 0.9999683287581669, 3.1671241833119924e-05),
        (5.7, 0.9999999940096286, 5.990371401063528e-09),
        (7, 0.9999999999987201, 1.279812543885835e-12),
        (10, 1.0, 7.619853024160525e-24),
        (20, 1.0, 2.7536241186062337e-89),
        (37, 1.0, 5.725571222524577e-300),
    ]

    static let quantiles: [(p: Double, z: Double)] = [
        (1e-300, -37.0470962993612),
        (1e-100, -21.273453560965326),
        (1e-20, -9.262340089798407),
        (1e-12, -7.034483825301132),
        (1e-06, -4.753424308822899),
        (0.001, -3.0902323061678136),
        (0.01, -2.326347874040841),
        (0.025, -1.9599639845400543),
        (0.05, -1.6448536269514726),
        (0.1, -1.2815515655446004),
        (0.2, -0.8416212335729142),
        (0.3, -0.5244005127080408),
        (0.4, -0.2533471031357997),
        (0.425, -0.18911842627279252),
        (0.45, -0.12566134685507402),
        (0.55, 0.12566134685507416),
        (0.575, 0.18911842627279238),
        (0.6, 0.2533471031357997),
        (0.75, 0.6744897501960817),
        (0.9, 1.2815515655446006),
        (0.95, 1.6448536269514722),
        (0.975, 1.9599639845400538),
        (0.99, 2.3263478740408408),
        (0.999, 3.090232306167813),
        (0.999999, 4.753424308817087),
        (0.999999999999, 7.0344869100478356),
    ]

    @Test("Φ and 1 − Φ agree with mpmath to 1e-14 relative in both tails", arguments: distribution)
    func distributionMatchesReference(_ row: (z: Double, lower: Double, upper: Double)) {
        #expect(isClose(StandardNormal.cumulative(row.z), row.lower, relative: 1e-14, absolute: 0))
        #expect(isClose(StandardNormal.survival(row.z), row.upper, relative: 1e-14, absolute: 0))
    }

    @Test("z(p) agrees with mpmath to 1e-12 relative (the contract), including far tails", arguments: quantiles)
    func quantileMatchesReference(_ row: (p: Double, z: Double)) {
        #expect(isClose(StandardNormal.quantile(row.p), row.z, relative: 1e-12, absolute: 0))
    }

    @Test func textbookNinetyFivePercentQuantile() {
        #expect(isClose(StandardNormal.quantile(0.95), 1.6448536269514722, relative: 1e-15))
    }

    @Test func quantileInvertsTheDistributionOnAFineGrid() {
        var p = 1e-12
        while p < 1 - 1e-12 {
            let z = StandardNormal.quantile(p)
            let back = p < 0.5 ? StandardNormal.cumulative(z) : 1 - StandardNormal.survival(z)
            #expect(isClose(back, p, relative: 1e-12, absolute: 1e-15))
            p = p < 0.5 ? p * 1.7 : p + (1 - p) * 0.41
        }
    }

    @Test func densityIsTheGaussianBell() {
        #expect(isClose(StandardNormal.density(0), 0.3989422804014327, relative: 1e-15))
        #expect(isClose(StandardNormal.density(1), 0.24197072451914337, relative: 1e-15))
        #expect(StandardNormal.density(-2) == StandardNormal.density(2))
    }

    @Test func edgesAreExact() {
        #expect(StandardNormal.quantile(0) == -.infinity)
        #expect(StandardNormal.quantile(1) == .infinity)
        #expect(StandardNormal.quantile(0.5) == 0)
        #expect(StandardNormal.quantile(-0.1).isNaN)
        #expect(StandardNormal.quantile(1.1).isNaN)
        #expect(StandardNormal.cumulative(-.infinity) == 0)
        #expect(StandardNormal.cumulative(.infinity) == 1)
        #expect(StandardNormal.cumulative(.nan).isNaN)
    }
}
