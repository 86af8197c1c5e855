/// Where the value of an input came from.
package enum InputSource: String, Sendable, Equatable, CaseIterable, CustomStringConvertible {
    /// The SKU's own row.
    case row
    /// A settings default (settings file or `--default`).
    case settings
    /// The built-in default of MODEL.md §1.
    case builtIn = "default"
    /// Worked out from other inputs (rate card, history, volume × rate, …).
    case derived
    /// Replaced by a `--set NAME=VALUE`.
    case override
    /// Scaled or shifted by a `--set`, from a value of another source.
    case adjusted

    /// The lower-case name shown in `explain`.
    package var description: String { rawValue }

    /// Position in ``allCases``.
    var index: Int {
        switch self {
        case .row: return 0
        case .settings: return 1
        case .builtIn: return 2
        case .derived: return 3
        case .override: return 4
        case .adjusted: return 5
        }
    }

    /// Whether the value is an assumption rather than the merchant's figure.
    package var isDefault: Bool { self == .settings || self == .builtIn }
}

/// The value and source of every input that one SKU's evaluation used.
///
/// Stored inline (no heap allocation per SKU): a value and a source slot per
/// input, indexed by ``InputName/ordinal``.
package struct InputTrace: Sendable, Equatable {
    /// One used input.
    package struct Entry: Sendable, Equatable {
        /// The input.
        package var name: InputName
        /// Its value.
        package var value: Double
        /// Where the value came from.
        package var source: InputSource
    }

    private var values = InlineArray<56, Double>(repeating: 0)
    /// 0 for "not used", else 1 + the source's index in ``InputSource/allCases``.
    private var sources = InlineArray<56, UInt8>(repeating: 0)

    /// An empty trace.
    package init() {}

    /// The used inputs, in reference order.
    package var entries: [Entry] {
        InputName.allCases.compactMap { name in
            let slot = sources[name.ordinal]
            guard slot > 0 else { return nil }
            return Entry(name: name, value: values[name.ordinal], source: InputSource.allCases[Int(slot) - 1])
        }
    }

    /// The value recorded for `name`, if it was used.
    ///
    /// Inlined, as the other lookups here: a call reads the inline storage
    /// through a copy of all of it (see ``InputValues``).
    @inline(__always)
    package func value(of name: InputName) -> Double? {
        sources[name.ordinal] > 0 ? values[name.ordinal] : nil
    }

    /// The source recorded for `name`, if it was used.
    @inline(__always)
    package func source(of name: InputName) -> InputSource? {
        let slot = sources[name.ordinal]
        return slot > 0 ? InputSource.allCases[Int(slot) - 1] : nil
    }

    /// Records one used input.
    mutating func record(_ name: InputName, _ value: Double, _ source: InputSource) {
        values[name.ordinal] = value
        sources[name.ordinal] = UInt8(source.index + 1)
    }

    /// Forgets `name`, as if it had not been used.
    mutating func remove(_ name: InputName) {
        values[name.ordinal] = 0
        sources[name.ordinal] = 0
    }

    /// The inputs whose values are defaults (settings or built-in), in reference
    /// order; policy inputs included only when `includingPolicy`.
    package func defaulted(includingPolicy: Bool = false) -> [InputName] {
        InputName.allCases.filter { name in
            guard let source = source(of: name) else { return false }
            return source.isDefault && (includingPolicy || !name.isPolicy)
        }
    }

    package static func == (lhs: InputTrace, rhs: InputTrace) -> Bool {
        lhs.entries == rhs.entries
    }
}
