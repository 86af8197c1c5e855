/// A way of getting a SKU to its buyers.
public enum FulfilmentModel: String, CaseIterable, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Dropship or print on demand: the supplier ships each order; no stock.
    case virtual
    /// Own warehouse or 3PL, replenished with an (r, Q) policy.
    case stocked
    /// The marketplace's fulfilment network (FBA-style), replenished with an (r, Q) policy.
    case marketplace
    /// A small base stock topped up every review period; overflow shipped virtually.
    case hybrid

    /// The name in output: `VIRTUAL`, `STOCKED`, `MARKETPLACE`, `HYBRID`.
    public var description: String {
        switch self {
        case .virtual: return "VIRTUAL"
        case .stocked: return "STOCKED"
        case .marketplace: return "MARKETPLACE"
        case .hybrid: return "HYBRID"
        }
    }

    /// Parses a model name as merchants write it: the four names in any case,
    /// and the usual synonyms (`dropship`, `pod`, `3pl`, `warehouse`, `fba`, …).
    package init?(parsing text: String) {
        if let model = FulfilmentModel(rawValue: text) {
            self = model
            return
        }
        let key = text.lowercased().filter { $0.isLetter || $0.isNumber }
        switch key {
        case "virtual", "dropship", "dropshipping", "pod", "printondemand": self = .virtual
        case "stocked", "stock", "warehouse", "3pl", "ownwarehouse", "fbm": self = .stocked
        case "marketplace", "fba", "amazonfba", "fulfilledbyamazon": self = .marketplace
        case "hybrid": self = .hybrid
        default: return nil
        }
    }

    /// Hashes the case, not its name: break-even volumes are kept by model,
    /// looked up several times per SKU, and a String hash each time showed.
    public func hash(into hasher: inout Hasher) { hasher.combine(index) }

    /// Order used for ties and tables: simpler models first.
    public static func < (lhs: FulfilmentModel, rhs: FulfilmentModel) -> Bool {
        lhs.index < rhs.index
    }

    /// The position in ``allCases``: simpler models first.
    package var index: Int {
        switch self {
        case .virtual: return 0
        case .stocked: return 1
        case .marketplace: return 2
        case .hybrid: return 3
        }
    }
}
