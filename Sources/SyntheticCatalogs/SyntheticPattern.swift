import BreakevenCore

/// The demand pattern of a generated SKU with a history, drawn in known
/// shares: smooth 30 %, erratic 20 %, intermittent 20 %, lumpy 15 %,
/// seasonal 15 %.
///
/// The first four are the Syntetos–Boylan classes (``DemandPattern``), each
/// drawn clearly inside its region so the classifier reads back what was
/// meant (``SyntheticDemand`` gives the processes and how often, at 12
/// months, a history falls across a cut-off). Seasonal histories carry a
/// 12-month profile; by ADI and CV² they read smooth or erratic.
package enum SyntheticPattern: String, CaseIterable, Sendable, Equatable, CustomStringConvertible {
    /// Sales every month, little variation.
    case smooth
    /// Sales every month, much variation.
    case erratic
    /// Many months without a sale; sizes that vary little.
    case intermittent
    /// Many months without a sale; sizes that vary much.
    case lumpy
    /// A yearly profile with a peak of 3–6 times the other months, for 2 or 3 months.
    case seasonal

    /// "smooth", "erratic", "intermittent", "lumpy" or "seasonal".
    package var description: String { rawValue }

    /// The share of generated SKUs with this pattern, in [0, 1]; the shares add to 1.
    package var share: Double {
        switch self {
        case .smooth: return 0.30
        case .erratic: return 0.20
        case .intermittent: return 0.20
        case .lumpy: return 0.15
        case .seasonal: return 0.15
        }
    }

    /// The Syntetos–Boylan class the history is drawn inside; `nil` for
    /// seasonal, whose class depends on its peak.
    package var demandPattern: DemandPattern? {
        switch self {
        case .smooth: return .smooth
        case .erratic: return .erratic
        case .intermittent: return .intermittent
        case .lumpy: return .lumpy
        case .seasonal: return nil
        }
    }

    /// The pattern of a uniform draw `u` in [0, 1): the cases in order, each
    /// taking its share of the unit interval.
    package init(uniform u: Double) {
        var upper = 0.0
        for pattern in Self.allCases {
            upper += pattern.share
            if u < upper {
                self = pattern
                return
            }
        }
        self = .seasonal  // u within rounding of 1
    }
}
