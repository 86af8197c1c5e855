import Foundation
import TestSupport
import Testing

import BreakevenCSV

@testable import BreakevenCLI

/// `breakeven simulate` on a few SKUs of the example catalog, with few runs
/// (debug builds are slow): the same output on one thread or two, model_risk
/// and regret, the summary against the rows, Italian, exit statuses and the
/// progress line.
@Suite("simulate")
struct SimulateCommandTests {
    static let catalog = LanguageCommandTests.catalog
    /// The armchair and the sofa (HYBRID recommended, printed far above what
    /// its policy earns), a print-on-demand T-shirt (VIRTUAL only), the
    /// Christmas wreath (a lumpy history) and the smartwatch band (a history).
    static let skus =
        "armchair-velvet,sofa-3-seat-grey,tshirt-pod-black,xmas-wreath-60cm,smartwatch-band"

    func simulate(_ extra: [String], threads: Int = 2) -> Run {
        breakeven(
            [
                "simulate", Self.catalog, "--only", Self.skus, "--runs", "12", "--threads",
                String(threads),
            ] + extra)
    }

    /// The same seed gives the same bytes on one thread or two, in every format.
    @Test(arguments: ["table", "csv", "json"])
    func theSameOnOneThreadOrTwo(_ format: String) {
        let one = simulate(["--format", format], threads: 1)
        let two = simulate(["--format", format], threads: 2)
        #expect(one.status == .success && two.status == .success)
        #expect(!one.out.isEmpty && one.out == two.out)
        #expect(!one.err.contains("\r"))
    }

    /// Each SKU's figures depend on its name and the seed, not on where it is
    /// in the file; another seed gives others.
    @Test func theSameInAnyFileOrder() throws {
        let text = try String(contentsOfFile: Self.catalog, encoding: .utf8)
        var lines = text.split(separator: "\n").map(String.init)
        let header = lines.removeFirst()
        let reversed = ([header] + lines.reversed()).joined(separator: "\n") + "\n"
        let forwards = simulate(["--format", "csv"]).out.split(separator: "\n")
        let backwards = breakeven(
            ["simulate", "reversed.csv", "--only", Self.skus, "--runs", "12", "--format", "csv"],
            files: ["reversed.csv": reversed]
        ).out.split(separator: "\n")
        #expect(forwards.count == 6)
        #expect(
            forwards[0] == backwards[0] && Set(forwards) == Set(backwards) && forwards != backwards)
        let other = simulate(["--format", "csv", "--seed", "2"]).out.split(separator: "\n")
        #expect(Set(other.dropFirst()).isDisjoint(with: forwards.dropFirst()))
    }

    /// The rows of `--format csv` by SKU, each a dictionary of its cells.
    func rows(_ run: Run) -> [String: [String: String]] {
        let lines = run.out.split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        var rows: [String: [String: String]] = [:]
        for line in lines.dropFirst() {
            rows[line[0]] = Dictionary(uniqueKeysWithValues: zip(lines[0], line))
        }
        return rows
    }

    /// The armchair's HYBRID is printed at 1,395.95 a month and earns about
    /// 1,045 (docs/decision-math.md §9): model_risk, and a regret (STOCKED
    /// earns more). The T-shirt has one model: regret 0 exactly.
    @Test func modelRiskAndRegret() throws {
        let rows = rows(simulate(["--format", "csv"]))
        let armchair = try #require(rows["armchair-velvet"])
        #expect(armchair["recommended"] == "HYBRID" && armchair["flags"] == "model_risk")
        #expect(abs(try #require(Double(armchair["hybrid_profit"] ?? "")) - 1395.95) < 0.01)
        #expect(abs(try #require(Double(armchair["hybrid_sim_profit"] ?? "")) - 1045) < 80)
        #expect(try #require(Double(armchair["regret"] ?? "")) > 0)
        #expect(armchair["simulated_best"] == "STOCKED")
        let tshirt = try #require(rows["tshirt-pod-black"])
        #expect(
            tshirt["regret"] == "0" && tshirt["regret_se"] == "0" && tshirt["stocked_profit"] == "")
        #expect(tshirt["simulated_best"] == "VIRTUAL" && tshirt["runs"] == "12")
        for row in rows.values { #expect(try #require(Double(row["regret"] ?? "")) >= 0) }
    }

    /// The summary of `--format json`, recomputed from its rows: agreement per
    /// model and pattern from |profit − sim_profit| ≤ sim_tolerance + 3 sim_se,
    /// the cap, the regret and the recommendations' simulated profit.
    @Test func theSummaryAddsUpTheRows() throws {
        let run = simulate(["--format", "json"])
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
        let rows = try #require(object["rows"] as? [[String: Any]])
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(rows.count == 5)
        let counts = try #require(object["counts"] as? [String: Int])
        #expect(
            counts == [
                "rows_read": 28, "rows_simulated": 5, "rows_rejected": 0, "rows_left_out": 23,
            ])

        let models = ["virtual", "stocked", "marketplace", "hybrid"]
        var checked: [String: [String: Int]] = [:]
        var within: [String: [String: Int]] = [:]
        var allWithin: [String: Int] = [:]
        var skus: [String: Int] = [:]
        var cap = 0
        var regret = 0.0
        var profit = 0.0
        for row in rows {
            let group = row["demand_pattern"] as? String ?? "no_history"
            var agrees = true
            for groupName in [group, "all"] { skus[groupName, default: 0] += 1 }
            for model in models {
                guard let simulated = row["\(model)_sim_profit"] as? Double else { continue }
                let analytic = try #require(row["\(model)_profit"] as? Double)
                let tolerance = try #require(row["\(model)_sim_tolerance"] as? Double)
                let error = try #require(row["\(model)_sim_se"] as? Double)
                let ok = abs(analytic - simulated) <= tolerance + 3 * error
                agrees = agrees && ok
                for groupName in [group, "all"] {
                    checked[groupName, default: [:]][model, default: 0] += 1
                    if ok { within[groupName, default: [:]][model, default: 0] += 1 }
                }
            }
            #expect((row["flags"] as? [String] == ["model_risk"]) == !agrees)
            if agrees { for groupName in [group, "all"] { allWithin[groupName, default: 0] += 1 } }
            if row["reached_cap"] as? Bool == true { cap += 1 }
            regret += try #require(row["regret"] as? Double)
            let recommended = try #require(row["recommended"] as? String).lowercased()
            profit += try #require(row["\(recommended)_sim_profit"] as? Double)
        }
        #expect(skus["lumpy"] == 1 && skus["no_history"] == 3)
        let agreement = try #require(summary["agreement"] as? [String: [String: Any]])
        for (group, count) in skus {
            let entry = try #require(agreement[group])
            #expect(entry["skus"] as? Int == count, "\(group)")
            #expect(entry["all_models_within"] as? Int == allWithin[group] ?? 0, "\(group)")
            let perModel = try #require(entry["models"] as? [String: [String: Any]])
            for model in models {
                #expect(
                    perModel[model]?["checked"] as? Int == checked[group]?[model] ?? 0,
                    "\(group) \(model)")
                #expect(
                    perModel[model]?["within"] as? Int == within[group]?[model] ?? 0,
                    "\(group) \(model)")
            }
        }
        #expect(summary["sku_count"] as? Int == 5 && summary["reached_cap"] as? Int == cap)
        #expect(abs(try #require(summary["total_regret"] as? Double) - regret) < 1e-9)
        #expect(abs(try #require(summary["recommended_sim_profit"] as? Double) - profit) < 1e-9)
        #expect(abs(try #require(summary["regret_share"] as? Double) - regret / profit) < 1e-12)
    }

    @Test func italian() {
        let run = simulate(["--lang", "it"])
        #expect(run.status == .success)
        #expect(
            run.out.hasPrefix(
                "Profitto mensile analitico e simulato per modello: 12 repliche per SKU di 12 mesi ciascuna"
            ))
        #expect(run.out.contains("\nSKU "))
        for word in [
            "MODELLO", "ANALITICO", "SIMULATO", "EVASIONE", "SCORTA MEDIA", "REPLICHE", "RIMPIANTO",
            "AVVISI",
        ] {
            #expect(run.out.contains(word), "\(word)")
        }
        #expect(
            run.out.contains("rischio di modello") && run.out.contains("a picchi")
                && run.out.contains("senza storico"))
        #expect(run.out.contains("\nRimpianto: ") && run.out.contains("\nAccordo: "))
        #expect(Untranslated.found(Untranslated.simulate, in: run.out) == [])
    }

    @Test func outputFileAndPlainCSV() throws {
        let run = breakeven(
            [
                "simulate", "-", "--runs", "4", "--format", "csv", "--output-locale", "plain",
                "--out", "out.csv",
            ],
            stdin: "sku;price;monthly_demand;virtual_unit_cost\nmug;24,50;9;11,20\n")
        #expect(run.status == .success && run.out.isEmpty)
        let text = try #require(run.file("out.csv"))
        #expect(text.hasPrefix("sku,recommended,demand_pattern,virtual_profit,"))
        #expect(text.split(separator: "\n")[1].hasPrefix("mug,VIRTUAL,,"))
        let european = breakeven(
            ["simulate", "-", "--runs", "4", "--format", "csv"],
            stdin: "sku;price;monthly_demand;virtual_unit_cost\nmug;24,50;9;11,20\n")
        #expect(european.out.hasPrefix("sku;recommended;demand_pattern;virtual_profit;"))
    }

    @Test func exitStatuses() {
        let rejected = breakeven(
            ["simulate", "-", "--runs", "4"],
            stdin: "sku,price,monthly_demand,virtual_unit_cost\na,20,5,8\nb,x,5,8\n")
        #expect(rejected.status == .dataError)
        #expect(rejected.err.contains("<stdin>:3:2"))
        #expect(rejected.out.contains("\na "))
        #expect(breakeven(["simulate", "missing.csv"]).status == .noInput)
        for arguments in [
            ["--runs", "3"], ["--runs", "0"], ["--runs", "100001"], ["--months", "0"],
            ["--months", "1201"],
            ["--seed", "-1"], ["--seed", "x"], ["--format", "html"], ["--lang", "fr"],
            ["--threads", "0"],
        ] {
            let run = breakeven(["simulate", Self.catalog] + arguments)
            #expect(run.status == .usage, "\(arguments)")
            #expect(run.err.contains("'--\(arguments[0].dropFirst(2))'"), "\(arguments)")
        }
        let unknown = breakeven([
            "simulate", Self.catalog, "--only", "armchair-velvett", "--runs", "4",
        ])
        #expect(unknown.status == .usage && unknown.err.contains("Did you mean 'armchair-velvet'?"))
    }

    /// On a terminal, standard error shows "simulated N of M SKUs" rewritten
    /// in place, erased before the next message; elsewhere nothing.
    @Test func progressOnATerminalOnly() {
        let arguments = [
            "simulate", Self.catalog, "--only", "tshirt-pod-black,poster-a2-pod", "--runs", "4",
        ]
        let terminal = breakeven(arguments, errorTerminal: true)
        #expect(terminal.status == .success)
        let line = "simulated 1 of 2 SKUs"
        #expect(terminal.err.hasPrefix("\r" + line))
        let erase = "\r" + String(repeating: " ", count: line.count) + "\r"
        #expect(terminal.err.contains(erase + Self.catalog + ": ',' separated"))
        let plain = breakeven(arguments)
        #expect(!plain.err.contains("\r") && !plain.err.contains("simulated"))
        #expect(plain.out == terminal.out)
    }

    /// `rank --simulate`: the armchair's HYBRID is out of the simulation's
    /// reach, so its profit is `simulate`'s (same seed, same runs) and the
    /// recommendation moves to the best simulated model, STOCKED, flagged
    /// model_risk; a SKU in agreement ranks as without --simulate.
    @Test func rankSimulateUsesTheSimulatedFiguresWhereAtRisk() throws {
        let cells = ReportCommandTests.records
        let only = ["--only", "armchair-velvet,phone-case-iphone16", "--format", "csv", "--output-locale", "plain"]
        let refereed = breakeven(["rank", Self.catalog, "--simulate"] + only)
        #expect(refereed.status == .success)
        let simulated = breakeven(["simulate", Self.catalog] + only)
        let plain = breakeven(["rank", Self.catalog] + only)
        let armchair = try #require(cells(refereed.out)["armchair-velvet"])
        let simulation = try #require(cells(simulated.out)["armchair-velvet"])
        #expect(armchair["recommended"] == "STOCKED")
        #expect(armchair["flags"]?.split(separator: "|").contains("model_risk") == true)
        #expect(armchair["hybrid_profit"] == simulation["hybrid_sim_profit"])
        #expect(armchair["stocked_profit"] == simulation["stocked_sim_profit"])
        #expect(cells(plain.out)["armchair-velvet"]?["recommended"] == "HYBRID")
        let flags = try #require(cells(simulated.out)["phone-case-iphone16"]?["flags"])
        if !flags.contains("model_risk") {
            #expect(cells(refereed.out)["phone-case-iphone16"] == cells(plain.out)["phone-case-iphone16"])
        }
    }
}

/// A SKU whose runs would hold more customer orders than a run may
/// (``Simulator/maximumOrdersPerRun``) is not simulated: said on standard
/// error, the others simulated; `rank --simulate` keeps its analytic figures;
/// a back-test skips it. Nothing hangs (a monthly demand of 10¹² is valid).
@Suite("Simulation: SKUs too large to simulate")
struct TooLargeToSimulateTests {
    static let files = [
        "huge.csv": "sku,price,monthly_demand,virtual_unit_cost,stocked_unit_cost\nhuge,10,1e12,4,3\nsmall,10,50,4,3\n",
        "history.csv": "sku,price,demand_history,virtual_unit_cost,stocked_unit_cost\nbig,10,"
            + Array(repeating: "5", count: 23).joined(separator: "|") + "|10000000000,4,3\n",
    ]

    @Test func notSimulatedAndSaidSo() throws {
        let run = breakeven(["simulate", "huge.csv", "--runs", "8", "--format", "csv"], files: Self.files)
        #expect(run.status == .success)
        #expect(run.err.contains("huge.csv:2: SKU 'huge' not simulated: about "))
        #expect(run.err.contains("above the limit of 2,000,000"))
        let skus = run.out.split(separator: "\n").dropFirst().map { $0.prefix { $0 != "," } }
        #expect(skus == ["small"])
        let ranked = breakeven(["rank", "huge.csv", "--simulate", "--format", "csv"], files: Self.files)
        let plain = breakeven(["rank", "huge.csv", "--format", "csv"], files: Self.files)
        let line = { (text: String) in text.split(separator: "\n").first { $0.hasPrefix("huge,") } }
        #expect(line(ranked.out) != nil)
        #expect(line(ranked.out) == line(plain.out))
        let backtest = breakeven(["backtest", "history.csv"], files: Self.files)
        #expect(backtest.status == .success)
        // Months 13-24 are replayed: eleven of 5 units and one of 10¹⁰, 10,000,000,055 units.
        #expect(backtest.err.contains("SKU 'big' not back-tested: the months to replay hold 10000000055 units"))
    }
}
