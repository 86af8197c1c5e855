import Testing
import SyntheticCatalogs
import BreakevenCore
import BreakevenCSV

@testable import BreakevenCLI

@Suite("breakeven generate")
struct GenerateCommandTests {
    /// The same options give the same bytes, on standard output or in a file.
    @Test func sameSeedSameBytes() {
        let arguments = ["generate", "--rows", "40", "--seed", "3", "--history-months", "24"]
        let first = breakeven(arguments)
        #expect(first.status == .success && first.err.isEmpty)
        #expect(first.out == breakeven(arguments).out)
        #expect(
            first.out
                != breakeven(["generate", "--rows", "40", "--seed", "4", "--history-months", "24"])
                .out)
        let file = breakeven(arguments + ["--out", "g.csv"])
        #expect(file.status == .success && file.out.isEmpty && file.file("g.csv") == first.out)
    }

    /// 24 months of history in every row, monthly_demand and demand_sd left empty.
    @Test func historyMonths() throws {
        let lines = breakeven(["generate", "--rows", "30", "--history-months", "24"]).out.split(
            separator: "\n")
        #expect(lines.count == 31)
        let header = lines[0].split(separator: ",", omittingEmptySubsequences: false)
        let history = try #require(header.firstIndex(of: "demand_history"))
        let demand = try #require(header.firstIndex(of: "monthly_demand"))
        let deviation = try #require(header.firstIndex(of: "demand_sd"))
        for line in lines.dropFirst() {
            // A plain split on commas: rows with a quoted name (it may hold a comma) are left out.
            guard !line.contains("\"") else { continue }
            let cells = line.split(separator: ",", omittingEmptySubsequences: false)
            #expect(cells.count == header.count)
            #expect(cells[demand].isEmpty && cells[deviation].isEmpty)
            #expect(cells[history].split(separator: "|").count == 24)
        }
    }

    /// `--history` is `--history-months 12`; `--history-months 0` is no history.
    @Test func shorthandAndZero() {
        let twelve = breakeven(["generate", "--rows", "25", "--history-months", "12"])
        #expect(breakeven(["generate", "--rows", "25", "--history"]).out == twelve.out)
        #expect(
            breakeven(["generate", "--rows", "25", "--history", "--history-months", "12"]).out
                == twelve.out)
        let none = breakeven(["generate", "--rows", "25"])
        #expect(breakeven(["generate", "--rows", "25", "--history-months", "0"]).out == none.out)
        #expect(!none.out.contains("demand_history") && twelve.out.contains("demand_history"))
    }

    /// The generated catalog ranks without a rejected row, history or not.
    @Test func itRanks() {
        for extra in [[], ["--history-months", "24"]] {
            let catalog = breakeven(["generate", "--rows", "60", "--seed", "8"] + extra).out
            let run = breakeven(["rank", "-", "--format", "csv"], stdin: catalog)
            #expect(run.status == .success)
            #expect(run.err.hasSuffix(": 60 rows read, 60 ranked, 0 rejected\n"), "\(run.err)")
        }
    }

    @Test(arguments: [
        (
            ["--history-months", "2"],
            "expected 0 (no history) or a whole number of months from 3 to 1200"
        ),
        (
            ["--history-months", "1201"],
            "expected 0 (no history) or a whole number of months from 3 to 1200"
        ),
        (
            ["--history-months", "-1"],
            "expected 0 (no history) or a whole number of months from 3 to 1200"
        ),
        (
            ["--history-months", "two"],
            "expected 0 (no history) or a whole number of months from 3 to 1200"
        ),
        (
            ["--history", "--history-months", "24"],
            "--history is --history-months 12: give one or the other"
        ),
    ])
    func badHistoryMonths(_ extra: [String], _ message: String) {
        let run = breakeven(["generate", "--rows", "5"] + extra)
        #expect(run.status == .usage)
        #expect(run.err.contains(message), "\(run.err)")
        #expect(run.out.isEmpty)
    }

    /// `--pattern`: every history in the one pattern, as the Core classifier
    /// reads it (seasonal: every history peaks where its profile says; the
    /// others: the Syntetos–Boylan class); without a history, a usage error.
    @Test func onePattern() throws {
        for (name, expected) in [("intermittent", DemandPattern.intermittent), ("lumpy", .lumpy), ("smooth", .smooth)] {
            let run = breakeven(["generate", "--rows", "40", "--history-months", "24", "--pattern", name])
            #expect(run.status == .success)
            let catalog = try CatalogReader().read(Array(run.out.utf8), file: "g.csv")
            #expect(catalog.rows.count == 40)
            let classes = catalog.rows.compactMap { $0.inputs.demandHistory.flatMap(DemandPattern.init(history:)) }
            #expect(classes.filter { $0 == expected }.count >= 39, "\(name)")
        }
        let seasonal = SyntheticCatalog(rows: 30, seed: 3, historyMonths: 24, pattern: .seasonal)
        for row in 0..<30 { #expect(seasonal.demand(row: row)?.pattern == .seasonal) }
        #expect(breakeven(["generate", "--rows", "3", "--pattern", "lumpy"]).status == .usage)
        #expect(breakeven(["generate", "--rows", "3", "--history-months", "24", "--pattern", "bumpy"]).status == .usage)
    }
}
