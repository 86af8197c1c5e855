import TestSupport
import Testing

@testable import BreakevenCore

@Suite("Decision flags")
struct DecisionFlagTests {
    /// Every subset of the six flags, inserted last first and twice over,
    /// comes out once each in declaration order.
    @Test func setKeepsEachFlagOnceInOrder() {
        let all = DecisionFlag.allCases
        for mask in 0..<(1 << all.count) {
            let chosen = all.indices.filter { mask & (1 << $0) != 0 }.map { all[$0] }
            var set = DecisionFlag.Set()
            for flag in chosen.reversed() + chosen { set.insert(flag) }
            #expect(set.inOrder == chosen)
            for flag in all { #expect(set.contains(flag) == chosen.contains(flag)) }
        }
    }
}
