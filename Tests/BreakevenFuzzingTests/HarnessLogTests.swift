import TestSupport
import Testing

@testable import BreakevenCore
@testable import BreakevenCSV
@testable import BreakevenReport
@testable import BreakevenFuzzing

@Suite("Fuzz harness log and parameters")
struct HarnessLogTests {
    @Test func recordsOnlyWhatFails() {
        var log = HarnessLog()
        log.check(true, "kept")
        #expect(log.passed)
        log.check(false, "broken")
        var other = HarnessLog()
        other.fail("lost a row")
        log.merge(other, context: "streaming")
        #expect(log.failures == ["broken", "streaming: lost a row"])
    }

    @Test func parametersDependOnlyOnTheInput() {
        var a = HarnessParameters(Array("sku,price".utf8))
        var b = HarnessParameters(Array("sku,price".utf8))
        let picks = (0..<20).map { _ in a.pick(1...64) }
        #expect(picks == (0..<20).map { _ in b.pick(1...64) })
        #expect(picks.allSatisfy { (1...64).contains($0) })
        #expect(Set(picks).count > 1)
    }
}
