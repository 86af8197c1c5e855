/// Where the value of an input came from.
public enum InputSource: String, Sendable, Equatable, CustomStringConvertible {
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
    public var description: String { rawValue }

    /// Whether the value is an assumption rather than the merchant's figure.
    public var isDefault: Bool { self == .settings || self == .builtIn }
}

/// The value and source of every input that one SKU's evaluation used.
public struct InputTrace: Sendable, Equatable {
    /// One used input.
    public struct Entry: Sendable, Equatable {
        /// The input.
        public var name: InputName
        /// Its value.
        public var value: Double
        /// Where the value came from.
        public var source: InputSource
    }

    /// The used inputs, in the order they were resolved.
    public private(set) var entries: [Entry] = []

    /// Records one used input.
    mutating func record(_ name: InputName, _ value: Double, _ source: InputSource) {
        entries.append(Entry(name: name, value: value, source: source))
    }

    /// The inputs whose values are defaults (settings or built-in), in reference
    /// order; policy inputs included only when `includingPolicy`.
    public func defaulted(includingPolicy: Bool = false) -> [InputName] {
        entries.filter { $0.source.isDefault && (includingPolicy || !$0.name.spec.isPolicy) }
            .map(\.name).sorted()
    }
}
