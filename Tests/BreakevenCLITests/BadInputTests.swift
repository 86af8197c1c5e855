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
        ("european-non-number.csv", ":3:2: error: '12.5.3' is not a number (column price)", 2),
        ("decimal-point-in-comma-file.csv", ":3:4: error: '8.25' is not a number with a decimal comma", 2),
        ("percent-in-price.csv", ":3:2: error: '15%' is a percentage, but this column is not a rate", 2),
        ("rate-as-whole-number.csv", ":3:6: error: return_rate must be between 0 and 1, found '15' (a rate: write 15% or 0.15)", 2),
        ("unknown-currency.csv", ":3:2: error: '12 XYZ' is not a number (column price)", 2),
        ("bad-thousands.csv", ":3:2: error: '1,23,456' is not a number (column price)", 2),
        ("service-level-one.csv", ":3:5: error: service_level must be strictly between 0 and 1", 1),
        ("negative-demand.csv", ":3:3: error: monthly_demand must not be negative", 2),
        ("negative-history.csv", ":3:3: error: '-2' is negative", 1),
        ("text-after-quote.csv", ":3:1: error: unexpected text after the closing quote", 2),
        ("invalid-utf8.csv", ":3:1: error: the field is not valid UTF-8 (byte offset 92 in the file)", 2),
        ("crlf-ragged.csv", ":3:4: error: the row has 3 fields, the header has 6", 2),
        ("bom-semicolon-bad.csv", ":3:3: error: 'abc' is not a number (column monthly_demand)", 2),
        ("unterminated-quote-last-line.csv", ":4:2: error: a quoted field is never closed", 2),
        ("zero-units-per-order.csv", ":3:5: error: units_per_order must be greater than 0", 1),
        ("huge-number.csv", ":3:2: error: '1e400' is out of range", 2),
        ("nan.csv", ":3:2: error: 'NaN' is not a number", 2),
        ("model-typo.csv", ":3:5: error: 'stoked' is not a model", 1),
        ("tab-separated-bad.csv", ":3:3: error: 'lots' is not a number (column monthly_demand)", 1),
        ("empty-price-cell.csv", ":3:2: error: price is required", 2),
        ("no-demand-values.csv", ":3:3: error: monthly_demand is required (or demand_history)", 1),
        ("missing-price-column.csv", ":1: error: missing required column 'price'", nil),
        ("missing-sku-column.csv", ":1: error: missing required column 'sku'", nil),
        ("missing-demand-columns.csv", ":1: error: missing required column 'monthly_demand (or demand_history)'", nil),
        ("duplicate-column.csv", ":1:4: error: column 'price' appears twice", nil),
        ("alias-duplicate.csv", ":1:4: error: column 'price' appears twice (columns 2 'price' and 4 'unit price')", nil),
        ("only-blank-lines.csv", ":3: error: missing required columns 'sku', 'price'", nil),
        ("empty.csv", ": error: the file is empty: expected a header row", nil),
        ("header-only.csv", ":1: error: no SKU rows after the header", nil),
    ]

    @Test func theCorpusIsComplete() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: fixture("bad"))
        #expect(Set(files) == Set(Self.cases.map(\.file)))
        #expect(files.count >= 30)
    }

    /// The bytes of 1-based physical line `line` (without its line end).
    static func rawLine(_ line: Int, of bytes: [UInt8]) -> [UInt8] {
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var current = 1
        var index = start
        while index < bytes.count, current < line {
            if bytes[index] == 10 {
                current += 1
                start = index + 1
            }
            index += 1
        }
        var end = start
        while end < bytes.count, bytes[end] != 10, bytes[end] != 13 { end += 1 }
        return Array(bytes[start..<end])
    }

    @Test("each bad file", arguments: cases)
    func badFile(_ badCase: (file: String, message: String, ranked: Int?)) throws {
        let path = fixture("bad/\(badCase.file)")
        let run = breakeven(["rank", path, "--format", "csv", "--rejects", "rejects.csv"])
        #expect(run.status == .dataError)
        #expect(run.err.contains(path + badCase.message), "\(run.err)")
        guard let ranked = badCase.ranked else {
            #expect(run.out.isEmpty, "a fatal error stops before any output")
            #expect(run.files.isEmpty)
            return
        }
        // Every rejected row is in the rejects file, byte for byte, after its line and reason.
        let source = try Array(Data(contentsOf: URL(fileURLWithPath: path)))
        let rejects = try #require(run.files["rejects.csv"])
        let rejectedLines = run.err.split(separator: "\n").filter { $0.contains(": error: ") }
            .compactMap { $0.dropFirst(path.count + 1).split(separator: ":").first.flatMap { Int($0) } }
        for line in Set(rejectedLines) {
            let raw = Self.rawLine(line, of: source)
            #expect(rejects.firstRange(of: raw) != nil, "line \(line) is not in the rejects file verbatim")
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
