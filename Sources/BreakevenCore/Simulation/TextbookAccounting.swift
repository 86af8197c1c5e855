/// The accounting of inventory textbooks, to reproduce their published
/// instances in tests. **Not a product feature**: the tool's models lose the
/// sales they cannot serve and charge holding per unit-day, which is what
/// ``SimulatedModel`` does when this is `nil`.
///
/// With it, a run earns no revenue and its profit is minus its cost: the
/// purchase orders at their order cost, plus h per unit on hand and p per unit
/// backordered, either per unit-day (continuous time, as in the (r, Q) models
/// of Hadley & Whitin and Zipkin) or per unit at each period end (as in
/// periodic-review models: Snyder & Shen, *Fundamentals of Supply Chain
/// Theory*, ch. 4).
package struct TextbookAccounting: Sendable, Equatable {
    /// Unfilled demand waits for stock (backorders) instead of being lost.
    package var backorders: Bool
    /// h: money per unit on hand per day, or per period end when `periodDays` is set.
    package var holdingCost: Double
    /// p: money per unit backordered per day, or per period end when `periodDays` is set.
    package var backorderCost: Double
    /// Periods of this many days, from day 0, whose ends are charged; `nil`
    /// for continuous charging.
    package var periodDays: Double?

    /// Textbook accounting; see the properties for units.
    package init(
        backorders: Bool, holdingCost: Double, backorderCost: Double, periodDays: Double? = nil
    ) {
        self.backorders = backorders
        self.holdingCost = holdingCost
        self.backorderCost = backorderCost
        self.periodDays = periodDays
    }
}
