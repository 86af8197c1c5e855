import TestSupport
import Testing

@testable import BreakevenCore
@testable import BreakevenCSV
@testable import BreakevenReport

@Suite("HTML report")
struct HTMLReportTests {
    @Test func isWellFormedXMLWithEveryPart() throws {
        let catalog = try ReportFixtures.evaluation()
        let html = HTMLReport(catalog, detailCount: 2).html()
        #expect(
            html.hasPrefix(
                "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">"))
        let root = try parseXML(html)
        #expect(root.name == "html")
        #expect(root.all("title").first?.allText == "Breakeven report: shop & co.csv")
        let sections = root.all("section").compactMap { $0["id"] }
        #expect(sections == ["portfolio", "skus", "details"])
        #expect(root.all("table", class: "skus").first?.all("tbody").first?.all("tr").count == 5)
        #expect(root.all("article", class: "sku").count == 2)
        // Four summary cards, three of them with a bar chart, one with the cross-table.
        #expect(root.all("div", class: "card").count == 4)
        #expect(root.all("section").first?.all("svg").count == 3)
        #expect(root.all("table", class: "cross").count == 1)
        // Two charts per SKU in detail.
        #expect(root.all("article").first?.all("svg").count == 2)
    }

    @Test func linksLeadToTheDetailedSKUs() throws {
        let root = try parseXML(HTMLReport(try ReportFixtures.evaluation(), detailCount: 3).html())
        let ids = Set(root.all("article").compactMap { $0["id"] })
        let links = root.all("table", class: "skus").first?.all("a").compactMap { $0["href"] } ?? []
        #expect(links.count == 3)
        #expect(Set(links.map { String($0.dropFirst()) }) == ids)
    }

    @Test func loadsNothingFromOutside() throws {
        let html = HTMLReport(try ReportFixtures.evaluation()).html()
        let root = try parseXML(html)
        #expect(root.all("link").isEmpty)
        #expect(root.all("img").isEmpty)
        #expect(root.all("script").allSatisfy { $0["src"] == nil })
        for element in root.descendants {
            for (name, value) in element.attributes where name == "href" || name == "src" {
                #expect(value.hasPrefix("#"), "\(name)=\(value)")
            }
        }
        #expect(!html.contains("@import"))
        #expect(!html.contains("url("))
    }

    @Test func markupInTheDataIsEscaped() throws {
        let root = try parseXML(HTMLReport(try ReportFixtures.evaluation(), detailCount: 5).html())
        let skus = root.all("table", class: "skus").first?.all("tr").compactMap {
            $0.children.dropFirst().first?.allText
        }
        #expect(skus?.contains("lamp<&>\"") == true)
        #expect(root.all("span", class: "name").contains { $0.allText == "Tom & Jerry's <mug>" })
    }

    @Test func theSameCatalogGivesTheSameBytes() throws {
        let catalog = try ReportFixtures.evaluation()
        #expect(HTMLReport(catalog).html() == HTMLReport(catalog).html())
    }

    @Test func portfolioNumbersAreTheTotals() throws {
        let catalog = try ReportFixtures.evaluation()
        let root = try parseXML(HTMLReport(catalog, detailCount: 0).html())
        let big = root.all("p", class: "big").map(\.allText)
        #expect(
            big == [
                NumberFormatting.money(catalog.summary.profitRecommended),
                NumberFormatting.money(catalog.summary.workingCapitalRecommended),
            ])
        // SKUs per model: 4 VIRTUAL out of 5, by hand: the four that only sell virtually. The
        // lamp stocks at 18 + 2.50 pick-pack + parcel against 30 + 6 and 9 days' delivery virtually.
        let values = root.all("section").first?.all("text", class: "value").map(\.allText) ?? []
        #expect(values.contains("4 (80%)"))
        #expect(root.all("section").filter { $0["id"] == "details" }.isEmpty)
    }

    @Test(arguments: [(0.0, "0.00"), (1_234.5, "+1,234.50"), (-3.0, "−3.00"), (-0.001, "0.00")])
    func signedMoney(value: Double, text: String) {
        #expect(HTMLReport.signed(value) == text)
    }

    // MARK: Italian

    @Test func italianLangTitleAndSections() throws {
        let html = HTMLReport(try ReportFixtures.evaluation(), detailCount: 2, language: .italian).html()
        #expect(
            html.hasPrefix("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"it\">"))
        let root = try parseXML(html)
        #expect(root.all("title").first?.allText == "Rapporto Breakeven: shop & co.csv")
        #expect(root.all("h1").first?.allText == "Rapporto Breakeven")
        #expect(
            root.all("p", class: "meta").first?.allText
                == "shop & co.csv · 5 SKU · importi al mese nella valuta del catalogo, salvo dove indicato per unità")
        #expect(root.all("nav").first?.all("a").map(\.allText) == ["Portafoglio", "Tutti gli SKU", "I primi 2 in dettaglio"])
        #expect(root.all("h2").map(\.allText) == ["Portafoglio", "Tutti gli SKU", "I 2 risparmi maggiori in dettaglio"])
        #expect(
            root.all("h3").prefix(4).map(\.allText) == [
                "Profitto mensile", "Capitale circolante", "SKU per modello consigliato", "Stabilità e modello consigliato",
            ])
        let portfolio = try #require(root.all("section").first)
        #expect(portfolio.all("text", class: "label").prefix(2).map(\.allText) == ["oggi", "consigliato"])
        #expect(portfolio.all("svg").first?.all("title").first?.allText == "Profitto mensile oggi e consigliato")
        #expect(root.all("span", class: "script").first?.allText == "Clicca sul titolo di una colonna per ordinare.")
        #expect(
            root.all("footer").first?.allText
                == "Generato da breakeven a partire da shop & co.csv. Le formule dietro ogni numero: docs/decision-math.md.")
        #expect(html.contains("'clicca per ordinare'"))
        #expect(!html.contains("'click to sort'"))
    }

    @Test func italianDetailTitleWhenEverySKUOrOneIsShown() throws {
        let catalog = try ReportFixtures.evaluation()
        let every = try parseXML(HTMLReport(catalog, detailCount: 5, language: .italian).html())
        #expect(every.all("h2").last?.allText == "Tutti gli SKU in dettaglio")
        let one = try parseXML(HTMLReport(catalog, detailCount: 1, language: .italian).html())
        #expect(one.all("h2").last?.allText == "Il risparmio maggiore in dettaglio")
    }

    @Test func italianPageHoldsNoEnglish() throws {
        let catalog = try ReportFixtures.evaluation()
        let italian = HTMLReport(catalog, detailCount: 5, language: .italian).html()
        #expect(Untranslated.found(Untranslated.report, in: Untranslated.readable(markup: italian)) == [])
        // The same list finds the English it is made of.
        let english = Untranslated.readable(markup: HTMLReport(catalog, detailCount: 5).html())
        #expect(Untranslated.found(["Breakeven report", "Why", "Monthly profit", "Break-even"], in: english).count == 4)
    }

    // MARK: report --simulate

    /// ``ReportFixtures``' five SKUs with verdicts in agreement (``SimulationFixtures/agreeing(_:)``).
    static func simulated(language: Language = .english, detailCount: Int = 5) throws -> String {
        let catalog = try ReportFixtures.evaluation()
        let verdicts = catalog.entries.map { SimulationFixtures.agreeing($0.evaluation) }
        return HTMLReport(
            catalog, verdicts: verdicts, options: SimulationOptions(), detailCount: detailCount, language: language
        ).html()
    }

    @Test func simulatedReportHasTheCardTheBandsAndTheWords() throws {
        let catalog = try ReportFixtures.evaluation()
        let html = try Self.simulated()
        let root = try parseXML(html)
        #expect(root.all("p", class: "meta").first?.allText.contains(" · checked by simulation, seed 1 · ") == true)
        #expect(root.all("nav").first?.all("a").compactMap { $0["href"] }.contains("#simulation") == true)
        let card = try #require(root.all("div", class: "card").first { $0["id"] == "simulation" })
        // Every model agrees on every SKU: 5 of 5.
        #expect(card.all("p", class: "big").map(\.allText) == ["100.0%"])
        #expect(root.all("div", class: "card").count == 5)
        #expect(html.contains(".card.simulation { grid-column: 1 / -1; }"))
        let articles = root.all("article", class: "sku")
        #expect(articles.count == 5)
        for article in articles {
            #expect(article.all("ul", class: "simulation").first?.all("li").count == 4)
            // One band per evaluated model in the profit chart.
            let chart = try #require(article.all("svg").first)
            let models = chart.all("polyline", class: "curve").compactMap { $0["data-model"] }
            #expect(Set(chart.all("rect", class: "sim-band").compactMap { $0["data-model"] }) == Set(models))
        }
        // In agreement, the evaluations shown are the analytic ones: the table is the plain report's.
        let plain = HTMLReport(catalog, detailCount: 5).html()
        func rows(_ page: String) throws -> [String] {
            try parseXML(page).all("table", class: "skus").first?.all("tbody").first?.all("tr").map(\.allText) ?? []
        }
        #expect(try rows(html) == rows(plain))
    }

    @Test func withoutSimulationNothingOfItAppears() throws {
        let plain = HTMLReport(try ReportFixtures.evaluation(), detailCount: 5).html()
        for piece in ["simulation", "sim-band", "analytic-mark", "P10", "Checked by", "regret", "model_risk"] {
            #expect(!plain.contains(piece), "\(piece)")
        }
    }

    @Test func italianSimulatedPageHoldsNoEnglish() throws {
        let italian = Untranslated.readable(markup: try Self.simulated(language: .italian))
        #expect(Untranslated.found(Untranslated.report, in: italian) == [])
        #expect(Untranslated.found(Untranslated.simulationReport, in: italian) == [])
        #expect(italian.contains("Verificato con la simulazione") && italian.contains("P10–P90 simulato"))
        // The list finds the English it is made of.
        let english = Untranslated.readable(markup: try Self.simulated())
        #expect(Untranslated.found(["Checked by simulation", "regret", "P10–P90 simulated"], in: english).count == 3)
    }
}
