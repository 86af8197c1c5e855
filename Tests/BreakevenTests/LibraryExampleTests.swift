import Breakeven
import Foundation
import Testing

@testable import BreakevenCLI

/// The README's "Use it as a library" example compiles and agrees with the
/// command line on every SKU of the same file.
@Suite struct LibraryExampleTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The README's example, verbatim but for the path (the test's working
    /// directory is not the package's) and `print` collecting into `lines`.
    func readmeExample(_ path: String, _ print: (String) -> Void) throws {
        let catalog = try evaluateCatalog(file: path)
        for sku in catalog.skus {
            let profit = sku.monthlyProfit[sku.recommended] ?? 0
            print("\(sku.sku): \(sku.recommended), \(profit) a month")
        }
        let mug = try evaluateSKU([
            "sku": "mug", "price": "18", "monthly_demand": "40", "virtual_unit_cost": "9", "stocked_unit_cost": "5",
        ])
        print("\(mug.recommended): \(mug.reasons[0])")
    }

    /// Every line of the README's example stands in ``readmeExample(_:_:)``
    /// (the path given as `path`), so the two cannot drift apart.
    @Test func readmeShowsTheExample() throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.range(of: "## Use it as a library"))
        let block = readme[section.upperBound...]
        let start = try #require(block.range(of: "```swift\n"))
        let end = try #require(block[start.upperBound...].range(of: "```"))
        let example = block[start.upperBound..<end.lowerBound].split(separator: "\n")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && $0 != "import Breakeven" }
        #expect(example.count >= 8)
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        for line in example {
            let here = line.replacingOccurrences(of: "file: \"examples/catalog.csv\"", with: "file: path")
            #expect(source.contains(here), "README line not in the test: \(line)")
        }
    }

    @Test func libraryGivesTheCommandLinesRecommendationAndProfit() throws {
        let path = Self.root.appendingPathComponent("examples/catalog.csv").path
        var lines: [String] = []
        try readmeExample(path) { lines.append($0) }
        #expect(lines.count == 29)

        // The CLI's CSV, in file order: sku, recommended, …, <model>_profit.
        let cli = try #require(CLIRun.csv(["rank", path, "--format", "csv", "--sort", "none"]))
        let header = cli[0]
        let recommended = try #require(header.firstIndex(of: "recommended"))
        let library = try evaluateCatalog(file: path)
        #expect(library.skus.count == cli.count - 1)
        for (sku, row) in zip(library.skus, cli.dropFirst()) {
            #expect(sku.sku == row[0])
            #expect(sku.recommended.description == row[recommended])
            let column = try #require(header.firstIndex(of: "\(sku.recommended.rawValue)_profit"))
            let printed = try #require(Double(row[column]))
            #expect(abs((sku.monthlyProfit[sku.recommended] ?? .nan) - printed) <= 1e-9 * max(1, abs(printed)))
        }
    }

    @Test func oneSKUSaysWhy() throws {
        let mug = try evaluateSKU([
            "sku": "mug", "price": "18", "monthly_demand": "40", "virtual_unit_cost": "9", "stocked_unit_cost": "5",
        ])
        #expect(mug.sku == "mug")
        #expect(mug.monthlyProfit[.virtual] != nil && mug.monthlyProfit[.stocked] != nil)
        #expect(mug.reasons[0].hasPrefix("\(mug.recommended) earns"))
        #expect(mug.reasons(in: "it")[0].hasPrefix("\(mug.recommended) guadagna"))
    }

    @Test func badInputIsAnErrorNamingTheColumn() {
        #expect(throws: BreakevenError.self) {
            try evaluateSKU(["sku": "x", "price": "abc", "monthly_demand": "1", "virtual_unit_cost": "1"])
        }
        do {
            _ = try evaluateSKU(["sku": "x", "price": "abc", "monthly_demand": "1", "virtual_unit_cost": "1"])
        } catch {
            #expect(error.message.contains("price"))
        }
    }
}

/// Runs the command line in-process and splits its CSV output.
enum CLIRun {
    static func csv(_ arguments: [String]) -> [[String]]? {
        final class Box: @unchecked Sendable { var bytes: [UInt8] = [] }
        let box = Box()
        let terminal = Terminal(
            write: { box.bytes += Array($0.utf8) }, writeBytes: { box.bytes += $0 }, writeError: { _ in },
            readFile: { path throws(FileError) in try StandardStream.read(path: path) },
            readStandardInput: { () throws(FileError) in [] },
            writeFile: { _, _ throws(FileError) in },
            openOutput: { path throws(FileError) in ChunkedOutput(path: path) { _ in } },
            openInput: { path throws(FileError) in ChunkedInput(bytes: try StandardStream.read(path: path)) },
            environment: [:], standardOutputIsTerminal: false)
        guard BreakevenTool.run(arguments, terminal: terminal) == .success else { return nil }
        // The example catalog has no quoted fields in these columns; reasons are quoted, and come last.
        return String(decoding: box.bytes, as: UTF8.self).split(separator: "\n").map { line in
            line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
    }
}
