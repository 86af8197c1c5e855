import TestSupport
import Foundation
import Testing

@testable import BreakevenCore
@testable import BreakevenCSV
@testable import BreakevenReport

@Suite("Explain output")
struct ExplainRendererTests {
    static func evaluation() throws -> SKUEvaluation {
        try evaluate([
            .price: 40, .monthlyDemand: 30, .demandSD: 25, .virtualUnitCost: 14, .virtualDeliveryDays: 5,
            .stockedUnitCost: 10, .volumeL: 3, .marketplaceFulfillmentFee: 4,
        ])
    }

    @Test func textHasEverySection() throws {
        let text = ExplainRenderer(try Self.evaluation(), line: 7).text()
        for piece in [
            "SKU TEST (line 7)", "Why", "PER UNIT SOLD", "landed cost", "units sold / month",
            "monthly profit", "working capital", "Stock policy", "STOCKED: order", "MARKETPLACE: order",
            "HYBRID: review every", "Break-even volume vs VIRTUAL", "INPUT", "price",
        ] {
            #expect(text.contains(piece), "missing \(piece)")
        }
        for line in CostLine.allCases { #expect(text.contains("  \(line)")) }
    }

    @Test func jsonParsesWithModelsAndInputs() throws {
        let json = ExplainRenderer(try Self.evaluation()).json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let models = try #require(object["models"] as? [String: [String: Any]])
        #expect(Set(models.keys) == ["virtual", "stocked", "marketplace", "hybrid"])
        #expect(models["stocked"]?["order_quantity"] is Double)
        #expect(models["hybrid"]?["base_stock"] is Double)
        let costs = try #require(models["virtual"]?["cost_per_unit"] as? [String: Double])
        #expect(Set(costs.keys) == Set(CostLine.allCases.map(\.rawValue)))
        let inputs = try #require(object["inputs"] as? [[String: Any]])
        #expect(inputs.contains { $0["name"] as? String == "price" && $0["source"] as? String == "row" })
    }

    // MARK: Italian

    /// The lines of the Italian explanation of the closed-form SKU (see
    /// ``ChartFixtures/closedForm(demand:)``), from line 7 of its file.
    static func italianLines() throws -> [String] {
        ExplainRenderer(try ChartFixtures.closedForm(demand: 30), line: 7, language: .italian).text()
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The first line that starts with `prefix`.
    static func line(_ prefix: String, in lines: [String]) throws -> String {
        try #require(lines.first { $0.hasPrefix(prefix) }, "no line \(prefix)")
    }

    @Test func italianHeadlineDemandFlagsAndWhy() throws {
        let lines = try Self.italianLines()
        #expect(lines[0] == "SKU TEST (riga 7)")
        #expect(lines[1].hasPrefix("Consigliato STOCKED · più economico per unità STOCKED · oggi VIRTUAL · risparmio "))
        #expect(lines[1].hasSuffix(" al mese"))
        #expect(lines[2] == "Domanda 30.0 unità/mese, dev. std. 0 · stabile (X, cv 0.00)")
        #expect(lines[3] == "Avvisi: nessuno")
        #expect(lines[5] == "Perché")
        let evaluation = try ChartFixtures.closedForm(demand: 30)
        #expect(Array(lines[6...8]) == ReasonWriter(.italian).sentences(evaluation.decision.reasons).map { "  \($0)" })
    }

    /// The per-unit table of the closed-form SKU, its VIRTUAL column by hand:
    /// 14 + 5 + 1.20 = 20.20 landed, 40 − 20.20 = 19.80 a unit, 30 × 19.80 a month.
    @Test func italianTableOfCostsPerUnitSold() throws {
        let lines = try Self.italianLines()
        #expect(try Self.line("PER UNITÀ VENDUTA", in: lines).split(separator: " ") == [
            "PER", "UNITÀ", "VENDUTA", "VIRTUAL", "STOCKED", "HYBRID",
        ])
        func cells(_ title: String) throws -> [Substring] {
            try Self.line(title, in: lines).dropFirst(title.count).split(separator: " ")
        }
        #expect(try cells("  prodotto") == ["14.00", "10.00", "10.00"])
        #expect(try cells("  spedizione") == ["5.00", "4.00", "4.00"])
        #expect(try cells("  commissioni") == ["1.20", "1.20", "1.20"])
        #expect(try cells("  trasporto in entrata").first == "0.00")
        #expect(try cells("costo complessivo").first == "20.20")
        #expect(try cells("prezzo al netto dei resi") == ["40.00", "40.00", "40.00"])
        #expect(try cells("margine per unità").first == "19.80")
        #expect(try cells("unità vendute / mese") == ["30.0", "30.0", "30.0"])
        #expect(try cells("domanda persa per la consegna").first == "0.0%")
        #expect(try cells("giorni di consegna") == ["4", "2", "2"])
        #expect(try cells("profitto mensile").first == "594.00")
        #expect(try cells("capitale circolante").first == "0.00")
    }

    /// Holding a unit a year costs 10 × (12% capital + 10% obsolescence) = 2.20;
    /// STOCKED's break-even is (100 · 2.2 / 24) / 4.5 = 2.04 units a month.
    @Test func italianStockPolicyBreakEvenAndInputs() throws {
        let lines = try Self.italianLines()
        let policy = try #require(lines.firstIndex(of: "Politica delle scorte"))
        let stocked = lines[policy + 1]
        #expect(stocked.hasPrefix("  STOCKED: quantità d'ordine "))
        #expect(stocked.contains(" unità, scorta di sicurezza 0, punto di riordino "))
        #expect(
            stocked.hasSuffix(
                ", tasso di evasione 100.0%, tempo di approvvigionamento 30.0 giorni, "
                    + "costo di mantenimento 2.20 per unità all'anno"))
        #expect(lines[policy + 2].hasPrefix("  HYBRID: revisione ogni "))
        #expect(lines[policy + 2].contains(" giorni, scorta di base "))
        #expect(lines[policy + 2].contains(" delle unità dal magazzino, frattile critico "))
        #expect(
            try Self.line("Punto di pareggio", in: lines).hasPrefix(
                "Punto di pareggio rispetto a VIRTUAL, unità/mese (oggi 30.0): STOCKED 2.04 · HYBRID "))
        #expect(try Self.line("DATO", in: lines).split(separator: " ") == ["DATO", "VALORE", "FONTE"])
        #expect(try Self.line("price ", in: lines).split(separator: " ") == ["price", "40", "riga"])
        #expect(try Self.line("capital_rate ", in: lines).split(separator: " ") == ["capital_rate", "0.12", "predefinito"])
    }

    @Test func italianFlagsPatternHistoryAndPoisson() throws {
        // Demand in two months of six: intermittent (ADI 3, sizes 30 and 45 close).
        let intermittent = try evaluate(
            [.price: 40, .virtualUnitCost: 14, .virtualShipping: 5, .stockedUnitCost: 10],
            history: [0, 0, 30, 0, 0, 45])
        let text = ExplainRenderer(intermittent, language: .italian).text()
        #expect(text.contains(" · intermittente · 6 mesi di storico\n"))
        #expect(text.contains("\nAvvisi: domanda irregolare\n"))
        // No demand, VIRTUAL only, no standard deviation given.
        let none = ExplainRenderer(try ChartFixtures.virtualOnly(demand: 0), language: .italian).text()
        #expect(none.contains("Domanda 0 unità/mese, dev. std. 0 (ipotizzata di Poisson) · "))
        #expect(none.contains("\nAvvisi: nessuna domanda, un solo modello\n"))
        #expect(none.contains("\nPolitica delle scorte\n  nessun modello tiene scorte\n"))
        #expect(
            none.contains(
                "\nPunto di pareggio rispetto a VIRTUAL: non disponibile (VIRTUAL o gli altri modelli non valutati)\n"))
    }

    /// SKUs that between them reach every line of the text: flags, a
    /// pattern, a history, no demand, a model that never breaks even.
    static func variedEvaluations() throws -> [SKUEvaluation] {
        [
            try evaluation(), try ChartFixtures.closedForm(demand: 30), try ChartFixtures.virtualOnly(demand: 0),
            try evaluate(
                [.price: 40, .virtualUnitCost: 14, .virtualShipping: 5, .stockedUnitCost: 10],
                history: [0, 0, 30, 0, 0, 45]),
            try evaluate(
                [.price: 40, .virtualUnitCost: 14, .virtualShipping: 5, .stockedUnitCost: 10], history: [20, 25]),
            // STOCKED's unit cost above VIRTUAL's landed cost: it never breaks even.
            try evaluate([
                .price: 30, .monthlyDemand: 100, .virtualUnitCost: 8, .virtualShipping: 2, .virtualDeliveryDays: 3,
                .stockedUnitCost: 12,
            ]),
        ]
    }

    @Test func italianTextHoldsNoEnglish() throws {
        for evaluation in try Self.variedEvaluations() {
            let text = ExplainRenderer(evaluation, line: 2, language: .italian).text()
            #expect(Untranslated.found(Untranslated.explain, in: text) == [], "\(text)")
            // The same list finds the English it is made of.
            let english = ExplainRenderer(evaluation, line: 2).text()
            #expect(Untranslated.found(["Why", "units/month", "PER UNIT SOLD", "SOURCE"], in: english).count == 4)
        }
    }

    @Test func italianJSONKeepsTheKeysAndWordsTheReasons() throws {
        let evaluation = try Self.evaluation()
        func object(_ language: Language) throws -> NSDictionary {
            let json = ExplainRenderer(evaluation, line: 3, language: language).json()
            return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? NSDictionary)
        }
        let english = try object(.english)
        let italian = try object(.italian)
        #expect(Set(english.allKeys.compactMap { $0 as? String }) == Set(italian.allKeys.compactMap { $0 as? String }))
        #expect(italian["reasons"] as? [String] == ReasonWriter(.italian).sentences(evaluation.decision.reasons))
        #expect(english["reasons"] as? [String] == ReasonWriter(.english).sentences(evaluation.decision.reasons))
        // Everything but the reasons is the same: names and numbers for machines.
        let englishRest = english.mutableCopy() as! NSMutableDictionary
        let italianRest = italian.mutableCopy() as! NSMutableDictionary
        englishRest.removeObject(forKey: "reasons")
        italianRest.removeObject(forKey: "reasons")
        #expect(englishRest == italianRest)
    }
}

