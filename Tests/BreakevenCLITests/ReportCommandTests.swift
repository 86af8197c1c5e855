import Foundation
import TestSupport
import Testing

import BreakevenCSV

@testable import BreakevenCLI

@Suite("breakeven report")
struct ReportCommandTests {
    static let catalog = testDirectory.appendingPathComponent("../../examples/catalog.csv")
        .standardized.path

    @Test func helpSnapshots() {
        assertSnapshot(breakeven(["report", "--help"]).out, named: "report-help.txt")
        assertSnapshot(breakeven(["--help"]).out, named: "help.txt")
    }

    @Test func writesOnePageToStandardOutputOrToOut() throws {
        let run = breakeven(["report", Self.catalog])
        #expect(run.status == .success)
        #expect(run.out.hasPrefix("<!DOCTYPE html>"))
        #expect(run.err.hasSuffix(": 28 rows read, 28 ranked, 0 rejected\n"))
        let page = try parseXML(run.out)
        #expect(page.all("table", class: "skus").first?.all("tbody").first?.all("tr").count == 28)
        // The 20 best savings in detail by default.
        #expect(page.all("article", class: "sku").count == 20)
        let written = breakeven(["report", Self.catalog, "--out", "report.html"])
        #expect(written.out.isEmpty)
        #expect(written.file("report.html") == run.out)
    }

    @Test func topChoosesHowManySKUsAreCharted() throws {
        let page = try parseXML(breakeven(["report", Self.catalog, "--top", "3"]).out)
        let articles = page.all("article", class: "sku")
        // The three best savings of the example catalog (README's rank table).
        #expect(
            articles.map { $0.all("h3").first?.allText ?? "" } == [
                "1.whey-protein-1kg", "2.charger-usbc-20w", "3.cable-usbc-2m",
            ])
        #expect(breakeven(["report", Self.catalog, "--top", "0"]).status == .usage)
    }

    @Test func onlyRestrictsTheReportAndChartsEverySKUNamed() throws {
        let run = breakeven(["report", Self.catalog, "--only", "sofa-3-seat-grey,cable-usbc-2m"])
        #expect(run.status == .success)
        let page = try parseXML(run.out)
        #expect(page.all("table", class: "skus").first?.all("tbody").first?.all("tr").count == 2)
        #expect(page.all("article", class: "sku").count == 2)
        #expect(run.err.hasSuffix(", 26 left out by --only\n"))
        let typo = breakeven(["report", Self.catalog, "--only", "sofa-3-seat-gray"])
        #expect(typo.status == .usage)
        #expect(typo.err.contains("Did you mean 'sofa-3-seat-grey'?"))
    }

    @Test func rejectedRowsAreReportedAndLeftOut() throws {
        let csv = "sku,price,monthly_demand,virtual_unit_cost\ngood,20,10,8\nbad,abc,3,4\n"
        let run = breakeven(["report", "-"], stdin: csv)
        #expect(run.status == .dataError)
        #expect(run.err.contains("<stdin>:3:2: error: 'abc' is not a number (column price)"))
        let page = try parseXML(run.out)
        #expect(
            page.all("p", class: "meta").first?.allText.contains("1 row rejected (not shown)")
                == true)
    }

    /// A 10,000-SKU catalog, generated: the report stays under 5 MB and parses.
    @Test func tenThousandSKUsStayUnderFiveMegabytes() throws {
        let csv = Self.generatedCatalog(count: 10_000)
        let clock = ContinuousClock()
        var run: Run?
        let elapsed = clock.measure { run = breakeven(["report", "-"], stdin: csv) }
        let report = try #require(run)
        #expect(report.status == .success)
        let bytes = report.out.utf8.count
        #expect(bytes < 5_000_000, "the report is \(bytes) bytes")
        let page = try parseXML(report.out)
        #expect(
            page.all("table", class: "skus").first?.all("tbody").first?.all("tr").count == 10_000)
        #expect(page.all("article", class: "sku").count == 20)
        print("report of 10,000 SKUs: \(bytes) bytes in \(elapsed) (debug build, in-process)")
    }

    /// `count` SKUs with prices, demands, costs and variability spread by a
    /// fixed linear congruential generator, so every run gets the same file.
    static func generatedCatalog(count: Int) -> String {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
        let models = ["", "virtual", "stocked", "marketplace"]
        var text =
            "sku,price,monthly_demand,demand_sd,weight_kg,volume_l,virtual_unit_cost,stocked_unit_cost,"
        text += "marketplace_fulfillment_fee,moq,current_model\n"
        for index in 0..<count {
            let price = 5 + 300 * next() * next()
            let demand = (2000 * next() * next() * next()).rounded()
            let sd = demand * (0.1 + 1.2 * next())
            let virtualCost = price * (0.4 + 0.25 * next())
            let stockedCost = virtualCost * (0.5 + 0.4 * next())
            let fee = next() < 0.3 ? "" : String(format: "%.2f", 2 + 6 * next())
            let model = models[Int(next() * 4)]
            text +=
                "sku-\(index),\(String(format: "%.2f", price)),\(Int(demand)),\(String(format: "%.1f", sd)),"
            text +=
                "\(String(format: "%.2f", 0.1 + 5 * next())),\(String(format: "%.1f", 0.2 + 20 * next())),"
            text +=
                "\(String(format: "%.2f", virtualCost)),\(String(format: "%.2f", stockedCost)),\(fee),"
            text += "\(Int(1 + 100 * next())),\(model)\n"
        }
        return text
    }

    /// `--sort none`: the same page but for the table, whose rows are in
    /// file order and numbered by their place in the file; the summary and
    /// the details (the best savings, picked in the first reading) unchanged.
    @Test func sortNoneStreamsTheTableInFileOrder() throws {
        let sorted = breakeven(["report", Self.catalog, "--top", "5"])
        let streamed = breakeven(["report", Self.catalog, "--top", "5", "--sort", "none", "--threads", "2"])
        #expect(streamed.status == .success)
        #expect(streamed.err == sorted.err)
        let a = try parseXML(sorted.out)
        let b = try parseXML(streamed.out)
        for id in ["portfolio", "details"] {
            let one = a.all("section").first { $0["id"] == id }
            let other = b.all("section").first { $0["id"] == id }
            #expect(one?.allText == other?.allText, "\(id)")
        }
        func rows(_ page: XMLElementNode) -> [[String]] {
            page.all("table", class: "skus").first?.all("tbody").first?.all("tr").map { $0.all("td").map(\.allText) } ?? []
        }
        let ranked = rows(a)
        let inFileOrder = rows(b)
        #expect(inFileOrder.map { $0[0] } == (1...28).map(String.init))
        #expect(Set(inFileOrder.map { $0.dropFirst() }) == Set(ranked.map { $0.dropFirst() }))
        // File order: the SKUs as the catalog lists them.
        let file = try String(contentsOfFile: Self.catalog, encoding: .utf8)
        let skus = file.split(separator: "\n").dropFirst().map { String($0.prefix { $0 != "," }) }
        #expect(inFileOrder.map { $0[1] } == skus)
        #expect(b.allText.contains("In file order."))
    }

    @Test func sortNoneNeedsAFile() {
        let run = breakeven(["report", "-", "--sort", "none"], stdin: "sku,price,monthly_demand,virtual_unit_cost\na,10,5,4\n")
        #expect(run.status == .usage)
        #expect(run.err.contains("--sort none reads the file twice"))
    }

    /// With --only and --sort none, every SKU named is charted, as sorted.
    @Test func sortNoneWithOnly() throws {
        let arguments = ["report", Self.catalog, "--only", "sofa-3-seat-grey,armchair-velvet"]
        let sorted = try parseXML(breakeven(arguments).out)
        let streamed = try parseXML(breakeven(arguments + ["--sort", "none"]).out)
        #expect(streamed.all("article", class: "sku").count == 2)
        #expect(
            streamed.all("section").first { $0["id"] == "details" }?.allText
                == sorted.all("section").first { $0["id"] == "details" }?.allText)
    }

    // MARK: --simulate

    /// Three SKUs of the example catalog, simulated with the default rule
    /// (a few hundred runs each): the armchair and the pet bed, flagged
    /// model_risk in README's `simulate`, and the phone case.
    static let simulated = ["--only", "armchair-velvet,phone-case-iphone16,pet-bed-large"]

    /// A CSV output's records by SKU, each a dictionary of column to cell.
    static func records(_ csv: String) -> [String: [String: String]] {
        var reader = CSVReader(bytes: Array(csv.utf8))
        var lines: [[String]] = []
        while case .success(let record)? = reader.next() { lines.append(record.fields) }
        guard let header = lines.first else { return [:] }
        var rows: [String: [String: String]] = [:]
        for line in lines.dropFirst() where line.count == header.count {
            rows[line[0]] = Dictionary(uniqueKeysWithValues: zip(header, line))
        }
        return rows
    }

    /// The report's table: per SKU, the cells after the rank.
    static func tableRows(_ page: XMLElementNode) -> [String: [String]] {
        var rows: [String: [String]] = [:]
        for row in page.all("table", class: "skus").first?.all("tbody").first?.all("tr") ?? [] {
            let cells = row.all("td").map(\.allText)
            rows[cells[1]] = Array(cells.dropFirst())
        }
        return rows
    }

    /// `report --simulate`'s table says what `rank --simulate` ranks: the
    /// same recommendation, each model's profit to the cent, the flags.
    @Test func simulateShowsRankSimulatesRows() throws {
        let report = breakeven(["report", Self.catalog, "--simulate"] + Self.simulated)
        #expect(report.status == .success)
        let rank = breakeven(
            ["rank", Self.catalog, "--simulate", "--format", "csv", "--output-locale", "plain"] + Self.simulated)
        let records = Self.records(rank.out)
        let page = try parseXML(report.out)
        let rows = Self.tableRows(page)
        #expect(rows.count == 3 && records.count == 3)
        // Columns after the rank: SKU, class, demand, today, recommended, the four profits, saving, break-even, flags.
        for (sku, record) in records {
            let cells = try #require(rows[sku], "\(sku)")
            #expect(cells[4] == record["recommended"], "\(sku)")
            for (index, model) in ["virtual", "stocked", "marketplace", "hybrid"].enumerated() {
                let expected = record["\(model)_profit"] ?? ""
                let shown = cells[5 + index]
                if expected.isEmpty {
                    #expect(shown == "—")
                } else {
                    let value = try #require(Double(shown.replacingOccurrences(of: ",", with: "")))
                    #expect(abs(value - (try #require(Double(expected)))) <= 0.005, "\(sku) \(model)")
                }
            }
            #expect(
                cells[11].split(separator: " ").map(String.init)
                    == (record["flags"] ?? "").split(separator: "|").map(String.init), "\(sku)")
        }
        // The armchair: flagged, its detail says the figures shown are the simulated ones.
        #expect(records["armchair-velvet"]?["flags"]?.contains("model_risk") == true)
        let armchair = try #require(
            page.all("article", class: "sku").first { $0.all("h3").first?.allText.hasSuffix("armchair-velvet") == true })
        let words = armchair.all("ul", class: "simulation").first?.all("li").map(\.allText) ?? []
        #expect(words.last?.hasPrefix("model_risk: the analytic profit of HYBRID") == true)
        #expect(armchair.all("rect", class: "sim-band").count == 3)
        // Without --simulate the armchair is HYBRID, as rank says.
        #expect(Self.tableRows(try parseXML(breakeven(["report", Self.catalog] + Self.simulated).out))["armchair-velvet"]?[4] == "HYBRID")
    }

    /// The card's analytic check is `simulate`'s summary of the same SKUs:
    /// agreement, the regret of the analytic recommendations, the cap.
    @Test func theCardSaysWhatSimulateSays() throws {
        let page = try parseXML(breakeven(["report", Self.catalog, "--simulate"] + Self.simulated).out)
        let card = try #require(page.all("div", class: "card").first { $0["id"] == "simulation" })
        let json = breakeven(["simulate", Self.catalog, "--format", "json"] + Self.simulated).out
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let summary = try #require(object["summary"] as? [String: Any])
        let agreement = try #require((summary["agreement"] as? [String: Any])?["all"] as? [String: Any])
        let within = try #require(agreement["all_models_within"] as? Int)
        #expect(card.all("p").map(\.allText)[1].contains("(\(within) of 3)"))
        let regret = try #require(summary["total_regret"] as? Double)
        let regretSE = try #require(summary["total_regret_se"] as? Double)
        let text = card.all("p").map(\.allText)[2]
        let match = try #require(text.firstMatch(of: /alone it would be ([0-9,.]+) ± ([0-9,.]+)/), "\(text)")
        func number(_ text: Substring) -> Double? { Double(text.replacingOccurrences(of: ",", with: "")) }
        #expect(abs(try #require(number(match.output.1)) - regret) <= 0.005)
        #expect(abs(try #require(number(match.output.2)) - regretSE) <= 0.005)
    }

    /// `--sort none --simulate`: the same portfolio and details as sorted,
    /// the table in file order with the same rows.
    @Test func simulateStreamed() throws {
        let sorted = breakeven(["report", Self.catalog, "--simulate"] + Self.simulated)
        let streamed = breakeven(["report", Self.catalog, "--simulate", "--sort", "none", "--threads", "2"] + Self.simulated)
        #expect(streamed.status == .success)
        #expect(streamed.err == sorted.err)
        let a = try parseXML(sorted.out)
        let b = try parseXML(streamed.out)
        for id in ["portfolio", "details"] {
            #expect(
                a.all("section").first { $0["id"] == id }?.allText == b.all("section").first { $0["id"] == id }?.allText,
                "\(id)")
        }
        #expect(b.all("div", class: "card").contains { $0["id"] == "simulation" })
        let ranked = Self.tableRows(a).mapValues { Array($0.dropFirst()) }
        let inFileOrder = Self.tableRows(b).mapValues { Array($0.dropFirst()) }
        #expect(ranked == inFileOrder)
    }

    @Test func simulateInItalianHoldsNoEnglish() throws {
        let run = breakeven(["report", Self.catalog, "--simulate", "--lang", "it"] + Self.simulated)
        #expect(run.status == .success)
        let text = Untranslated.readable(markup: run.out)
        #expect(Untranslated.found(Untranslated.report, in: text) == [])
        #expect(Untranslated.found(Untranslated.simulationReport, in: text) == [])
        #expect(text.contains("Verificato con la simulazione") && text.contains("Rischio di modello: "))
    }
}
