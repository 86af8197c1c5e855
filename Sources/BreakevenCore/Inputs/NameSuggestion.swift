/// "Did you mean …?": the closest known name to a misspelt one.
package enum NameSuggestion {
    /// The candidate closest to `name` by edit distance, if it is close enough
    /// to be a plausible typo (at most a third of the name's length, and 3).
    package static func closest<S: Sequence>(to name: String, in candidates: S) -> String?
    where S.Element == String {
        var nearest = Nearest(to: name)
        for candidate in candidates { nearest.consider(candidate) }
        return nearest.suggestion
    }

    /// The closest candidate so far to one name, for candidates that come
    /// one at a time (the SKUs of a catalog as it streams by): the same
    /// answer as ``closest(to:in:)`` over them in the order considered.
    package struct Nearest: Sendable {
        private let target: [Character]
        /// The closest candidate so far, and its edit distance (the first of equals).
        package private(set) var best: (name: String, distance: Int)?

        private let targetCount: Int

        /// Nothing considered yet.
        package init(to name: String) {
            target = Array(name.lowercased())
            targetCount = name.count
        }

        /// Weighs one more candidate.
        package mutating func consider(_ candidate: String) {
            // A length more than 3 away is more than 3 edits away: never a
            // suggestion, so not worth the distance (`--only` with many SKUs
            // weighs every row's SKU against each).
            guard abs(candidate.count - targetCount) <= 3 else { return }
            let distance = editDistance(target, Array(candidate.lowercased()))
            if distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }

        /// The closer of two searches for the same name; `self` on a tie,
        /// as if its candidates had come first.
        package func merged(with other: Nearest) -> Nearest {
            guard let theirs = other.best, theirs.distance < (best?.distance ?? .max) else { return self }
            return other
        }

        /// The closest candidate when it is close enough to be a plausible
        /// typo (at most a third of the name's length, and 3).
        package var suggestion: String? {
            guard let best, best.distance <= min(3, max(1, target.count / 3)) else { return nil }
            return best.name
        }
    }

    /// The input name closest to `name`, for messages about unknown inputs.
    package static func input(near name: String) -> InputName? {
        closest(to: name, in: InputName.allCases.map(\.name)).flatMap(InputName.init(name:))
    }

    /// Edit distance counting insertions, deletions, substitutions and swaps
    /// of neighbours as one each (optimal string alignment), since a swapped
    /// pair is the commonest typo.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
