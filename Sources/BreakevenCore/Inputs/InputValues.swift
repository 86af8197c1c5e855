/// Numeric inputs by name, each given or not: one SKU's row, a set of
/// settings defaults, or a set of overrides.
package struct InputValues: Sendable, Equatable {
    /// Indexed by ``InputName/ordinal``; NaN means "not given" (a NaN is never
    /// accepted as a value, so it cannot collide). Inline: no heap allocation.
    private var storage = InlineArray<56, Double>(repeating: .nan)

    /// No value given.
    package init() {}

    /// The given values.
    package init(_ values: [InputName: Double]) {
        self.init()
        for (name, value) in values { self[name] = value }
    }

    /// The value of `name`, or `nil` when not given. Setting `nil` removes it.
    ///
    /// The getter is inlined: called, it read the inline storage through a
    /// copy of all of it, 8 bytes an input (a memcpy per lookup, 6% of a rank run's
    /// instructions).
    package subscript(name: InputName) -> Double? {
        @inline(__always) get {
            let value = storage[name.ordinal]
            return value.isNaN ? nil : value
        }
        set {
            precondition(newValue.map { !$0.isNaN } ?? true, "NaN is not an input value")
            storage[name.ordinal] = newValue ?? .nan
        }
    }

    /// The names with a value, in reference order.
    package var givenNames: [InputName] {
        InputName.allCases.filter { !storage[$0.ordinal].isNaN }
    }

    /// Whether no value is given.
    package var isEmpty: Bool { givenNames.isEmpty }

    package static func == (lhs: InputValues, rhs: InputValues) -> Bool {
        InputName.allCases.allSatisfy { lhs[$0] == rhs[$0] }
    }
}
