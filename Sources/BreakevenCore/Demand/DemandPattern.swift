/// The Syntetos–Boylan class of a demand history (Syntetos, Boylan & Croston,
/// "On the categorization of demand patterns", JORS 2005).
///
/// ADI is the average interval between months with a sale (months ÷ months
/// with a sale); CV² the squared coefficient of variation of the non-zero
/// months (sample standard deviation). The cut-offs are ADI 1.32 and CV² 0.49.
package enum DemandPattern: String, Sendable, Equatable, CaseIterable, CustomStringConvertible {
    /// Regular and even: ADI < 1.32, CV² < 0.49.
    case smooth
    /// Regular but uneven: ADI < 1.32, CV² ≥ 0.49.
    case erratic
    /// Sporadic but even when it sells: ADI ≥ 1.32, CV² < 0.49.
    case intermittent
    /// Sporadic and uneven: ADI ≥ 1.32, CV² ≥ 0.49.
    case lumpy

    /// "smooth", "erratic", "intermittent" or "lumpy".
    package var description: String { rawValue }

    /// ADI below this is "regular".
    package static let adiCutoff = 1.32
    /// CV² below this is "even".
    package static let cv2Cutoff = 0.49

    /// The class of a monthly history; `nil` when no month has a sale.
    package init?(history: [Double]) {
        guard let stats = DemandPattern.statistics(of: history) else { return nil }
        self.init(adi: stats.adi, cv2: stats.cv2)
    }

    /// The class for given ADI and CV².
    package init(adi: Double, cv2: Double) {
        switch (adi < Self.adiCutoff, cv2 < Self.cv2Cutoff) {
        case (true, true): self = .smooth
        case (true, false): self = .erratic
        case (false, true): self = .intermittent
        case (false, false): self = .lumpy
        }
    }

    /// ADI and CV² of a history; `nil` when no month has a sale. CV² is 0 with
    /// a single non-zero month.
    package static func statistics(of history: [Double]) -> (adi: Double, cv2: Double)? {
        let sizes = history.filter { $0 > 0 }
        guard !sizes.isEmpty else { return nil }
        let adi = Double(history.count) / Double(sizes.count)
        let mean = sizes.reduce(0, +) / Double(sizes.count)
        let cv2 = sizes.count < 2 ? 0 : sampleVariance(sizes) / (mean * mean)
        return (adi, cv2)
    }
}

/// The sample variance Σ(x − x̄)² / (n − 1); 0 for fewer than two values.
func sampleVariance(_ values: [Double]) -> Double {
    guard values.count > 1 else { return 0 }
    let mean = values.reduce(0, +) / Double(values.count)
    let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
    return squares / Double(values.count - 1)
}
