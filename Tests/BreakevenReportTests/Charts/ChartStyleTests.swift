import TestSupport
import Testing

@testable import BreakevenCore
@testable import BreakevenCSV
@testable import BreakevenReport

@Suite("Chart style")
struct ChartStyleTests {
    @Test func everyModelAndCostLineHasItsOwnColour() {
        let models = Set(FulfilmentModel.allCases.map(ChartStyle.colour))
        #expect(models.count == FulfilmentModel.allCases.count)
        let lines = Set(CostLine.allCases.map(ChartStyle.colour))
        #expect(lines.count == CostLine.allCases.count)
        #expect(models.isDisjoint(with: lines))
    }

    @Test func onlyHybridIsDashed() {
        #expect(FulfilmentModel.allCases.filter { ChartStyle.dash($0) != nil } == [.hybrid])
    }

    @Test func textWidthGrowsWithTheTextAndTheSize() {
        #expect(ChartStyle.textWidth("") == 0)
        #expect(ChartStyle.textWidth("MARKETPLACE") > ChartStyle.textWidth("marketplace"))
        #expect(ChartStyle.textWidth("1,000") < ChartStyle.textWidth("10,000"))
        #expect(ChartStyle.textWidth("abc", size: 22) == 2 * ChartStyle.textWidth("abc", size: 11))
        // Generous: at 11 user units Chromium draws these in DejaVu Sans
        // 80.5, 79.7, 49.0 and 157.5 wide (getComputedTextLength).
        #expect(ChartStyle.textWidth("MARKETPLACE") >= 80.5)
        #expect(ChartStyle.textWidth("recommended") >= 79.7)
        #expect(ChartStyle.textWidth("1,234.56") >= 49.0)
        #expect(ChartStyle.textWidth("STOCKED = VIRTUAL at 5.62") >= 157.5)
    }
}
