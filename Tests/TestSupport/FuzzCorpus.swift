import Foundation

/// The inputs the fuzz harnesses are replayed on in `swift test`: the seeds
/// (example catalogs and the CLI's fixtures), the corpus the fuzzers grew
/// (minimized, in `Tests/FuzzCorpus/TARGET`) and every input that once broke
/// something (`Tests/FuzzCorpus/regressions/TARGET`).
public enum FuzzCorpus {
    /// One input: where it came from, and its bytes.
    public struct Input: Sendable, CustomStringConvertible {
        /// The path from the repository's root.
        public var name: String
        /// The bytes.
        public var bytes: [UInt8]

        public var description: String { name }
    }

    /// The repository's root.
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The example catalogs and every CSV fixture of the CLI tests; the large
    /// real catalog only by its first 60 lines.
    public static var seeds: [Input] {
        var inputs = files(in: "Tests/BreakevenCLITests/Fixtures/bad") + files(in: "Tests/BreakevenCLITests/Fixtures/good")
            + files(in: "Tests/BreakevenCLITests/Fixtures/reference").filter { $0.name.hasSuffix(".csv") }
        for name in ["examples/catalog.csv", "examples/catalog-it.csv"] {
            inputs.append(Input(name: name, bytes: read(name)))
        }
        let retail = read("examples/online-retail.csv")
        var lines = 0
        let head = retail.prefix { byte in
            if byte == 10 { lines += 1 }
            return lines < 60
        }
        inputs.append(Input(name: "examples/online-retail.csv (60 lines)", bytes: Array(head) + [10]))
        return inputs
    }

    /// The minimized corpus of `target` (`csv-reader` or `rank`).
    public static func corpus(_ target: String) -> [Input] { files(in: "Tests/FuzzCorpus/\(target)") }

    /// The regression inputs of `target`: each once crashed or broke an invariant.
    public static func regressions(_ target: String) -> [Input] {
        files(in: "Tests/FuzzCorpus/regressions/\(target)")
    }

    /// Everything `target` is replayed on.
    public static func all(_ target: String) -> [Input] { seeds + corpus(target) + regressions(target) }

    static func read(_ path: String) -> [UInt8] {
        (try? Array(Data(contentsOf: root.appendingPathComponent(path)))) ?? []
    }

    /// The files of a folder, by name; none when it does not exist.
    static func files(in folder: String) -> [Input] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { Input(name: "\(folder)/\($0)", bytes: read("\(folder)/\($0)")) }
    }
}
