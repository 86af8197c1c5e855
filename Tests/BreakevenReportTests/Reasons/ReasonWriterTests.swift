import Foundation
import TestSupport
import Testing

@testable import BreakevenCSV
@testable import BreakevenCore
@testable import BreakevenReport

/// The reasons read correctly in both languages. The English sentences are
/// those recorded before the reasons became facts (the golden outputs); the
/// Italian ones are written by hand from them, with the same numbers.
@Suite struct ReasonWriterTests {
    static let catalog: CatalogEvaluation = {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("examples/catalog.csv")
        let bytes = [UInt8](FileManager.default.contents(atPath: path.path) ?? Data())
        return CatalogEvaluation(reference: (try? CatalogReader().read(bytes, file: "catalog.csv"))!)
    }()

    static func reasons(_ sku: String, _ language: Language) -> [String] {
        guard let entry = catalog.entries.first(where: { $0.evaluation.sku == sku }) else { return [] }
        return ReasonWriter(language).sentences(entry.evaluation.decision.reasons)
    }

    static let italian: [(sku: String, reasons: [String])] = [
        (
            "charger-usbc-20w",
            [
                "MARKETPLACE guadagna 8,656.97 al mese, 167.11 più di HYBRID (8,489.86).",
                "Rispetto a VIRTUAL: 240.71 al mese da un costo complessivo di 9.75 per unità contro 10.02 "
                    + "(il divario maggiore: prodotto, 3.10 contro 6.20) e 1,500.76 dal vendere 160 unità in più al mese "
                    + "(la consegna in 10 giorni di VIRTUAL perde il 18% della domanda rispetto ai 4 giorni attesi).",
                "La domanda è stabile (X, cv 0.12); ordina 1,318 alla volta con 213 di scorta di sicurezza "
                    + "(tasso di evasione 99.8%).",
            ]
        ),
        (
            "sofa-3-seat-grey",
            [
                "HYBRID guadagna 1,355.68 al mese, 245.03 più di STOCKED (1,110.65).",
                "Rispetto a VIRTUAL: 237.27 al mese da un costo complessivo di 595.81 per unità contro 636.29 "
                    + "(il divario maggiore: prodotto, 416.04 contro 520.00) e 317.10 dal vendere 1.66 unità in più al mese "
                    + "(la consegna in 14 giorni di VIRTUAL perde il 30% della domanda rispetto ai 4 giorni attesi).",
                "La domanda è variabile (Y, cv 0.67); una scorta di base di 7.06, reintegrata ogni 20.3 giorni, "
                    + "serve il 94.5% delle unità e il resto è spedito dal fornitore.",
            ]
        ),
        (
            "xmas-wreath-60cm",
            [
                "STOCKED guadagna 422.10 al mese, 11.07 più di HYBRID (411.04).",
                "Rispetto a VIRTUAL: 81.66 al mese da un costo complessivo di 24.24 per unità contro 26.90 "
                    + "(il divario maggiore: prodotto, 11.00 contro 18.00) e 36.26 dal vendere 3.27 unità in più al mese "
                    + "(la consegna in 8 giorni di VIRTUAL perde il 12% della domanda rispetto ai 4 giorni attesi).",
                "La domanda è volatile (Z, cv 2.02) e a picchi, dove l'approssimazione normale dietro i livelli di "
                    + "scorta è più debole; ordina 100 alla volta con 119 di scorta di sicurezza (tasso di evasione 98.5%).",
            ]
        ),
        (
            "smartwatch-band",
            [
                "MARKETPLACE guadagna 164.79 al mese, 31.98 più di VIRTUAL (132.82).",
                "Rispetto a VIRTUAL: 41.88 dal vendere 7.11 unità in più al mese (la consegna in 12 giorni di VIRTUAL "
                    + "perde il 24% della domanda rispetto ai 4 giorni attesi), nonostante un costo complessivo di 5.95 "
                    + "per unità contro 5.62 (il divario maggiore: commissioni, 4.30 contro 0.36).",
                "La domanda è stabile (X, cv 0.27); ordina 500 alla volta con 14.3 di scorta di sicurezza "
                    + "(tasso di evasione 100.0%).",
            ]
        ),
        (
            "tshirt-pod-black",
            [
                "VIRTUAL è l'unico modello con i dati per essere valutato; guadagna 361.48 al mese.",
                "La domanda è variabile (Y, cv 0.58).",
            ]
        ),
        (
            "coffee-beans-1kg",
            [
                "STOCKED guadagna 2,192.12 al mese, 6.06 più di HYBRID (2,186.06).",
                "Rispetto a VIRTUAL: 919.16 al mese da un costo complessivo di 17.42 per unità contro 20.49 "
                    + "(il divario maggiore: prodotto, 9.20 contro 14.50) e 74.35 dal vendere 17.5 unità in più al mese "
                    + "(la consegna in 6 giorni di VIRTUAL perde il 6% della domanda rispetto ai 4 giorni attesi).",
                "La domanda è stabile (X, cv 0.15); ordina 377 alla volta con 50.2 di scorta di sicurezza "
                    + "(tasso di evasione 99.8%).",
            ]
        ),
        (
            "new-gadget-preorder",
            [
                "Solo 2 mesi di storico (meno di 3): resta VIRTUAL per verificare prima la domanda.",
                "Una volta provata la domanda, HYBRID guadagnerebbe 1,948.49 al mese in più (5,268.13 contro 3,319.64).",
            ]
        ),
        (
            "garden-bench-teak",
            [
                "VIRTUAL guadagna 156.82 al mese, 157.12 più di STOCKED (-0.30).",
                "Rispetto a STOCKED: 157.12 al mese da un costo complessivo di 352.63 per unità contro 431.19 "
                    + "(il divario maggiore: magazzino, 0.00 contro 60.72).",
                "La domanda è variabile (Y, cv 0.75).",
            ]
        ),
        (
            "pet-bed-large",
            [
                "HYBRID guadagna 1,098.60 al mese, 70.58 più di STOCKED (1,028.02).",
                "Rispetto a VIRTUAL: 262.77 al mese da un costo complessivo di 40.87 per unità contro 46.77 "
                    + "(il divario maggiore: prodotto, 22.89 contro 33.00) e 92.14 dal vendere 4.91 unità in più al mese "
                    + "(la consegna in 8 giorni di VIRTUAL perde il 12% della domanda rispetto ai 4 giorni attesi).",
                "La domanda è variabile (Y, cv 0.84); una scorta di base di 83.2, reintegrata ogni 33.8 giorni, "
                    + "serve il 91.9% delle unità e il resto è spedito dal fornitore.",
            ]
        ),
    ]

    @Test(arguments: italian.indices) func italianReasonsReadCorrectly(_ index: Int) {
        let (sku, expected) = Self.italian[index]
        #expect(Self.reasons(sku, .italian) == expected)
    }

    /// The English sentences are unchanged by the move to facts.
    @Test func englishReasonsAreTheRecordedOnes() {
        #expect(
            Self.reasons("smartwatch-band", .english) == [
                "MARKETPLACE earns 164.79 a month, 31.98 more than VIRTUAL (132.82).",
                "Against VIRTUAL: 41.88 from selling 7.11 more units a month (VIRTUAL's 12-day delivery loses 24% of "
                    + "demand against the 4-day expectation), despite a landed cost of 5.95 per unit against 5.62 "
                    + "(the biggest gap: fees, 4.30 vs 0.36).",
                "Demand is stable (X, cv 0.27); it orders 500 at a time with 14.3 in safety stock (fill rate 100.0%).",
            ])
    }

    /// The tenth SKU: every model loses at a price of 10 (units cost 12 and 11).
    @Test func aLossMakerIsSaidPlainlyInItalian() throws {
        let evaluation = try evaluate([.price: 10, .monthlyDemand: 50, .virtualUnitCost: 12, .stockedUnitCost: 11])
        let reasons = ReasonWriter(.italian).sentences(evaluation.decision.reasons)
        #expect(reasons.first == "Ogni modello perde denaro al prezzo di 10.00: rivedere il prezzo o eliminare.")
        #expect(reasons.count == 2)
        #expect(reasons[1].hasPrefix("La perdita minore è quella di \(evaluation.decision.recommended), "))
    }
}
