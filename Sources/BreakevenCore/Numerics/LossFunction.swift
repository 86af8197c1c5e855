/// The standard normal loss function G(z) = φ(z) − z (1 − Φ(z)): the expected
/// shortfall E[(Z − z)⁺] of a standard normal variable beyond `z`.
///
/// Multiplied by a standard deviation σ it gives the expected units short when
/// σ-distributed demand meets a stock that covers the mean plus z σ (Silver,
/// Pyke & Thomas, *Inventory and Production Management*, §6.7).
///
/// G is positive and decreasing; G(z) → −z as z → −∞ and → 0 as z → ∞.
/// For negative `z` it uses the identity G(z) = −z + G(−z), which keeps both
/// terms positive and avoids cancellation.
package func standardNormalLoss(_ z: Double) -> Double {
    if z < 0 { return -z + standardNormalLoss(-z) }
    return max(0, StandardNormal.density(z) - z * StandardNormal.survival(z))
}
