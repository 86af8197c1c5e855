import TestSupport
import Testing

@testable import BreakevenCore
@testable import BreakevenCSV
@testable import BreakevenReport

@Suite("Stability against model table")
struct StabilityTableTests {
    @Test func countsByHand() throws {
        let catalog = try ReportFixtures.evaluation()
        let virtualOnly = catalog.entries.map(\.evaluation).filter { $0.models.count == 1 }
        let table = StabilityTable(virtualOnly)
        // tee-x1 (cv 0.1), tee-x2 (0.1), tee-y (0.7), tee-z (1.5): all VIRTUAL.
        #expect(table.count(.x, .virtual) == 2)
        #expect(table.count(.y, .virtual) == 1)
        #expect(table.count(.z, .virtual) == 1)
        #expect(table.count(.x, .stocked) == 0)
        let root = try parseXML(table.html())
        let rows = root.all("tbody").first?.all("tr") ?? []
        #expect(
            rows.map { $0.all("td").map(\.allText) } == [
                ["2", "0", "0", "0", "2"], ["1", "0", "0", "0", "1"], ["1", "0", "0", "0", "1"],
            ])
        #expect(
            root.all("tfoot").first?.all("td").map(\.allText) == ["Total", "4", "0", "0", "0", "4"])
        // Tinted by share of the largest cell; empty cells are not.
        let tinted = rows.flatMap { $0.all("td") }.filter { $0["style"] != nil }
        #expect(tinted.count == 3)
    }

    @Test func italianTitlesAndClasses() throws {
        let catalog = try ReportFixtures.evaluation()
        let root = try parseXML(StabilityTable(catalog.entries.map(\.evaluation), language: .italian).html())
        let titles = root.all("thead").first?.all("th").map(\.allText)
        #expect(titles == ["Classe", "VIRTUAL", "STOCKED", "MARKETPLACE", "HYBRID", "Totale"])
        let rows = root.all("tbody").first?.all("th").map(\.allText)
        #expect(rows == ["X stabile", "Y variabile", "Z volatile"])
        #expect(root.all("tfoot").first?.all("td").first?.allText == "Totale")
    }
}
