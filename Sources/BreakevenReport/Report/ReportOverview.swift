import BreakevenCore
import BreakevenCSV

/// What the report says of the whole catalog before its table of SKUs: the
/// counts, the totals, SKUs per class and model, and the SKUs of best saving
/// shown in detail. Built one SKU at a time, in file order, so that a
/// catalog can be streamed: only the detailed SKUs are kept. With
/// `--simulate`, each SKU comes with its referee verdict: the verdicts are
/// added up, and only the detailed SKUs' are kept.
package struct ReportOverview: Sendable {
    /// The file name, for the page.
    package var file: String
    /// SKUs evaluated.
    package private(set) var skuCount = 0
    /// Rows rejected.
    package var rejectedCount = 0
    /// Totals over the SKUs.
    package private(set) var summary = PortfolioSummary()
    /// SKUs per XYZ class and recommended model.
    package private(set) var stability: [StabilityClass: [FulfilmentModel: Int]] = [:]
    /// Whether the table ranks the SKUs by saving (else file order).
    package var ranked: Bool
    /// How many SKUs to show in detail.
    package let detailCount: Int
    /// How the SKUs were simulated (`--simulate`); `nil` when they were not.
    package let simulation: SimulationOptions?
    /// The referee verdicts added up, in file order; `nil` without ``simulation``.
    package private(set) var referee: RefereeSummary?
    private var best = BestSavings()

    /// Nothing added yet; `detailCount` SKUs of best saving will be
    /// detailed; `simulation`, the options the SKUs were simulated with when
    /// each comes with its referee verdict.
    package init(file: String, detailCount: Int, ranked: Bool = true, simulation: SimulationOptions? = nil) {
        self.file = file
        self.detailCount = max(0, detailCount)
        self.ranked = ranked
        self.simulation = simulation
        referee = simulation == nil ? nil : RefereeSummary()
    }

    /// Adds the next SKU of the file, with its referee `verdict` when the
    /// SKUs are simulated (`entry` then holds the evaluation shown).
    package mutating func add(_ entry: CatalogEvaluation.Entry, verdict: RefereeVerdict? = nil) {
        let decision = entry.evaluation.decision
        summary.add(entry.evaluation)
        stability[decision.stability, default: [:]][decision.recommended, default: 0] += 1
        if let verdict { referee?.add(verdict) }
        best.add(entry, verdict: verdict, saving: decision.saving, keeping: detailCount)
        skuCount += 1
    }

    /// The SKUs shown in detail, best saving first (ties in file order).
    package var detailed: [CatalogEvaluation.Entry] { best.top(detailCount).map(\.entry) }

    /// The referee verdicts of ``detailed``, in the same order; `nil` for a
    /// SKU added without one.
    package var detailedVerdicts: [RefereeVerdict?] { best.top(detailCount).map(\.verdict) }
}

/// The entries of best saving among those added, in the order of
/// ``CatalogEvaluation/rankedBySaving()``: saving first, SKUs without one
/// last, ties in the order added. Keeps at most about twice the count asked.
struct BestSavings: Sendable {
    /// An entry kept, with its referee verdict when simulated.
    struct Kept: Sendable {
        var entry: CatalogEvaluation.Entry
        var verdict: RefereeVerdict?
    }

    private var entries: [Kept] = []
    private var savings: [Double?] = []

    mutating func add(
        _ entry: CatalogEvaluation.Entry, verdict: RefereeVerdict? = nil, saving: Double?, keeping count: Int
    ) {
        guard count > 0 else { return }
        entries.append(Kept(entry: entry, verdict: verdict))
        savings.append(saving)
        if entries.count >= 2 * count + 64 { trim(to: count) }
    }

    /// The best `count`, in order.
    func top(_ count: Int) -> [Kept] {
        let order = CatalogEvaluation.orderBySaving(savings).prefix(count)
        return order.map { entries[$0] }
    }

    /// Keeps the best `count`, in the order added (so ties still go to the first added).
    private mutating func trim(to count: Int) {
        let kept = CatalogEvaluation.orderBySaving(savings).prefix(count).sorted()
        entries = kept.map { entries[$0] }
        savings = kept.map { savings[$0] }
    }
}
