import Foundation
import Testing

@testable import BreakevenCore
@testable import BreakevenCSV
@testable import BreakevenReport
@testable import BreakevenCLI

/// What-if runs from the command line: overrides, scenarios, flips, sensitivity.
@Suite("What-if commands")
struct WhatIfTests {
    static let catalog = testDirectory.appendingPathComponent("../../examples/catalog.csv").standardized.path
    static let scenarios = testDirectory.appendingPathComponent("../../examples/scenarios.json").standardized.path

    static func records(_ csv: String) throws -> [[String: String]] {
        let records = try Array(CSVReader(bytes: Array(csv.utf8))).map { try $0.get() }
        return records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(records[0].fields, $0.fields)) }
    }

    @Test func identityScenarioReproducesRank() throws {
        let files = ["identity.json": #"{"scenarios": [{"name": "identity", "set": {}}]}"#]
        let whatIf = breakeven(["whatif", Self.catalog, "--scenarios", "identity.json", "--format", "csv"], files: files)
        #expect(whatIf.status == .success)
        let rank = try Self.records(breakeven(["rank", Self.catalog, "--format", "csv"]).out)
        let outcomes = try Self.records(whatIf.out)
        #expect(outcomes.count == rank.count)
        for row in rank {
            let outcome = try #require(outcomes.first { $0["sku"] == row["sku"] })
            let recommended = try #require(row["recommended"])
            #expect(outcome["recommended"] == recommended)
            #expect(outcome["monthly_profit"] == row["\(recommended.lowercased())_profit"])
            #expect(outcome["working_capital"] == row["\(recommended.lowercased())_capital"])
            #expect(outcome["changed"] == "false")
        }
    }

    @Test func scalingThePriceEqualsEditingTheFile() throws {
        let text = try String(contentsOfFile: Self.catalog, encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let header = lines[0].split(separator: ",").map(String.init)
        let priceColumn = try #require(header.firstIndex(of: "price"))
        for index in lines.indices.dropFirst() where !lines[index].isEmpty {
            var fields = lines[index].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            fields[priceColumn] = "\(try #require(Double(fields[priceColumn])) * 1.1)"
            lines[index] = fields.joined(separator: ",")
        }
        let edited = breakeven(["rank", "-", "--format", "csv"], stdin: lines.joined(separator: "\n"))
        let scaled = breakeven(["rank", Self.catalog, "--format", "csv", "--set", "price*=1.1"])
        #expect(edited.status == .success && scaled.status == .success)
        #expect(edited.out == scaled.out)
        #expect(scaled.out != breakeven(["rank", Self.catalog, "--format", "csv"]).out)
    }

    @Test func exampleScenarios() throws {
        let run = breakeven(["whatif", Self.catalog, "--scenarios", Self.scenarios])
        #expect(run.status == .success)
        for name in ["baseline", "peak-season storage", "supplier price rise", "slower virtual shipping"] {
            #expect(run.out.contains("\n\(name) "), "no row for \(name)")
        }
        let changes = try Self.records(
            breakeven(["whatif", Self.catalog, "--scenarios", Self.scenarios, "--format", "csv", "--changes-only"]).out)
        #expect(!changes.isEmpty)
        #expect(changes.allSatisfy { $0["changed"] == "true" && $0["recommended"] != $0["baseline_recommended"] })
        let json = breakeven(["whatif", Self.catalog, "--scenarios", Self.scenarios, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        #expect((object["scenarios"] as? [Any])?.count == 3)
    }

    @Test(
        "scenario file errors are usage errors",
        arguments: [
            ("{oops", "not valid JSON"),
            (#"{"scenarios": [{"name": "a", "set": {"prize": 2}}]}"#, "unknown input 'prize'. Did you mean 'price'?"),
            (#"{"scenarios": [{"name": "a", "set": {"price": "%2"}}]}"#, "'%2' is not a change"),
            (#"{"scenarios": [{"set": {}}]}"#, "\"name\" is missing"),
        ])
    func scenarioFileErrors(_ text: String, _ message: String) {
        let run = breakeven(["whatif", Self.catalog, "--scenarios", "s.json"], files: ["s.json": text])
        #expect(run.status == .usage)
        #expect(run.err.contains("s.json: ") && run.err.contains(message), "\(run.err)")
        #expect(run.out.isEmpty)
    }

    @Test func missingScenariosOptionOrFile() {
        #expect(breakeven(["whatif", Self.catalog]).status == .usage)
        #expect(breakeven(["whatif", Self.catalog, "--scenarios", "nowhere.json"]).status == .noInput)
    }

    @Test func flipOutput() throws {
        let run = breakeven(["flip", Self.catalog, "--input", "storage_rate_l", "--format", "csv"])
        #expect(run.status == .success)
        let rows = try Self.records(run.out)
        #expect(Array(rows[0].keys).sorted() == FlipRenderer.columns.sorted())
        let sofa = try #require(rows.first { $0["sku"] == "sofa-3-seat-grey" })
        #expect(sofa["value"] == "0.02" && sofa["flip_below"] == "none" && sofa["model_above"] == "VIRTUAL")
        let pod = try #require(rows.first { $0["sku"] == "tshirt-pod-black" })
        #expect(pod["value"] == "" && pod["flip_above"] == "none")
        let only = breakeven(["flip", Self.catalog, "--input", "price", "--only", "sofa-3-seat-grey", "--format", "json"])
        let array = try #require(try JSONSerialization.jsonObject(with: Data(only.out.utf8)) as? [[String: Any]])
        #expect(array.count == 1)
        #expect(only.err.hasSuffix("28 rows read, 1 ranked, 0 rejected, 27 left out by --only\n"))
        let bad = breakeven(["flip", Self.catalog, "--input", "storage_rate"])
        #expect(bad.status == .usage && bad.err.contains("Did you mean 'storage_rate_l'?"))
    }

    @Test func sensitivityOutput() throws {
        let run = breakeven(["sensitivity", "sofa-3-seat-grey", Self.catalog, "--change", "20%"])
        #expect(run.status == .success)
        #expect(run.out.hasPrefix("SKU sofa-3-seat-grey: HYBRID earns "))
        let csv = try Self.records(breakeven(["sensitivity", "sofa-3-seat-grey", Self.catalog, "--format", "csv"]).out)
        let swings = csv.compactMap { $0["swing"].flatMap(Double.init) }
        #expect(swings == swings.sorted(by: >))
        #expect(breakeven(["sensitivity", "sofa-3-seat-grey", Self.catalog, "--change", "150%"]).status == .usage)
        #expect(breakeven(["sensitivity", "sofa", Self.catalog]).status == .usage)
    }

    @Test func onlyAndDefault() throws {
        let unknown = breakeven(["rank", Self.catalog, "--only", "sofa-3-seat-gray"])
        #expect(unknown.status == .usage && unknown.err.contains("Did you mean 'sofa-3-seat-grey'?"))
        let text = "sku,price,monthly_demand,virtual_unit_cost,return_rate\nA,20,100,8,\nB,20,100,8,0.05\n"
        let rows = try Self.records(
            breakeven(["rank", "-", "--format", "csv", "--default", "return_rate=0.05"], stdin: text).out)
        // A takes the new default, equal to B's own value: the numbers agree, and
        // A's return rate is listed as defaulted.
        let a = try #require(rows.first { $0["sku"] == "A" })
        let b = try #require(rows.first { $0["sku"] == "B" })
        for name in OutputColumnsNames.numbers { #expect(a[name] == b[name], "\(name)") }
        #expect(a["defaulted"]?.contains("return_rate") == true)
        #expect(b["defaulted"]?.contains("return_rate") == false)
        #expect(breakeven(["rank", "-", "--default", "return_rate*=2"], stdin: text).status == .usage)
    }
}
