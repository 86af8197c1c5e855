import Foundation
import Testing

@testable import BreakevenCore
@testable import BreakevenCSV
@testable import BreakevenReport
@testable import BreakevenCLI

/// The example catalog agrees with an independent implementation of the math
/// (see Fixtures/reference/README.md).
@Suite("Independent reference")
struct ReferenceTests {
    static func table(_ text: String) throws -> [String: [String: String]] {
        let records = try Array(CSVReader(bytes: Array(text.utf8))).map { try $0.get() }
        let header = records[0].fields
        var rows: [String: [String: String]] = [:]
        for record in records.dropFirst() {
            rows[record.fields[0]] = Dictionary(uniqueKeysWithValues: zip(header, record.fields))
        }
        return rows
    }

    @Test func exampleCatalogMatchesTheReference() throws {
        let reference = try Self.table(try String(contentsOfFile: fixture("reference/catalog.csv"), encoding: .utf8))
        let run = breakeven(["rank", testDirectory.appendingPathComponent("../../examples/catalog.csv").path, "--format", "csv"])
        let ours = try Self.table(run.out)
        #expect(reference.count == 28 && ours.count == 28)
        var compared = 0
        for (sku, expected) in reference {
            let actual = try #require(ours[sku], "\(sku) missing")
            for (name, value) in expected where name != "sku" {
                let mine = try #require(actual[name], "no column \(name)")
                if name == "recommended" {
                    #expect(mine == value.uppercased(), "\(sku) \(name)")
                } else if let a = Double(mine), let b = Double(value) {
                    let tolerance = name.hasSuffix("breakeven_volume") ? 1e-6 : 1e-9
                    #expect(abs(a - b) <= tolerance * max(1, abs(a), abs(b)), "\(sku) \(name): \(mine) vs \(value)")
                } else {
                    #expect(mine == value, "\(sku) \(name): '\(mine)' vs '\(value)'")
                }
                compared += 1
            }
        }
        #expect(compared > 900)
    }
}
