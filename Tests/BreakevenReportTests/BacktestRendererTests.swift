import Foundation
import TestSupport
import Testing

@testable import BreakevenCSV
@testable import BreakevenCore
@testable import BreakevenReport

/// The back-test's table (English and Italian), CSV and JSON, on the
/// hand-made catalog of ``BacktestFixtures`` (its figures worked out there).
@Suite("Back-test output")
struct BacktestRendererTests {
    static let plan = Backtest.Plan(
        simulation: SimulationOptions(minimumRuns: 8, maximumRuns: 8, batch: 8))

    static func renderer(_ language: Language = .english) -> BacktestRenderer {
        var rows: [SKUBacktest] = []
        var skipped: [BacktestRenderer.Skipped] = []
        for (index, inputs) in BacktestFixtures.inputs.enumerated() {
            switch Backtest.run(inputs, settings: Settings(), plan: plan) {
            case .tested(let backtest): rows.append(backtest)
            case .skipped(let sku, let reason):
                skipped.append(BacktestRenderer.Skipped(line: index + 2, sku: sku, reason: reason))
            }
        }
        return BacktestRenderer(
            file: "hand.csv", plan: plan, rows: rows, skipped: skipped,
            counts: BacktestRenderer.Counts(
                rowsRead: 5, backTested: 3, skipped: 2, rejected: 0, leftOut: 0),
            language: language)
    }

    /// The realised STOCKED profit of jump-stocked (random: near 5,777.01).
    static func jumpStocked(_ renderer: BacktestRenderer) -> Double {
        renderer.rows[1][.stocked]?.realised ?? .nan
    }

    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func tableInEnglish() throws {
        let renderer = Self.renderer()
        let text = renderer.table()
        let lines = Self.lines(text)
        let stocked = NumberFormatting.money(Self.jumpStocked(renderer))
        let regret = NumberFormatting.money(Self.jumpStocked(renderer) - 2_000)
        #expect(
            lines[0].hasPrefix(
                "Back-test of hand.csv: each SKU with at least 24 months of demand_history"))
        #expect(text.contains("the mean of 8 runs"))
        #expect(text.contains("No warm-up: each policy starts on the first replayed day"))
        #expect(text.contains("the recorded sales used as demand"))
        let header = try #require(lines.first { $0.hasPrefix("SKU") })
        #expect(
            header.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
                == "SKU MONTHS DEMAND/MONTH RECOMMENDED EARNED BEST IN HINDSIGHT EARNED REGRET VIRTUAL TODAY EARNED"
        )
        func cells(_ prefix: String) throws -> [String] {
            let line = try #require(lines.first { $0.hasPrefix(prefix) })
            return line.split(separator: "  ", omittingEmptySubsequences: true).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
        }
        #expect(
            try cells("flat-virtual *")
                == [
                    "flat-virtual *", "12+12", "50.0 → 50.0", "VIRTUAL", "500.00", "VIRTUAL",
                    "500.00", "0.00",
                    "500.00", "VIRTUAL", "500.00",
                ])
        #expect(
            try cells("jump-stocked")
                == [
                    "jump-stocked", "12+12", "2.00 → 200", "VIRTUAL", "2,000.00", "STOCKED",
                    stocked, regret,
                    "2,000.00", "STOCKED", stocked,
                ])
        #expect(
            try cells("virtual-only")
                == [
                    "virtual-only", "12+12", "10.0 → 25.0", "VIRTUAL", "1,000.00", "VIRTUAL",
                    "1,000.00", "0.00",
                    "1,000.00", "—", "—",
                ])
        let total = NumberFormatting.money(1_500 + Self.jumpStocked(renderer))
        let today = NumberFormatting.money(500 + Self.jumpStocked(renderer))
        #expect(
            try cells("Total (3 SKUs)") == [
                "Total (3 SKUs)", "3,500.00", total, regret, "3,500.00", today,
            ])
        #expect(
            text.contains(
                "\nThe recommendation was the best in hindsight for 2 of 3 SKUs (66.7%).\n"))
        #expect(
            text.contains(
                "\nAgainst everything VIRTUAL (3 SKUs): recommended 3,500.00, VIRTUAL 3,500.00, difference 0.00 ± 0.00.\n"
            ))
        #expect(
            text.contains(
                "\nAgainst today's models (2 SKUs with current_model): recommended 2,500.00, today \(today), "
                    + "difference -\(regret) ± "))
        #expect(
            text.contains(
                "\n* monthly_demand, demand_sd or history_months given in the row set aside: the decision used "
                    + "the first 12 months of demand_history instead.\n"))
        #expect(
            text.hasSuffix(
                "\nNot back-tested: 2 SKUs (1 without demand_history, 1 with less than 24 months of demand_history; listed on "
                    + "standard error).\n"))
    }

    /// Hand-written Italian, and no English left but names.
    @Test func tableInItalian() throws {
        let renderer = Self.renderer(.italian)
        let text = renderer.table()
        let lines = Self.lines(text)
        #expect(
            lines[0].hasPrefix(
                "Verifica storica di hand.csv: per ogni SKU con almeno 24 mesi di demand_history"))
        #expect(text.contains("la media di 8 repliche"))
        #expect(
            text.contains(
                "Nessun periodo di avvio: ogni politica parte dal primo giorno riprodotto"))
        #expect(text.contains("usando come domanda le vendite registrate"))
        let header = try #require(lines.first { $0.hasPrefix("SKU") })
        #expect(
            header.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
                == "SKU MESI DOMANDA/MESE CONSIGLIATO GUADAGNO MIGLIORE A POSTERIORI GUADAGNO RIMPIANTO VIRTUAL OGGI "
                + "GUADAGNO")
        #expect(lines.contains { $0.hasPrefix("Totale (3 SKU)") })
        #expect(
            text.contains(
                "\nIl consigliato è stato il migliore a posteriori per 2 SKU su 3 (66.7%).\n"))
        #expect(
            text.contains(
                "\nRispetto a tutto VIRTUAL (3 SKU): consigliato 3,500.00, VIRTUAL 3,500.00, differenza 0.00 ± 0.00.\n"
            ))
        #expect(
            text.contains(
                "\nRispetto ai modelli di oggi (2 SKU con current_model): consigliato 2,500.00, oggi "
            ))
        #expect(
            text.contains(
                "\n* monthly_demand, demand_sd o history_months della riga messi da parte: la decisione ha usato "
                    + "invece i primi 12 mesi di demand_history.\n"))
        #expect(
            text.hasSuffix(
                "\nSenza verifica: 2 SKU (1 senza demand_history, 1 con meno di 24 mesi di demand_history; elencati su stderr).\n"
            ))
        #expect(Untranslated.found(Untranslated.backtest, in: text) == [])
        // The English table does hold them: the list checks something.
        #expect(!Untranslated.found(Untranslated.backtest, in: Self.renderer().table()).isEmpty)
        // Line for line the same shape as the English table.
        #expect(lines.count == Self.lines(Self.renderer().table()).count)
    }

    @Test func noSKUBackTested() {
        let renderer = BacktestRenderer(
            file: "f.csv", plan: Backtest.Plan(), rows: [],
            skipped: [BacktestRenderer.Skipped(line: 2, sku: "a", reason: .noHistory)],
            counts: BacktestRenderer.Counts(
                rowsRead: 1, backTested: 0, skipped: 1, rejected: 0, leftOut: 0))
        let text = renderer.table()
        #expect(text.contains("the mean of 20 to 2,000 runs per SKU"))
        #expect(
            text.hasSuffix(
                "\n\nNo SKU has the 24 months of demand_history the back-test needs.\n"
                    + "Not back-tested: 1 SKU (1 without demand_history; listed on standard error).\n"
            ))
        var italian = renderer
        italian.language = .italian
        #expect(Untranslated.found(Untranslated.backtest, in: italian.table()) == [])
        #expect(renderer.csv() == BacktestRenderer.columnNames.joined(separator: ",") + "\n")
    }

    @Test func skippedLinesAndSummaryOnStandardError() {
        let renderer = Self.renderer()
        #expect(
            renderer.skippedLines()
                == "hand.csv:5: SKU 'short' not back-tested: demand_history has 20 months, 24 needed "
                + "(12 to decide on, at least 12 to replay)\nhand.csv:6: SKU 'no-history' not back-tested: "
                + "no demand_history\n")
        #expect(
            renderer.summaryLine()
                == "hand.csv: 5 rows read, 3 back-tested, 2 skipped (demand_history missing or too short), 0 rejected\n"
        )
    }

    @Test func csvHasFullPrecisionInTheInputsDialect() throws {
        let renderer = Self.renderer()
        let plain = Self.lines(renderer.csv())
        #expect(plain.count == 5 && plain[4].isEmpty)
        #expect(plain[0] == BacktestRenderer.columnNames.joined(separator: ","))
        let names = BacktestRenderer.columnNames
        func value(_ line: String, _ column: String, separator: Character = ",") throws -> String {
            let cells = line.split(separator: separator, omittingEmptySubsequences: false)
            return String(cells[try #require(names.firstIndex(of: column))])
        }
        #expect(try value(plain[1], "set_aside") == "monthly_demand|demand_sd|history_months")
        #expect(try value(plain[1], "virtual_realised") == "500")
        #expect(try value(plain[2], "hindsight_best") == "STOCKED")
        #expect(try value(plain[2], "stocked_expected") == "-140.2")
        #expect(Double(try value(plain[2], "stocked_realised")) == Self.jumpStocked(renderer))
        #expect(try value(plain[3], "stocked_realised") == "")
        #expect(try value(plain[3], "current_model") == "")
        let italian = Self.lines(
            renderer.csv(dialect: CSVDialect(delimiter: .semicolon, decimalMark: .comma)))
        #expect(try value(italian[2], "stocked_expected", separator: ";") == "-140,2")
        #expect(try value(italian[3], "held_out_demand", separator: ";") == "25")
    }

    @Test func jsonHasCountsRowsSkippedAndTotals() throws {
        let renderer = Self.renderer()
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(renderer.json().utf8)) as? [String: Any])
        #expect(object["file"] as? String == "hand.csv")
        #expect(object["fit_months"] as? Int == 12 && object["warm_up_months"] as? Int == 0)
        #expect(object["demand"] as? String == "recorded_sales")
        let counts = try #require(object["counts"] as? [String: Int])
        #expect(
            counts == [
                "rows_read": 5, "back_tested": 3, "skipped": 2, "rejected": 0, "left_out": 0,
            ])
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(
            rows.map { $0["sku"] as? String } == ["flat-virtual", "jump-stocked", "virtual-only"])
        #expect(Set(rows[0].keys) == Set(BacktestRenderer.columnNames))
        #expect(
            rows[0]["set_aside"] as? [String] == ["monthly_demand", "demand_sd", "history_months"])
        #expect(rows[2]["current_model"] is NSNull)
        let skipped = try #require(object["skipped"] as? [[String: Any]])
        #expect(skipped.map { $0["reason"] as? String } == ["short_history", "no_history"])
        #expect(skipped[0]["months"] as? Int == 20 && skipped[0]["needed"] as? Int == 24)
        let totals = try #require(object["totals"] as? [String: Any])
        #expect(isCloseMoney(try #require(totals["recommended"] as? Double), 3_500))
        #expect(totals["hits"] as? Int == 2)
        let virtual = try #require(totals["versus_virtual"] as? [String: Double])
        #expect(virtual["skus"] == 3)
        #expect(isCloseMoney(try #require(virtual["virtual"]), 3_500))
        let current = try #require(totals["versus_current"] as? [String: Double])
        #expect(isCloseMoney(try #require(current["current"]), 500 + Self.jumpStocked(renderer)))
    }
}
