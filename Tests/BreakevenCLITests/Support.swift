import Foundation
import Testing

@testable import BreakevenCLI

/// What one run of the command line printed, wrote and returned.
struct Run {
    var status: ExitCode
    var out: String
    var err: String
    /// Files the command wrote (`--out`, `--rejects`), kept in memory.
    var files: [String: [UInt8]]

    /// A written file as text.
    func file(_ name: String) -> String? { files[name].map { String(decoding: $0, as: UTF8.self) } }
}

/// Collects what a command writes; shared by the closures of a `Terminal`.
private final class Recorder: @unchecked Sendable {
    private let lock = NSLock()
    private var out = ""
    private var err = ""
    private var files: [String: [UInt8]] = [:]

    func write(_ text: String, error: Bool) {
        lock.lock()
        defer { lock.unlock() }
        if error { err += text } else { out += text }
    }

    func write(_ bytes: [UInt8], file: String) {
        lock.lock()
        defer { lock.unlock() }
        files[file] = bytes
    }

    func append(_ bytes: [UInt8], file: String) {
        lock.lock()
        defer { lock.unlock() }
        files[file, default: []] += bytes
    }

    var result: (String, String, [String: [UInt8]]) {
        lock.lock()
        defer { lock.unlock() }
        return (out, err, files)
    }
}

/// The folder of this test target in the source tree.
let testDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

/// A fixture's path relative to the working directory of the test run.
func fixture(_ name: String) -> String {
    testDirectory.appendingPathComponent("Fixtures").appendingPathComponent(name).path
}

/// Runs `breakeven` in-process with `arguments`, `stdin` on standard input
/// and `files` as extra in-memory files (any other path is read from disk);
/// `environment`, `terminal` (standard output is a terminal) and
/// `errorTerminal` (standard error is one) as given.
func breakeven(
    _ arguments: [String], stdin: String = "", files: [String: String] = [:], environment: [String: String] = [:],
    terminal outputIsTerminal: Bool = false, errorTerminal: Bool = false
) -> Run {
    breakeven(
        arguments, stdin: Array(stdin.utf8), files: files.mapValues { Array($0.utf8) }, environment: environment,
        terminal: outputIsTerminal, errorTerminal: errorTerminal)
}

/// Runs `breakeven` in-process as above, with standard input and the
/// in-memory files as bytes.
func breakeven(
    _ arguments: [String], stdin: [UInt8], files: [String: [UInt8]], environment: [String: String] = [:],
    terminal outputIsTerminal: Bool = false, errorTerminal: Bool = false
) -> Run {
    let recorder = Recorder()
    let terminal = Terminal(
        write: { recorder.write($0, error: false) },
        writeBytes: { recorder.write(String(decoding: $0, as: UTF8.self), error: false) },
        writeError: { recorder.write($0, error: true) },
        readFile: { path throws(FileError) in
            if let bytes = files[path] { return bytes }
            return try StandardStream.read(path: path)
        },
        readStandardInput: { () throws(FileError) in stdin },
        writeFile: { path, bytes throws(FileError) in recorder.write(bytes, file: path) },
        openOutput: { path throws(FileError) in
            ChunkedOutput(path: path) { recorder.append($0, file: path) }
        },
        openInput: { path throws(FileError) in
            if path == "-" { return ChunkedInput(bytes: stdin) }
            if let bytes = files[path] { return ChunkedInput(bytes: bytes) }
            return ChunkedInput(bytes: try StandardStream.read(path: path))
        },
        environment: environment, standardOutputIsTerminal: outputIsTerminal, standardErrorIsTerminal: errorTerminal)
    let status = BreakevenTool.run(arguments, terminal: terminal)
    let (out, err, files) = recorder.result
    return Run(status: status, out: out, err: err, files: files)
}

/// Compares `text` with the snapshot file `name`; with
/// `BREAKEVEN_RECORD_SNAPSHOTS=1` in the environment, writes it instead.
func assertSnapshot(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = testDirectory.appendingPathComponent("Snapshots").appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["BREAKEVEN_RECORD_SNAPSHOTS"] == "1" {
        try? FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? text.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("no snapshot \(name); record it with BREAKEVEN_RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
        return
    }
    #expect(text == expected, "snapshot \(name) differs", sourceLocation: sourceLocation)
}

/// Output columns, for tests that pick cells out of CSV lines.
enum OutputColumnsNames {
    /// The position of column `name` in `rank --format csv`.
    static func index(_ name: String) -> Int {
        let header = breakeven(["rank", "-", "--format", "csv"], stdin: "sku,price,monthly_demand,virtual_unit_cost\nA,1,1,1\n")
            .out.split(separator: "\n")[0].split(separator: ",").map(String.init)
        return header.firstIndex(of: name) ?? -1
    }

    /// Some numeric output columns of a VIRTUAL-only SKU.
    static let numbers = [
        "cv", "monthly_demand", "virtual_profit", "virtual_landed_cost", "virtual_capital", "virtual_units_sold", "saving",
    ]
}
