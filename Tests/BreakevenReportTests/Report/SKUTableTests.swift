import TestSupport
import Testing

@testable import BreakevenCore
@testable import BreakevenCSV
@testable import BreakevenReport

@Suite("Report table of SKUs")
struct SKUTableTests {
    @Test func oneRowPerSKUInTheOrderGivenWithEveryColumn() throws {
        let catalog = try ReportFixtures.evaluation()
        let ranked = catalog.rankedBySaving()
        let table = try parseXML(SKUTable(entries: ranked, anchors: [:]).html())
        let headers = table.all("th").map(\.allText)
        #expect(headers == SKUTable.titles(.english).map(\.title))
        let rows = table.all("tbody").first?.all("tr") ?? []
        #expect(rows.count == ranked.count)
        for (index, (row, entry)) in zip(rows, ranked).enumerated() {
            let cells = row.all("td").map(\.allText)
            #expect(cells.count == headers.count)
            #expect(cells[0] == "\(index + 1)")
            #expect(cells[1] == entry.evaluation.sku)
            #expect(cells[5] == entry.evaluation.decision.recommended.description)
        }
        #expect(table.all("a").isEmpty)
    }

    @Test func virtualOnlySKUsShowDashesForTheOtherModels() throws {
        let catalog = try ReportFixtures.evaluation()
        let entry = try #require(catalog.entries.first { $0.evaluation.sku == "tee-z" })
        let table = try parseXML(SKUTable(entries: [entry], anchors: ["tee-z": "sku-9"]).html())
        let cells = table.all("td").map(\.allText)
        // Class Z: cv 6 / 4 = 1.5 > 1, by hand. STOCKED, MARKETPLACE, HYBRID and the break-even: not evaluated.
        #expect(cells[2] == "Z")
        #expect(cells[7] == "—" && cells[8] == "—" && cells[9] == "—" && cells[11] == "—")
        #expect(table.all("a").first?["href"] == "#sku-9")
    }

    @Test func italianTitlesHintsAndFlags() throws {
        let catalog = try ReportFixtures.evaluation()
        let table = try parseXML(SKUTable(entries: catalog.rankedBySaving(), anchors: [:], language: .italian).html())
        let headers = table.all("th")
        #expect(
            headers.map(\.allText) == [
                "#", "SKU", "Classe", "Domanda", "Oggi", "Consigliato", "VIRTUAL", "STOCKED", "MARKETPLACE", "HYBRID",
                "Risparmio", "Pareggio", "Avvisi",
            ])
        #expect(headers[0]["title"] == "posizione per risparmio")
        #expect(headers[4]["title"] == "current_model, altrimenti VIRTUAL")
        #expect(headers[6]["title"] == "profitto mensile")
        #expect(headers[11]["title"] == "unità/mese sopra le quali STOCKED guadagna più di VIRTUAL")
        // The four VIRTUAL-only SKUs have one model: "un solo modello".
        let flags = table.all("td", class: "flags").map(\.allText)
        #expect(flags.filter { $0 == "un solo modello" }.count == 4)
    }
}
