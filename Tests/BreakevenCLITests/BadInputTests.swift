import Foundation
import Testing

@testable import BreakevenCLI

/// Every bad file gives a message with its line and column (or says why the
/// whole file is unusable), exit status 1, and never a crash; the good rows
/// are still ranked and rows read = ranked + rejected.
@Suite("Bad input")
struct BadInputTests {
    static let cases: [(file: String, message: String, ranked: Int?)] = [
        ("non-number.csv", ":3:2: error: 'abc' is not a number (column price)", 2),
        ("negative-cost.csv", ":3:4: error: virtual_unit_cost must not be negative, found '-8'", 2),
        ("rate-above-one.csv", ":3:6: error: return_rate must be between 0 and 1, found '1.2'", 2),
        ("empty-sku.csv", ":3:1: error: the sku is empty", 2),
        ("repeated-sku.csv", ":4:1: error: sku 'A' repeats the one on line 2", 2),
        ("ragged-row.csv", ":3:5: error: the row has 4 fields, the header has 6", 2),
        ("unterminated-quote.csv", ":3:1: error: a quoted field is never closed", 2),
        ("unknown-model.csv", ":3:5: error: 'teleport' is not a model", 1),
        ("bad-history.csv", ":3:3: error: 'x' is not a number (column demand_history)", 1),
        ("zero-price.csv", ":3:2: error: price must be greater than 0", 1),
        ("no-unit-cost.csv", ":3:4: error: virtual_unit_cost or stocked_unit_cost is required", 1),
        ("missing-price-column.csv", ":1: error: missing required column 'price'", nil),
        ("empty.csv", ": error: the file is empty: expected a header row", nil),
        ("header-only.csv", ":1: error: no SKU rows after the header", nil),
    ]

    @Test("each bad file", arguments: cases)
    func badFile(_ badCase: (file: String, message: String, ranked: Int?)) {
        let path = fixture("bad/\(badCase.file)")
        let run = breakeven(["rank", path, "--format", "csv"])
        #expect(run.status == .dataError)
        #expect(run.err.contains(path + badCase.message), "\(run.err)")
        guard let ranked = badCase.ranked else {
            #expect(run.out.isEmpty, "a fatal error stops before any output")
            return
        }
        // Header plus one line per good row; the summary accounts for every row.
        #expect(run.out.split(separator: "\n").count == ranked + 1)
        let summary = run.err.split(separator: "\n").last.map(String.init) ?? ""
        #expect(summary.hasPrefix(path + ": "))
        let counts = summary.dropFirst(path.count)  // the path may hold digits too
        let numbers = counts.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        #expect(numbers.count == 3 && numbers[0] == numbers[1] + numbers[2] && numbers[1] == ranked, "\(summary)")
    }
}
