#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The standard normal distribution: density, distribution function and quantile.
///
/// Written here rather than taken from `erfc` so that the accuracy is known and
/// the same on every platform:
/// - ``cumulative(_:)`` and ``survival(_:)`` use W. J. Cody's rational Chebyshev
///   approximations ("Rational Chebyshev approximations for the error function",
///   Math. Comp. 1969; ACM TOMS Algorithm 715), accurate to about 1e-16 relative
///   in both tails, down to the smallest normal number.
/// - ``quantile(_:)`` is M. J. Wichura's AS 241 `PPND16` (Applied Statistics 37,
///   1988), relative error below 1e-15 on (1e-300, 1 − 1e-16).
///
/// Edge cases: `cumulative(-.infinity) == 0`, `cumulative(.infinity) == 1`;
/// `quantile(0) == -.infinity`, `quantile(1) == .infinity`; NaN in, NaN out.
package enum StandardNormal {
    /// 1 / √(2π).
    static let inverseSquareRootOfTwoPi = 0.398_942_280_401_432_677_939_946_059_934

    /// The density φ(z) = exp(−z²/2) / √(2π).
    package static func density(_ z: Double) -> Double {
        inverseSquareRootOfTwoPi * exp(-0.5 * z * z)
    }

    /// The distribution function Φ(z) = P(Z ≤ z).
    package static func cumulative(_ z: Double) -> Double {
        tails(z).lower
    }

    /// The survival function 1 − Φ(z) = P(Z > z), accurate in the upper tail
    /// where `1 - cumulative(z)` would lose every digit.
    package static func survival(_ z: Double) -> Double {
        tails(z).upper
    }

    /// The quantile z(p): the `z` with Φ(z) = `p`.
    ///
    /// - Parameter p: a probability in [0, 1]; outside it the result is NaN.
    package static func quantile(_ p: Double) -> Double {
        guard p >= 0, p <= 1 else { return .nan }
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        let q = p - 0.5
        if abs(q) <= 0.425 {
            let r = 0.180_625 - q * q
            return q * polynomial(r, centralNumerator) / polynomial(r, centralDenominator)
        }
        var r = sqrt(-log(q < 0 ? p : 1 - p))
        let x: Double
        if r <= 5 {
            r -= 1.6
            x = polynomial(r, intermediateNumerator) / polynomial(r, intermediateDenominator)
        } else {
            r -= 5
            x = polynomial(r, tailNumerator) / polynomial(r, tailDenominator)
        }
        return q < 0 ? -x : x
    }

    // MARK: - Cody's algorithm for both tails at once

    private static func tails(_ x: Double) -> (lower: Double, upper: Double) {
        if x.isNaN { return (.nan, .nan) }
        let y = abs(x)
        if y <= 0.674_489_75 {
            var numerator = 0.0
            var denominator = 0.0
            if y > 1.11e-16 {
                let xsq = x * x
                numerator = a[4] * xsq
                denominator = xsq
                for i in 0..<3 {
                    numerator = (numerator + a[i]) * xsq
                    denominator = (denominator + b[i]) * xsq
                }
            }
            let t = x * (numerator + a[3]) / (denominator + b[3])
            return (0.5 + t, 0.5 - t)
        }
        let smallTail: Double
        if y <= 5.656_854_249_492_380_195_206_754_896_838 {  // √32
            var numerator = c[8] * y
            var denominator = y
            for i in 0..<7 {
                numerator = (numerator + c[i]) * y
                denominator = (denominator + d[i]) * y
            }
            smallTail = gaussianFactor(y) * (numerator + c[7]) / (denominator + d[7])
        } else if y < 37.519_3 {
            let xsq = 1 / (x * x)
            var numerator = p[5] * xsq
            var denominator = xsq
            for i in 0..<4 {
                numerator = (numerator + p[i]) * xsq
                denominator = (denominator + q[i]) * xsq
            }
            var t = xsq * (numerator + p[4]) / (denominator + q[4])
            t = (inverseSquareRootOfTwoPi - t) / y
            smallTail = gaussianFactor(y) * t
        } else {
            smallTail = 0
        }
        return x > 0 ? (1 - smallTail, smallTail) : (smallTail, 1 - smallTail)
    }

    /// exp(−y²/2) computed in two parts so that the rounding of y² does not cost digits.
    private static func gaussianFactor(_ y: Double) -> Double {
        let ysq = (y * 16).rounded(.towardZero) / 16
        let delta = (y - ysq) * (y + ysq)
        return exp(-ysq * ysq * 0.5) * exp(-delta * 0.5)
    }

    private static func polynomial(_ x: Double, _ coefficients: [Double]) -> Double {
        var sum = 0.0
        for coefficient in coefficients.reversed() {
            sum = sum * x + coefficient
        }
        return sum
    }

    // Cody (1969) coefficients, as in TOMS 715 `anorm`.
    private static let a = [
        2.235_252_035_460_683_928_7, 161.028_231_068_555_878_81,
        1_067.689_485_460_370_958_2, 18_154.981_253_343_561_249,
        0.065_682_337_918_207_449_113,
    ]
    private static let b = [
        47.202_581_904_688_241_87, 976.098_551_737_776_693_22,
        10_260.932_208_618_978_205, 45_507.789_335_026_729_956,
    ]
    private static let c = [
        0.398_941_512_088_134_667_64, 8.883_149_794_388_375_941_2,
        93.506_656_132_177_855_979, 597.270_276_394_800_262_26,
        2_494.537_585_290_372_671_1, 6_848.190_450_536_282_332_6,
        11_602.651_437_647_350_124, 9_842.714_838_383_978_021_8,
        1.076_557_677_372_019_231_7e-8,
    ]
    private static let d = [
        22.266_688_044_328_115_691, 235.387_901_782_624_998_61,
        1_519.377_599_407_554_805, 6_485.558_298_266_760_755,
        18_615.571_640_885_098_091, 34_900.952_721_145_977_266,
        38_912.003_286_093_271_411, 19_685.429_676_859_990_727,
    ]
    private static let p = [
        0.215_898_534_057_956_99, 0.127_401_161_160_247_363_9,
        0.022_235_277_870_649_807, 0.001_421_619_193_227_893_466,
        2.911_287_495_116_879_2e-5, 0.023_073_441_764_940_173_03,
    ]
    private static let q = [
        1.284_260_096_144_911_21, 0.468_238_212_480_865_118,
        0.065_988_137_868_928_551_5, 0.003_782_396_332_027_582_44,
        7.297_515_550_839_662_05e-5,
    ]

    // Wichura (1988) AS 241 PPND16 coefficients, lowest degree first.
    private static let centralNumerator = [
        3.387_132_872_796_366_608_0, 133.141_667_891_784_377_45,
        1_971.590_950_306_551_442_7, 13_731.693_765_509_461_125,
        45_921.953_931_549_871_457, 67_265.770_927_008_700_853,
        33_430.575_583_588_128_105, 2_509.080_928_730_122_672_7,
    ]
    private static let centralDenominator = [
        1, 42.313_330_701_600_911_252, 687.187_007_492_057_908_30,
        5_394.196_021_424_751_107_7, 21_213.794_301_586_595_867,
        39_307.895_800_092_710_610, 28_729.085_735_721_942_674,
        5_226.495_278_852_854_561_0,
    ]
    private static let intermediateNumerator = [
        1.423_437_110_749_683_577_34, 4.630_337_846_156_545_295_90,
        5.769_497_221_460_691_405_50, 3.647_848_324_763_204_605_04,
        1.270_458_252_452_368_382_58, 0.241_780_725_177_450_611_770,
        0.022_723_844_989_269_184_583_3, 7.745_450_142_783_414_076_40e-4,
    ]
    private static let intermediateDenominator = [
        1, 2.053_191_626_637_758_821_87, 1.676_384_830_183_803_849_40,
        0.689_767_334_985_100_004_550, 0.148_103_976_427_480_074_590,
        0.015_198_666_563_616_457_196_6, 5.475_938_084_995_344_946_00e-4,
        1.050_750_071_644_416_843_24e-9,
    ]
    private static let tailNumerator = [
        6.657_904_643_501_103_777_20, 5.463_784_911_164_114_369_90,
        1.784_826_539_917_291_335_80, 0.296_560_571_828_504_891_230,
        0.026_532_189_526_576_123_093_0, 0.001_242_660_947_388_078_438_60,
        2.711_555_568_743_487_578_15e-5, 2.010_334_399_292_288_132_65e-7,
    ]
    private static let tailDenominator = [
        1, 0.599_832_206_555_887_937_690, 0.136_929_880_922_735_805_310,
        0.014_875_361_290_850_614_852_5, 7.868_691_311_456_132_591_00e-4,
        1.846_318_317_510_054_681_80e-5, 1.421_511_758_316_445_888_70e-7,
        2.044_263_103_389_939_785_64e-15,
    ]
}
