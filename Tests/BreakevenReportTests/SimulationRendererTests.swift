import Foundation
import TestSupport
import Testing

@testable import BreakevenCSV
@testable import BreakevenCore
@testable import BreakevenReport

/// `simulate`'s table, CSV and JSON, on two SKUs whose simulated figures are
/// set by hand: the armchair of examples/catalog.csv (VIRTUAL, STOCKED,
/// HYBRID; HYBRID recommended and off) and a print-on-demand SKU (VIRTUAL
/// only, lumpy, at the cap).
@Suite("Simulation output")
struct SimulationRendererTests {
    static func simulated(
        _ model: FulfilmentModel, _ mean: Double, se: Double, p: (Double, Double, Double),
        fill: Double? = nil, stock: Double = 0, tolerance: Double
    ) -> ModelSimulation {
        ModelSimulation(
            model: model, meanMonthlyProfit: mean, standardError: se, p10: p.0, p50: p.1, p90: p.2,
            fillRate: fill, averageStock: stock, unitsDemanded: 0, unitsSold: 0, unitsFromStock: 0,
            ordersPerMonth: 0, revenue: 0, tolerance: tolerance, runs: 4)
    }

    static func verdict(
        _ inputs: [InputName: Double], sku: String, history: [Double]? = nil,
        _ models: [ModelSimulation],
        analytic: [FulfilmentModel: Double], runs: Int, reachedCap: Bool
    ) throws -> SimulationVerdict {
        let evaluation = Evaluator.evaluate(
            try terms(inputs, sku: sku, history: history), breakEven: false)
        let simulation = SKUSimulation(
            models: models, runs: runs, reachedCap: reachedCap,
            monthlyProfits: Array(repeating: [0, 0, 0, 0], count: models.count),
            controls: [0, 0, 0, 0],
            controlMean: nil)
        var verdict = SimulationVerdict(evaluation, simulation: simulation)
        for index in verdict.checks.indices {
            let model = verdict.checks[index].analytic.model
            verdict.checks[index].analytic.monthlyProfit = try #require(analytic[model])
        }
        return verdict
    }

    /// The armchair: VIRTUAL within (6.24 off, tolerance 20 + 3 × 5), STOCKED
    /// within (29.32 off against 25 + 3 × 6.2), HYBRID out (350.78 off against
    /// 21 + 3 × 4.48); regret 170.24 ± 7 for STOCKED.
    static func armchair() throws -> SimulationVerdict {
        var verdict = try verdict(
            [
                .price: 349, .monthlyDemand: 14, .demandSD: 9, .weightKg: 22, .volumeL: 600,
                .virtualUnitCost: 205, .virtualShipping: 49, .virtualDeliveryDays: 14,
                .stockedUnitCost: 150, .inboundCost: 22, .moq: 10, .supplierLeadDays: 55,
                .returnRate: 0.07,
            ], sku: "armchair-velvet",
            [
                simulated(.virtual, 580, se: 5, p: (430, 583.25, 768.19), tolerance: 20),
                simulated(
                    .stocked, 1215.41, se: 6.2, p: (862.92, 1263.01, 1660.68), fill: 0.966,
                    stock: 26.4,
                    tolerance: 25),
                simulated(
                    .hybrid, 1045.17, se: 4.48, p: (878.33, 1060.06, 1265.83), fill: 0.5,
                    stock: 3.96,
                    tolerance: 21),
            ], analytic: [.virtual: 586.24, .stocked: 1244.73, .hybrid: 1395.95], runs: 180,
            reachedCap: false)
        verdict.regret = .init(best: .stocked, mean: 170.24, standardError: 7)
        return verdict
    }

    /// Print on demand, a lumpy history (one month in three sells, unevenly), 2,000 runs at the cap.
    static func pod() throws -> SimulationVerdict {
        try verdict(
            [.price: 24.99, .virtualUnitCost: 11.5], sku: "tshirt-pod-black",
            history: [0, 0, 30, 0, 0, 2, 0, 0, 90, 0, 0, 10],
            [simulated(.virtual, 364.41, se: 1.96, p: (274.06, 358.69, 445.38), tolerance: 7.3)],
            analytic: [.virtual: 361.48], runs: 2000, reachedCap: true)
    }

    static func renderer(_ language: Language = .english) throws -> SimulationRenderer {
        SimulationRenderer(
            [.init(line: 14, verdict: try armchair()), .init(line: 5, verdict: try pod())],
            options: SimulationOptions(), language: language)
    }

    /// The line of the table that starts with `start` (after the SKU column, if blank), as words.
    static func words(_ table: String, line containing: String) -> [String] {
        let line = table.split(separator: "\n").first { $0.contains(containing) } ?? ""
        return line.split(separator: " ").map(String.init)
    }

    @Test func theFixturesAreWhatTheyClaim() throws {
        let armchair = try Self.armchair()
        #expect(armchair.recommended == .hybrid && armchair.pattern == nil)
        #expect(armchair.checks.map(\.agrees) == [true, true, false] && armchair.modelRisk)
        let pod = try Self.pod()
        #expect(pod.recommended == .virtual && pod.pattern == .lumpy && !pod.modelRisk)
        #expect(pod.regret == .init(best: .virtual, mean: 0, standardError: 0))
    }

    @Test func csvNamesAreThoseOfModelSeven() {
        var expected = ["sku", "recommended", "demand_pattern"]
        for model in ["virtual", "stocked", "marketplace", "hybrid"] {
            expected += [
                "\(model)_profit", "\(model)_sim_profit", "\(model)_sim_se",
                "\(model)_sim_tolerance",
                "\(model)_profit_p10", "\(model)_profit_p50", "\(model)_profit_p90",
            ]
            if model == "stocked" || model == "marketplace" {
                expected.append("\(model)_fill_rate")
            }
            expected += ["\(model)_sim_fill_rate", "\(model)_sim_average_stock"]
        }
        expected += ["simulated_best", "regret", "regret_se", "runs", "reached_cap", "flags"]
        #expect(SimulationRenderer.columnNames == expected)
    }

    @Test func csvRecords() throws {
        let lines = try Self.renderer().csv().split(
            separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 4 && lines[3].isEmpty)
        let names = SimulationRenderer.columnNames
        func cells(_ line: Substring) -> [String: String] {
            Dictionary(
                uniqueKeysWithValues: zip(
                    names,
                    line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)))
        }
        let armchair = cells(lines[1])
        #expect(armchair["sku"] == "armchair-velvet" && armchair["recommended"] == "HYBRID")
        #expect(armchair["demand_pattern"] == "")
        #expect(
            armchair["hybrid_profit"] == "1395.95" && armchair["hybrid_sim_profit"] == "1045.17")
        #expect(armchair["hybrid_sim_se"] == "4.48" && armchair["hybrid_sim_tolerance"] == "21")
        #expect(
            armchair["hybrid_profit_p10"] == "878.33" && armchair["hybrid_profit_p90"] == "1265.83")
        #expect(
            armchair["hybrid_sim_fill_rate"] == "0.5"
                && armchair["hybrid_sim_average_stock"] == "3.96")
        #expect(armchair["stocked_sim_fill_rate"] == "0.966" && armchair["stocked_fill_rate"] != "")
        #expect(
            armchair["virtual_sim_fill_rate"] == "" && armchair["virtual_sim_average_stock"] == "")
        #expect(armchair["marketplace_profit"] == "" && armchair["marketplace_sim_profit"] == "")
        #expect(armchair["simulated_best"] == "STOCKED")
        #expect(armchair["regret"] == "170.24" && armchair["regret_se"] == "7")
        #expect(armchair["runs"] == "180" && armchair["reached_cap"] == "false")
        #expect(armchair["flags"] == "model_risk")
        let pod = cells(lines[2])
        #expect(pod["demand_pattern"] == "lumpy" && pod["stocked_profit"] == "")
        #expect(pod["regret"] == "0" && pod["runs"] == "2000" && pod["reached_cap"] == "true")
        #expect(pod["flags"] == "")
    }

    @Test func csvInTheInputsDialect() throws {
        let text = try Self.renderer().csv(dialect: .european)
        let line = text.split(separator: "\n")[1]
        #expect(
            line.hasPrefix("armchair-velvet;HYBRID;;586,24;580;5;20;430;583,25;768,19;;;1244,73;"))
    }

    @Test func jsonHasFileCountsRowsAndSummary() throws {
        var outcome = RankPipeline.Outcome()
        outcome.rowsRead = 3
        outcome.ranked = 2
        outcome.leftOut = 1
        let text = try Self.renderer().json(file: "catalog.csv", outcome: outcome)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["file"] as? String == "catalog.csv")
        let counts = try #require(object["counts"] as? [String: Int])
        #expect(
            counts == ["rows_read": 3, "rows_simulated": 2, "rows_rejected": 0, "rows_left_out": 1])
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(rows.count == 2)
        #expect(Set(rows[0].keys) == Set(["line"] + SimulationRenderer.columnNames))
        #expect(rows[0]["line"] as? Int == 14)
        #expect(rows[0]["hybrid_sim_profit"] as? Double == 1045.17)
        #expect(rows[0]["marketplace_profit"] is NSNull)
        #expect(rows[0]["reached_cap"] as? Bool == false && rows[1]["reached_cap"] as? Bool == true)
        #expect(
            rows[0]["flags"] as? [String] == ["model_risk"] && rows[1]["flags"] as? [String] == [])
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["sku_count"] as? Int == 2 && summary["reached_cap"] as? Int == 1)
        #expect(summary["maximum_runs"] as? Int == 2000 && summary["seed"] as? Int == 1)
        #expect(summary["total_regret"] as? Double == 170.24)
        let agreement = try #require(summary["agreement"] as? [String: [String: Any]])
        #expect(
            Set(agreement.keys) == [
                "all", "smooth", "erratic", "intermittent", "lumpy", "no_history",
            ])
        #expect(agreement["all"]?["all_models_within"] as? Int == 1)
        let models = try #require(agreement["no_history"]?["models"] as? [String: [String: Any]])
        #expect(
            models["hybrid"]?["checked"] as? Int == 1 && models["hybrid"]?["within"] as? Int == 0)
        #expect(models["marketplace"]?["share"] is NSNull)
    }

    @Test func tableInEnglish() throws {
        let table = try Self.renderer().table()
        #expect(
            table.hasPrefix(
                "Analytic and simulated monthly profit per model: runs of 12 months after a warm-up, seed 1,\n"
            ))
        #expect(
            Self.words(table, line: "ANALYTIC") == [
                "SKU", "MODEL", "ANALYTIC", "SIMULATED", "SE", "P10", "P50", "P90", "FILL", "RATE",
                "AVG", "STOCK",
                "RUNS", "REGRET", "FLAGS",
            ])
        #expect(
            Self.words(table, line: "armchair-velvet") == [
                "armchair-velvet", "VIRTUAL", "586.24", "580.00", "5.00", "430.00", "583.25",
                "768.19", "—", "—",
                "180", "170.24", "±", "7.00",
            ])
        let stocked = Self.words(table, line: "STOCKED +")
        #expect(
            stocked.prefix(9) == [
                "STOCKED", "+", "1,244.73", "1,215.41", "6.20", "862.92", "1,263.01", "1,660.68",
                "96.6%",
            ])
        #expect(stocked.last == "26.4")
        #expect(
            Self.words(table, line: "HYBRID *") == [
                "HYBRID", "*", "1,395.95", "1,045.17", "4.48", "878.33", "1,060.06", "1,265.83",
                "50.0%", "3.96",
                "model_risk",
            ])
        #expect(
            Self.words(table, line: "tshirt-pod-black") == [
                "tshirt-pod-black", "VIRTUAL", "*", "361.48", "364.41", "1.96", "274.06", "358.69",
                "445.38", "—", "—",
                "2,000", "cap", "0.00",
            ])
        #expect(
            Self.words(table, line: "lumpy ") == ["lumpy", "1", "100.0%", "—", "—", "—", "100.0%"])
        #expect(
            Self.words(table, line: "no history") == [
                "no", "history", "1", "100.0%", "100.0%", "—", "0.0%", "0.0%",
            ])
        #expect(
            Self.words(table, line: "all  ") == [
                "all", "2", "100.0%", "100.0%", "—", "0.0%", "50.0%",
            ])
        #expect(
            table.contains(
                "\nCap: 1 of 2 SKUs (50.0%) reached 2,000 runs before the target standard error.\n")
        )
        // 170.24 / (1,045.17 + 364.41) = 12.08 %.
        #expect(
            table.hasSuffix(
                "\nRegret: 170.24 ± 7.00 a month in total, 12.08% of the recommendations' simulated profit "
                    + "(1,409.58); SKUs with a regret above their tolerance: 1 (0 not flagged model_risk).\n"
            ))
    }

    @Test func tableInItalian() throws {
        let table = try Self.renderer(.italian).table()
        #expect(
            table.hasPrefix(
                "Profitto mensile analitico e simulato per modello: repliche di 12 mesi dopo un periodo di avvio, seme 1,\n"
            ))
        #expect(
            Self.words(table, line: "ANALITICO") == [
                "SKU", "MODELLO", "ANALITICO", "SIMULATO", "ES", "P10", "P50", "P90", "EVASIONE",
                "SCORTA", "MEDIA",
                "REPLICHE", "RIMPIANTO", "AVVISI",
            ])
        #expect(Self.words(table, line: "HYBRID *").suffix(3) == ["rischio", "di", "modello"])
        #expect(
            Self.words(table, line: "tshirt-pod-black").suffix(3) == ["2,000", "limite", "0.00"])
        #expect(
            Self.words(table, line: "a picchi") == [
                "a", "picchi", "1", "100.0%", "—", "—", "—", "100.0%",
            ])
        #expect(Self.words(table, line: "senza storico").prefix(3) == ["senza", "storico", "1"])
        #expect(Self.words(table, line: "tutti  ").prefix(2) == ["tutti", "2"])
        #expect(
            table.contains(
                "\nAccordo: quota degli SKU il cui profitto analitico è entro la tolleranza + 3 ES dalla media simulata\n"
            ))
        #expect(
            table.contains(
                "\nLimite: 1 SKU su 2 (50.0%) ha raggiunto 2,000 repliche prima dell'errore standard voluto.\n"
            ))
        #expect(
            table.hasSuffix(
                "\nRimpianto: 170.24 ± 7.00 al mese in totale, il 12.08% del profitto simulato dei consigliati "
                    + "(1,409.58); SKU con un rimpianto oltre la tolleranza: 1 (0 senza rischio di modello).\n"
            ))
        #expect(Untranslated.found(Untranslated.simulate, in: table) == [])
        #expect(!Untranslated.found(Untranslated.simulate, in: try Self.renderer().table()).isEmpty)
    }

    /// A fixed number of runs says so, and the cap line says who fell short.
    @Test func fixedRuns() throws {
        let renderer = SimulationRenderer(
            [.init(line: 5, verdict: try Self.pod())],
            options: SimulationOptions(minimumRuns: 40, maximumRuns: 40))
        let table = renderer.table()
        #expect(
            table.hasPrefix(
                "Analytic and simulated monthly profit per model: 40 runs per SKU of 12 months each after a warm-up, seed 1.\n"
            ))
        #expect(
            table.contains(
                "\nCap: 1 of 1 SKU (100.0%) did not reach the target standard error in 40 runs.\n"))
        let empty = SimulationRenderer([], options: SimulationOptions(), language: .italian).table()
        #expect(empty.contains("\nNessuno SKU.\n"))
    }
}
