/// Whether `actual` is within `relative` of `expected` (or within `absolute`,
/// for values near zero). Money and quantities are compared this way.
package func isClose(_ actual: Double, _ expected: Double, relative: Double = 1e-9, absolute: Double = 1e-12) -> Bool {
    if actual == expected { return true }
    let difference = abs(actual - expected)
    return difference <= absolute || difference <= relative * max(abs(actual), abs(expected))
}

/// Money is compared to the hundredth of a cent.
package func isCloseMoney(_ actual: Double, _ expected: Double) -> Bool {
    isClose(actual, expected, relative: 1e-9, absolute: 1e-4)
}
