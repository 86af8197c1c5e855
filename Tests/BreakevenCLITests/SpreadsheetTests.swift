import Foundation
import Testing

@testable import BreakevenCLI

/// Spreadsheet exports as they come: European dialects, templates, validation,
/// files out, nothing lost.
@Suite("Spreadsheet input and output")
struct SpreadsheetTests {
    static let examples = testDirectory.appendingPathComponent("../../examples").standardized

    static func example(_ name: String) -> String { examples.appendingPathComponent(name).path }

    @Test func italianExportRanksExactlyLikeThePlainCatalog() {
        let italian = breakeven(["rank", Self.example("catalog-it.csv"), "--format", "csv", "--output-locale", "plain"])
        let plain = breakeven(["rank", Self.example("catalog.csv"), "--format", "csv"])
        #expect(italian.status == .success && plain.status == .success)
        #expect(italian.out == plain.out)
        #expect(italian.err.hasPrefix(Self.example("catalog-it.csv") + ": ';' separated, decimal comma, 28 rows\n"))
    }

    @Test func csvOutputFollowsTheInputDialect() throws {
        let run = breakeven(["rank", Self.example("catalog-it.csv"), "--format", "csv"])
        let header = try #require(run.out.split(separator: "\n").first)
        #expect(header.hasPrefix("sku;recommended;cheapest;"))
        let row = try #require(run.out.split(separator: "\n").dropFirst().first)
        let fields = row.split(separator: ";", omittingEmptySubsequences: false)
        let profit = fields[OutputColumnsNames.index("virtual_profit")]
        #expect(profit.contains(",") && !profit.contains("."))
    }

    @Test(arguments: [[String](), ["--delimiter", ";", "--decimal", ","], ["--delimiter", "tab"]])
    func templateFeedsBackIntoRank(_ options: [String]) {
        let template = breakeven(["template"] + options)
        #expect(template.status == .success)
        let ranked = breakeven(["rank", "-", "--format", "csv"], stdin: template.out)
        #expect(ranked.status == .success, "\(ranked.err)")
        #expect(ranked.err.hasSuffix("2 rows read, 2 ranked, 0 rejected\n"))
        #expect(!ranked.err.contains("warning"))
    }

    @Test func templateRejectsACommaWithACommaDecimal() {
        #expect(breakeven(["template", "--decimal", ","]).status == .usage)
    }

    @Test func validateReportsEveryProblemGroupedByColumn() {
        let text = """
            sku,price,monthly_demand,virtual_unit_cost,return_rate,colour
            A,20,100,8,0.05,red
            B,abc,100,8,2,blue
            C,-3,100,x,0.05,green
            D,25,40,10,0.05,pink
            """
        let run = breakeven(["validate", "-"], stdin: text)
        #expect(run.status == .dataError)
        #expect(run.out.contains("price: 2 problems\n  <stdin>:3:2: error: 'abc' is not a number (column price)\n"))
        #expect(run.out.contains("  <stdin>:4:2: error: price must be greater than 0, found '-3' (column price)\n"))
        #expect(run.out.contains("virtual_unit_cost: 1 problem\n"))
        #expect(run.out.contains("return_rate: 1 problem\n"))
        #expect(run.out.contains("warnings\n  <stdin>:1: warning: ignoring unknown column 'colour'"))
        #expect(run.out.hasSuffix("2 rows would be rejected (4 problems); 2 of 4 rows are ready.\n"))
        #expect(run.err.hasSuffix("<stdin>: 4 rows read, 2 ranked, 2 rejected\n"))
        let clean = breakeven(["validate", Self.example("catalog.csv")])
        #expect(clean.status == .success)
        #expect(clean.out == "No problems: all 28 rows are ready.\n")
    }

    @Test func rejectsFileHoldsTheRowsVerbatimInTheInputDialect() throws {
        let text = "\u{FEFF}sku;price;monthly_demand;virtual_unit_cost\r\nA;20,5;100;8\r\n\"B; the \"\"best\"\"\";abc;100;8\r\nC;;5;3\r\n"
        let run = breakeven(["rank", "-", "--rejects", "bad.csv"], stdin: text)
        #expect(run.status == .dataError)
        let rejects = try #require(run.file("bad.csv"))
        let expected =
            "line;reason;sku;price;monthly_demand;virtual_unit_cost\r\n"
            + "3;column 2: 'abc' is not a number (column price);\"B; the \"\"best\"\"\";abc;100;8\r\n"
            + "4;column 2: price is required;C;;5;3\r\n"
        #expect(rejects == expected)
    }

    @Test func rowsReadAlwaysEqualRankedPlusRejected() throws {
        let bad = try FileManager.default.contentsOfDirectory(atPath: fixture("bad")).map { "bad/" + $0 }
        for name in bad + ["good/small.csv"] {
            for command in [["rank"], ["validate"]] {
                let run = breakeven(command + [fixture(name)])
                let summary = run.err.split(separator: "\n").last.map(String.init) ?? ""
                guard summary.contains("rows read") else {
                    #expect(run.status == .dataError, "\(name): no summary, so the file must be unusable")
                    continue
                }
                let counts = summary.dropFirst(fixture(name).count).split(whereSeparator: { !$0.isNumber })
                    .compactMap { Int($0) }
                #expect(counts.count == 3 && counts[0] == counts[1] + counts[2], "\(name): \(summary)")
                #expect((counts[2] == 0) == (run.status == .success), "\(name): exit status \(run.status)")
            }
        }
    }

    @Test func outWritesTheResultsToAFile() throws {
        let run = breakeven(["rank", fixture("good/small.csv"), "--format", "csv", "--out", "ranked.csv"])
        #expect(run.status == .success)
        #expect(run.out.isEmpty)
        #expect(run.file("ranked.csv") == breakeven(["rank", fixture("good/small.csv"), "--format", "csv"]).out)
    }

    @Test func markdownTable() {
        let run = breakeven(["rank", fixture("good/small.csv"), "--format", "markdown"])
        #expect(run.status == .success)
        assertSnapshot(run.out, named: "rank-small.md")
    }

    @Test func explainShowsTheProductName() {
        let run = breakeven(["explain", "A", "-"], stdin: "SKU code;Description;Unit price;Demand;Dropship cost\nA;Mug, blue;12,5;40;4\n")
        #expect(run.status == .success)
        #expect(run.out.hasPrefix("SKU A — Mug, blue (line 2)\n"))
        #expect(!run.err.contains("warning"))
    }

    @Test func forcedDialectIsUsedAndSaid() {
        let run = breakeven(["rank", "-", "--delimiter", ";", "--decimal", "."], stdin: "sku;price;monthly_demand;virtual_unit_cost\nA;12.5;40;4\n")
        #expect(run.status == .success)
        #expect(run.err.hasPrefix("<stdin>: ';' separated (as told), decimal point (as told), 1 row\n"))
        #expect(breakeven(["rank", "-", "--delimiter", "|"], stdin: "").status == .usage)
        #expect(breakeven(["rank", "-", "--decimal", "x"], stdin: "").status == .usage)
    }
}
