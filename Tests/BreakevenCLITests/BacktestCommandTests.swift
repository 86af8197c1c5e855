import Foundation
import TestSupport
import Testing

@testable import BreakevenCLI

/// `breakeven backtest` in-process on the hand-made catalog of
/// ``BacktestFixtures`` (its figures worked out there), eight runs per SKU.
@Suite("backtest")
struct BacktestCommandTests {
    static let files = ["hand.csv": BacktestFixtures.csv]
    static let fast = ["--runs", "8"]

    static func backtest(_ arguments: [String], files: [String: String] = files) -> Run {
        breakeven(["backtest"] + arguments + fast, files: files)
    }

    @Test func tableWithSkippedSKUsOnStandardError() {
        let run = Self.backtest(["hand.csv"])
        #expect(run.status == .success)  // skipped SKUs are not rejections
        #expect(run.out.hasPrefix("Back-test of hand.csv: "))
        #expect(run.out.contains("\nflat-virtual *   12+12"))
        #expect(
            run.out.contains(
                "\nThe recommendation was the best in hindsight for 2 of 3 SKUs (66.7%).\n"))
        #expect(
            run.err
                == "hand.csv: ',' separated, decimal point (assumed: no decimals in the first rows), 5 rows\n"
                + "hand.csv:5: SKU 'short' not back-tested: demand_history has 20 months, 24 needed "
                + "(12 to decide on, at least 12 to replay)\n"
                + "hand.csv:6: SKU 'no-history' not back-tested: no demand_history\n"
                + "hand.csv: 5 rows read, 3 back-tested, 2 skipped (demand_history missing or too short), 0 rejected\n"
        )
    }

    @Test func sameFiguresOnOneThreadOrMany() {
        let one = Self.backtest(["hand.csv", "--format", "csv", "--threads", "1"])
        let two = Self.backtest(["hand.csv", "--format", "csv", "--threads", "2"])
        #expect(one.status == .success && one.out == two.out)
        #expect(one.out != Self.backtest(["hand.csv", "--format", "csv", "--seed", "9"]).out)
    }

    @Test func italianTableHasNoEnglishLeft() {
        let run = Self.backtest(["hand.csv", "--lang", "it"])
        #expect(run.status == .success)
        #expect(run.out.hasPrefix("Verifica storica di hand.csv: "))
        #expect(
            run.out.contains(
                "\nIl consigliato è stato il migliore a posteriori per 2 SKU su 3 (66.7%).\n"))
        #expect(Untranslated.found(Untranslated.backtest, in: run.out) == [])
    }

    @Test func csvInTheInputsDialectOrPlain() throws {
        let italian = BacktestFixtures.csv.replacing(",", with: ";")
        let files = ["semi.csv": italian]
        let run = Self.backtest(["semi.csv", "--format", "csv"], files: files)
        #expect(run.status == .success)
        let lines = run.out.split(separator: "\n").map(String.init)
        #expect(lines.count == 4 && lines[0].hasPrefix("sku;fit_months;held_out_months;"))
        #expect(lines[2].hasPrefix("jump-stocked;12;12;2;200;;VIRTUAL;2000;STOCKED;"))
        let plain = Self.backtest(
            ["semi.csv", "--format", "csv", "--output-locale", "plain"], files: files)
        #expect(
            plain.out.split(separator: "\n")[2].hasPrefix(
                "jump-stocked,12,12,2,200,,VIRTUAL,2000,STOCKED,"))
    }

    @Test func jsonToAFile() throws {
        let run = Self.backtest([
            "hand.csv", "--format", "json", "--out", "bt.json", "--only", "jump-stocked",
        ])
        #expect(run.status == .success && run.out.isEmpty)
        let text = try #require(run.file("bt.json"))
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(
            object["counts"] as? [String: Int]
                == ["rows_read": 5, "back_tested": 1, "skipped": 0, "rejected": 0, "left_out": 4])
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(rows.count == 1 && rows[0]["hindsight_best"] as? String == "STOCKED")
        #expect(
            run.err.hasSuffix(
                "hand.csv: 5 rows read, 1 back-tested, 0 skipped (demand_history missing or too short), 0 rejected, "
                    + "4 left out by --only\n"))
    }

    @Test func fitMonthsChangesWhatIsSkipped() {
        // Six months to decide on: the 20-month SKU is back-tested on 6 + 14.
        let run = Self.backtest(["hand.csv", "--fit-months", "6"])
        #expect(run.out.contains("\nshort  ") && run.out.contains("6+14"))
        #expect(run.err.contains("4 back-tested, 1 skipped"))
    }

    @Test func rejectedRowsExitOne() {
        let bad =
            BacktestFixtures.csv + "bad,1|2,,,,abc,70,,100,0,0,0,0,5,5,2,0,0,0,0,0,0,4,10,100\n"
        let run = Self.backtest(["bad.csv"], files: ["bad.csv": bad])
        #expect(run.status == .dataError)
        #expect(
            run.err.contains("bad.csv:7:6: error: 'abc' is not a number (column virtual_unit_cost)")
        )
        #expect(
            run.err.hasSuffix(
                "3 back-tested, 2 skipped (demand_history missing or too short), 1 rejected\n"))
    }

    @Test func badOptionsAreUsageErrors() {
        for arguments in [
            ["--runs", "3"], ["--runs", "0"], ["--fit-months", "0"], ["--seed", "-1"],
            ["--format", "html"],
            ["--lang", "fr"],
        ] {
            let run = breakeven(["backtest", "hand.csv"] + arguments, files: Self.files)
            #expect(run.status == .usage, "\(arguments)")
            #expect(run.err.hasPrefix("Error: "))
        }
        #expect(breakeven(["--help"]).out.contains("\n  backtest "))
    }
}
