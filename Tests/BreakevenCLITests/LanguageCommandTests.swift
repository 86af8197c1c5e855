import Foundation
import TestSupport
import Testing

@testable import BreakevenCLI

/// `--lang it` on the commands that write words besides `rank`: explain,
/// report and chart, run in-process on the example catalog.
@Suite("--lang on the commands that write words")
struct LanguageCommandTests {
    static let catalog = testDirectory.appendingPathComponent("../../examples/catalog.csv")
        .standardized.path

    /// The numbers of a text, as written.
    static func numbers(_ text: some StringProtocol) -> [String] {
        String(text).matches(of: /[0-9][0-9,]*(\.[0-9]+)?/).map { String($0.output.0) }
    }

    /// The Italian words around the English output's own numbers: the
    /// figures are not written here, they are the English run's, line for line.
    @Test func explainInItalian() {
        let run = breakeven(["explain", "sofa-3-seat-grey", Self.catalog, "--lang", "it"])
        #expect(run.status == .success)
        let lines = run.out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let english = breakeven(["explain", "sofa-3-seat-grey", Self.catalog]).out
            .split(separator: "\n", omittingEmptySubsequences: false)
        #expect(english.count == lines.count)
        for (italian, english) in zip(lines, english) { #expect(Self.numbers(italian) == Self.numbers(english), "\(italian)") }
        #expect(lines[0].hasPrefix("SKU sofa-3-seat-grey (riga "))
        #expect(lines[1].hasPrefix("Consigliato HYBRID · più economico per unità HYBRID · oggi VIRTUAL · risparmio "))
        #expect(lines[1].hasSuffix(" al mese"))
        #expect(lines[2].hasPrefix("Domanda ") && lines[2].contains(" unità/mese, dev. std. "))
        #expect(lines[2].contains(" · variabile (Y, cv "))
        #expect(lines[3] == "Avvisi: nessuno")
        #expect(lines[5] == "Perché")
        #expect(lines[6].hasPrefix("  HYBRID guadagna ") && lines[6].contains(" al mese, ") && lines[6].contains(" più di STOCKED ("))
        #expect(run.out.contains("\nPolitica delle scorte\n"))
        #expect(run.out.contains("\nPunto di pareggio rispetto a VIRTUAL, unità/mese (oggi "))
    }

    @Test func explainJSONInItalianWordsOnlyTheReasons() throws {
        let italian = breakeven(["explain", "sofa-3-seat-grey", Self.catalog, "--format", "json", "--lang", "it"])
        #expect(italian.status == .success)
        let english = breakeven(["explain", "sofa-3-seat-grey", Self.catalog, "--format", "json"])
        let italianObject = try #require(
            try JSONSerialization.jsonObject(with: Data(italian.out.utf8)) as? [String: Any])
        let reasons = try #require(italianObject["reasons"] as? [String])
        let englishObject = try #require(
            try JSONSerialization.jsonObject(with: Data(english.out.utf8)) as? [String: Any])
        let englishReasons = try #require(englishObject["reasons"] as? [String])
        #expect(reasons.first?.hasPrefix("HYBRID guadagna ") == true)
        #expect(reasons.map { Self.numbers($0) } == englishReasons.map { Self.numbers($0) })
        let withoutReasons = { (text: String) in text.replacing(/"reasons": \[[^\]]*\]/, with: "") }
        #expect(withoutReasons(italian.out) == withoutReasons(english.out))
    }

    @Test func reportInItalian() throws {
        let run = breakeven(["report", Self.catalog, "--top", "2", "--lang", "it"])
        #expect(run.status == .success)
        #expect(run.out.contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"it\">"))
        let page = try parseXML(run.out)
        #expect(page.all("h1").first?.allText == "Rapporto Breakeven")
        #expect(page.all("h2").map(\.allText) == ["Portafoglio", "Tutti gli SKU", "I 2 risparmi maggiori in dettaglio"])
        #expect(page.all("article").first?.all("h4").first?.allText == "Perché")
        #expect(page.all("text", class: "axis-title").contains { $0.allText.hasPrefix("domanda mensile, unità") })
    }

    @Test func chartInItalian() throws {
        let text = breakeven(["chart", "sofa-3-seat-grey", Self.catalog, "--lang", "it"])
        #expect(text.status == .success)
        #expect(text.out.hasPrefix("sofa-3-seat-grey\nConsigliato HYBRID · oggi VIRTUAL · risparmio 554.37 al mese"))
        #expect(text.out.contains("\nPer unità venduta (prezzo 899.00; "))
        #expect(text.out.contains("◀ consigliato\n"))
        let svg = breakeven(["chart", "sofa-3-seat-grey", Self.catalog, "--svg", "-", "--lang", "it"])
        #expect(svg.status == .success)
        let root = try parseXML(svg.out)
        #expect(
            root.all("text", class: "axis-title").map(\.allText).starts(with: [
                "domanda mensile, unità", "profitto mensile",
            ]))
        #expect(root.all("text", class: "legend").contains { $0.allText == "HYBRID · consigliato" })
    }

    @Test(arguments: ["explain", "report", "chart"])
    func anUnknownLanguageIsAUsageError(_ command: String) {
        let arguments = command == "report" ? [command, Self.catalog] : [command, "sofa-3-seat-grey", Self.catalog]
        let run = breakeven(arguments + ["--lang", "fr"])
        #expect(run.status == .usage)
        #expect(run.err.contains("'--lang'"))
    }

    /// Every SKU of the example catalog explained, and its whole report: no English left.
    @Test func noEnglishLeftOnTheExampleCatalog() throws {
        let report = breakeven(["report", Self.catalog, "--top", "28", "--lang", "it"])
        #expect(report.status == .success)
        #expect(Untranslated.found(Untranslated.report, in: Untranslated.readable(markup: report.out)) == [])
        let rank = breakeven(["rank", Self.catalog, "--format", "csv"]).out
        let skus = rank.split(separator: "\n").dropFirst().map { String($0.prefix { $0 != "," }) }
        #expect(skus.count == 28)
        for sku in skus {
            let text = breakeven(["explain", sku, Self.catalog, "--lang", "it"]).out
            #expect(Untranslated.found(Untranslated.explain, in: text) == [], "explain \(sku)")
            let chart = breakeven(["chart", sku, Self.catalog, "--lang", "it"]).out
            #expect(Untranslated.found(Untranslated.explain + Untranslated.report, in: chart) == [], "chart \(sku)")
        }
    }

    /// whatif, flip, sensitivity and validate: their own words in Italian,
    /// the same numbers as in English (every number of the English output
    /// appears, in order, in the Italian one).
    @Test func whatIfFlipSensitivityAndValidateInItalian() throws {
        let scenarios = testDirectory.appendingPathComponent("../../examples/scenarios.json").standardized.path
        let cases: [(arguments: [String], italian: [String], english: [String])] = [
            (
                ["whatif", Self.catalog, "--scenarios", scenarios],
                ["Ogni scenario contro la base (28 SKU)", "CAMBIATI", "PROFITTO/MESE", "SCARTATE", "\nbase ",
                 "1 raccomandazione cambia", "PROFITTO PRIMA"],
                ["Each scenario", "CHANGED", "REJECTED", "baseline", "recommendation changes", "PROFIT BEFORE"]
            ),
            (
                ["flip", Self.catalog, "--input", "supplier_lead_days", "--only", "sofa-3-seat-grey"],
                ["Valori più vicini di supplier_lead_days (giorni) ai quali la raccomandazione cambia",
                 "CONSIGLIATO", "CAMBIA SOTTO", "nessuno"],
                ["Nearest values", "(days)", "RECOMMENDED", "FLIPS BELOW", "none"]
            ),
            (
                ["sensitivity", "sofa-3-seat-grey", Self.catalog],
                ["SKU sofa-3-seat-grey: HYBRID rende ", " al mese oggi.", "VALORE", "ESCURSIONE",
                 "Nessuna variazione di ±20% di un singolo input cambia la raccomandazione."],
                ["earns", "VALUE", "SWING", "No ±20% change"]
            ),
        ]
        for (arguments, italianWords, englishWords) in cases {
            let english = breakeven(arguments)
            let italian = breakeven(arguments + ["--lang", "it"])
            #expect(italian.status == english.status, "\(arguments[0])")
            for words in italianWords { #expect(italian.out.contains(words), "\(arguments[0]): \(words)") }
            for words in englishWords {
                #expect(english.out.contains(words), "\(arguments[0]): \(words)")
                #expect(!italian.out.contains(words), "\(arguments[0]): \(words)")
            }
            let numbers = { (text: String) in text.matches(of: /-?[0-9][0-9,]*\.[0-9]+/).map { String($0.output) } }
            #expect(numbers(italian.out) == numbers(english.out), "\(arguments[0])")
        }
        let files = ["bad.csv": "sku,price,monthly_demand,virtual_unit_cost\na,abc,5,4\nb,10,5,4\n"]
        let validate = breakeven(["validate", "bad.csv", "--lang", "it"], files: files)
        #expect(validate.status == .dataError)
        #expect(validate.out.hasPrefix("price: 1 problema\n"))
        #expect(validate.out.hasSuffix("\n1 riga sarebbe scartata (1 problema); 1 di 2 righe è pronta.\n"))
        let good = breakeven(["validate", "good.csv", "--lang", "it"], files: ["good.csv": "sku,price,monthly_demand,virtual_unit_cost\nb,10,5,4\nc,10,5,4\n"])
        #expect(good.out == "Nessun problema: tutte le 2 righe sono pronte.\n")
    }
}
