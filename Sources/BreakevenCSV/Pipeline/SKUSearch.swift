import BreakevenCore

/// The SKUs a run looks for (those of `--only`, the one `explain` is about),
/// followed as the catalog streams by: which were seen, and for those that
/// were not, the nearest SKU of the file, for "did you mean …?".
package struct SKUSearch: Sendable {
    /// What a row's SKU turned out to be.
    package enum Fate: Sendable {
        /// Read, resolved and evaluated.
        case ranked
        /// Read, then rejected because its inputs cannot be used together.
        case unresolved
        /// Rejected for a bad value or a repeat: its SKU as written.
        case rejected
    }

    /// The names looked for, as given.
    package let names: [String]
    /// The names that some row has as its SKU.
    package private(set) var seen: Set<String> = []
    private var nearestRanked: [NameSuggestion.Nearest]
    private var nearestRead: [NameSuggestion.Nearest]
    private var nearestRejected: [NameSuggestion.Nearest]

    /// The positions of the names not seen yet: only they need a suggestion.
    private var unseen: [Int]
    /// Each name's positions in ``names``.
    private let positions: [String: [Int]]

    /// A search for `names`.
    package init(_ names: [String] = []) {
        self.names = names
        nearestRanked = names.map(NameSuggestion.Nearest.init(to:))
        nearestRead = nearestRanked
        nearestRejected = nearestRanked
        unseen = Array(names.indices)
        positions = Dictionary(grouping: names.indices, by: { names[$0] })
    }

    /// Weighs the SKU of one row, in file order.
    package mutating func consider(_ sku: String, _ fate: Fate) {
        guard !unseen.isEmpty else { return }
        if let found = positions[sku] {
            seen.insert(sku)
            unseen.removeAll { found.contains($0) }
        }
        for index in unseen {
            switch fate {
            case .ranked:
                nearestRanked[index].consider(sku)
                nearestRead[index].consider(sku)
            case .unresolved: nearestRead[index].consider(sku)
            case .rejected: nearestRejected[index].consider(sku)
            }
        }
    }

    /// The nearest ranked SKU to `name`, when close enough.
    package func nearestRanked(to name: String) -> String? {
        names.firstIndex(of: name).flatMap { nearestRanked[$0].suggestion }
    }

    /// The nearest SKU of any row to `name` — rows read first, then rejected
    /// rows' SKUs as written — when close enough.
    package func nearestInFile(to name: String) -> String? {
        names.firstIndex(of: name).flatMap { nearestRead[$0].merged(with: nearestRejected[$0]).suggestion }
    }
}
