import Foundation
import Testing

@testable import BreakevenCLI

@Suite("breakeven commands")
struct CommandTests {
    static let small = fixture("good/small.csv")

    @Test func versionAndHelp() {
        #expect(breakeven(["--version"]).out == "\(BreakevenTool.version)\n")
        #expect(breakeven(["rank", "--version"]).status == .success)
        assertSnapshot(breakeven(["--help"]).out, named: "help.txt")
        assertSnapshot(breakeven(["rank", "--help"]).out, named: "rank-help.txt")
        assertSnapshot(breakeven(["explain", "--help"]).out, named: "explain-help.txt")
        #expect(breakeven(["help", "rank"]).out == breakeven(["rank", "-h"]).out)
        #expect(breakeven([]).out == breakeven(["--help"]).out)
    }

    @Test func unknownSubcommandIsAUsageError() {
        let run = breakeven(["rnak", "x.csv"])
        #expect(run.status == .usage)
        #expect(run.err.hasPrefix("Error: Unknown subcommand 'rnak'. Did you mean 'rank'?"))
    }

    @Test func rankFormats() {
        let table = breakeven(["rank", Self.small])
        #expect(table.status == .success)
        assertSnapshot(table.out, named: "rank-small.txt")
        assertSnapshot(breakeven(["rank", Self.small, "--format", "csv"]).out, named: "rank-small.csv")
        let json = breakeven(["rank", Self.small, "--format=json"])
        #expect(json.status == .success)
        #expect((try? JSONSerialization.jsonObject(with: Data(json.out.utf8))) != nil)
        #expect(table.err.hasSuffix(": 3 rows read, 3 ranked, 0 rejected\n"))
    }

    @Test func rankReadsStandardInput() throws {
        let text = try String(contentsOfFile: Self.small, encoding: .utf8)
        let run = breakeven(["rank", "-", "--format", "csv"], stdin: text)
        #expect(run.status == .success)
        #expect(run.out == breakeven(["rank", Self.small, "--format", "csv"]).out)
        #expect(run.err == "<stdin>: ',' separated, decimal point, 3 rows\n<stdin>: 3 rows read, 3 ranked, 0 rejected\n")
    }

    @Test func topLimitsRows() {
        let run = breakeven(["rank", Self.small, "--top", "1", "--format", "csv"])
        #expect(run.out.split(separator: "\n").count == 2)
        #expect(breakeven(["rank", Self.small, "--top", "0"]).status == .usage)
    }

    @Test func setOverridesAnInputForEverySKU() {
        let edited = breakeven(["rank", "-", "--format", "csv"], stdin: """
            sku,price,monthly_demand,virtual_unit_cost,stocked_unit_cost
            A,20,100,8,5
            B,30,10,12,9
            """).out
        let overridden = breakeven(
            ["rank", "-", "--format", "csv", "--set", "price=20"],
            stdin: """
                sku,price,monthly_demand,virtual_unit_cost,stocked_unit_cost
                A,99,100,8,5
                B,20,10,12,9
                """
        ).out
        let b = breakeven(["rank", "-", "--format", "csv"], stdin: """
            sku,price,monthly_demand,virtual_unit_cost,stocked_unit_cost
            A,20,100,8,5
            B,20,10,12,9
            """).out
        #expect(overridden == b)
        #expect(overridden != edited)
    }

    @Test func settingsFileSetsDefaults() throws {
        let files = ["s.json": #"{"capital_rate": 0.3, "order_cost": "75"}"#]
        let run = breakeven(["explain", "charger", Self.small, "--settings", "s.json", "--format", "json"], files: files)
        #expect(run.status == .success)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
        let inputs = try #require(object["inputs"] as? [[String: Any]])
        let capital = try #require(inputs.first { $0["name"] as? String == "capital_rate" })
        #expect(capital["value"] as? Double == 0.3)
        #expect(capital["source"] as? String == "settings")
    }

    @Test(
        "bad settings and overrides are usage errors",
        arguments: [
            (["--set", "prize=3"], "Did you mean 'price'?"),
            (["--set", "price"], "expected NAME=VALUE"),
            (["--set", "price=abc"], "'abc' is not a number"),
            (["--set", "return_rate=2"], "return_rate must be between 0 and 1"),
            (["--set", "sku=3"], "'sku' is not a numeric input"),
            (["--settings", "bad.json"], "not valid JSON"),
            (["--settings", "list.json"], "expected a JSON object"),
            (["--settings", "unknown.json"], "unknown input 'capitl_rate'. Did you mean 'capital_rate'?"),
            (["--format", "xml"], "use one of: table, markdown, csv, json"),
        ])
    func usageErrors(_ extra: [String], message: String) {
        let files = ["bad.json": "{oops", "list.json": "[1, 2]", "unknown.json": #"{"capitl_rate": 0.1}"#]
        let run = breakeven(["rank", Self.small] + extra, files: files)
        #expect(run.status == .usage)
        #expect(run.err.contains(message), "\(run.err)")
        #expect(run.err.contains("Usage: breakeven rank"))
        #expect(run.out.isEmpty)
    }

    @Test func missingOrUnreadableInputIs66() {
        let missing = breakeven(["rank", "no/such/file.csv"])
        #expect(missing.status == .noInput)
        #expect(missing.err == "no/such/file.csv: error: no such file\n")
        let directory = breakeven(["rank", testDirectory.path])
        #expect(directory.status == .noInput)
        #expect(directory.err.hasSuffix("error: is a directory\n"))
        #expect(breakeven(["rank", Self.small, "--settings", "missing.json"]).status == .noInput)
    }

    @Test func explainText() {
        let run = breakeven(["explain", "charger", Self.small])
        #expect(run.status == .success)
        assertSnapshot(run.out, named: "explain-charger.txt")
    }

    @Test func explainUnknownOrRejectedSKU() {
        let unknown = breakeven(["explain", "chargr", Self.small])
        #expect(unknown.status == .usage)
        #expect(unknown.err.contains("no SKU 'chargr' in \(Self.small). Did you mean 'charger'?"))
        let rejected = breakeven(["explain", "B", fixture("bad/non-number.csv")])
        #expect(rejected.status == .dataError)
        #expect(rejected.err.contains(":3:2: error: 'abc' is not a number (column price)"))
    }

    @Test func exampleCatalogRanksCleanly() {
        let run = breakeven(["rank", testDirectory.appendingPathComponent("../../examples/catalog.csv").path])
        #expect(run.status == .success)
        #expect(run.out.contains("Total (28 SKUs)"))
        for model in ["VIRTUAL", "STOCKED", "MARKETPLACE", "HYBRID"] {
            #expect(run.out.contains("RECOMMENDED") && run.out.split(separator: "\n").contains {
                $0.split(separator: " ", omittingEmptySubsequences: true).dropFirst(3).first == Substring(model)
            }, "no SKU recommends \(model)")
        }
    }
}
