import Foundation
import Testing

@testable import BreakevenCLI

/// Every command and format, run on the examples, the bad fixtures and a
/// generated 5,000-row catalog, prints exactly what was recorded by
/// `scripts/record-golden` (standard output, standard error, exit status).
/// The recordings were made before the architecture change; a case changes
/// only in a commit that says why.
@Suite struct GoldenOutputTests {
    /// One recorded run.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var arguments: [String]
        var standardInput: String?
        var testDescription: String { name }
    }

    /// The package's root folder.
    static let root = testDirectory.deletingLastPathComponent().deletingLastPathComponent()
    static let golden = testDirectory.appendingPathComponent("Golden")

    static let cases: [Case] = {
        let text = (try? String(contentsOf: golden.appendingPathComponent("cases.txt"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap { line -> Case? in
            guard !line.hasPrefix("#"), let tab = line.firstIndex(of: "\t") else { return nil }
            var words = line[line.index(after: tab)...].split(separator: " ").map(String.init)
            var input: String?
            if let redirect = words.firstIndex(of: "<") {
                input = words[redirect + 1]
                words.removeSubrange(redirect...)
            }
            return Case(name: String(line[..<tab]), arguments: words, standardInput: input)
        }
    }()

    static let statuses: [String: Int32] = {
        let text = (try? String(contentsOf: golden.appendingPathComponent("out/statuses.txt"), encoding: .utf8)) ?? ""
        var statuses: [String: Int32] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "\t")
            if parts.count == 2, let status = Int32(parts[1]) { statuses[String(parts[0])] = status }
        }
        return statuses
    }()

    /// The file's bytes, read from the package root, or nil when `path` names no file.
    static func contents(_ path: String) -> [UInt8]? {
        let url = root.appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: url.path),
            let data = FileManager.default.contents(atPath: url.path)
        else { return nil }
        return [UInt8](data)
    }

    static func recorded(_ name: String, _ suffix: String) -> String {
        String(decoding: contents("Tests/BreakevenCLITests/Golden/out/\(name).\(suffix)") ?? [], as: UTF8.self)
    }

    @Test func everyCaseWasRecorded() {
        #expect(Self.cases.count > 150)
        for golden in Self.cases { #expect(Self.statuses[golden.name] != nil, "\(golden.name) has no recording") }
    }

    @Test(arguments: cases) func printsWhatWasRecorded(_ golden: Case) {
        var files: [String: [UInt8]] = [:]
        for argument in golden.arguments where argument.contains("/") {
            if let bytes = Self.contents(argument) { files[argument] = bytes }
        }
        let stdin = golden.standardInput.flatMap(Self.contents) ?? []
        let run = breakeven(golden.arguments, stdin: stdin, files: files)
        #expect(run.status.rawValue == Self.statuses[golden.name], "exit status of \(golden.name)")
        #expect(run.out == Self.recorded(golden.name, "out"), "standard output of \(golden.name)")
        #expect(run.err == Self.recorded(golden.name, "err"), "standard error of \(golden.name)")
    }
}
