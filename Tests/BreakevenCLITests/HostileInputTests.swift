import Foundation
import Testing

@testable import BreakevenCore
@testable import BreakevenCSV
@testable import BreakevenReport
@testable import BreakevenCLI

/// Inputs made to break the tool: each gives a message with file:line:column
/// and the reason, the documented exit status, no `inf` or `NaN` in the
/// output, and a summary where rows read = ranked + rejected; the good rows
/// around a bad one are still ranked.
@Suite("Hostile input")
struct HostileInputTests {
    static let header = "sku,price,monthly_demand,virtual_unit_cost"

    /// `rank NAME --format csv --sort SORT` over `text`, held in memory.
    static func rank(
        _ text: String, sort: String = "saving", name: String = "h.csv", _ extra: [String] = []
    ) -> Run {
        breakeven(["rank", name, "--format", "csv", "--sort", sort] + extra, files: [name: text])
    }

    /// The SKUs of a `rank --format csv` output, in output order.
    static func skus(_ run: Run) -> [String] {
        CSVReader(bytes: Array(run.out.utf8)).dropFirst().compactMap { try? $0.get().fields.first }
    }

    /// Checks the summary line (read = ranked + rejected, as given) and that
    /// no output cell is a number that is not finite.
    static func expectSound(
        _ run: Run, _ name: String, read: Int, ranked: Int,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let summary = run.err.split(separator: "\n").last.map(String.init) ?? ""
        #expect(
            summary == "\(name): \(read) rows read, \(ranked) ranked, \(read - ranked) rejected",
            sourceLocation: sourceLocation)
        #expect(skus(run).count == ranked, sourceLocation: sourceLocation)
        for result in CSVReader(bytes: Array(run.out.utf8)) {
            guard case .success(let record) = result else {
                Issue.record("the output is not CSV", sourceLocation: sourceLocation)
                return
            }
            let bad = record.fields.filter { Double($0).map { !$0.isFinite } ?? false }
            #expect(bad.isEmpty, "line \(record.line): \(bad)", sourceLocation: sourceLocation)
        }
    }

    /// A folder of its own for files on disk, removed after the test.
    static func withDirectory(_ body: (URL) throws -> Void) throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: url) }
        try body(url)
    }

    static let sorts = ["saving", "none"]

    // MARK: Size

    /// A 2 MiB line is rejected at its line without being kept (the rejects
    /// file holds only its line and reason); the rows around it are ranked.
    @Test("a record over the size limit", arguments: sorts)
    func recordOverTheSizeLimit(_ sort: String) {
        let text =
            "\(Self.header)\nA,10,5,4\nB,10,5,\(String(repeating: "x", count: 2 << 20))\nC,10,5,4\n"
        let run = Self.rank(text, sort: sort, ["--rejects", "r.csv"])
        #expect(run.status == .dataError)
        #expect(
            run.err.contains(
                "h.csv:3:4: error: the record is longer than 1 MiB: is this a catalog?"),
            "\(run.err)")
        #expect(Set(Self.skus(run)) == ["A", "C"])
        #expect((run.files["r.csv"]?.count ?? .max) < 1_000, "the long record is not kept")
        Self.expectSound(run, "h.csv", read: 3, ranked: 2)
    }

    /// A quote opened on a 2 MiB line and never closed is an error at the
    /// quote; reading resumes on the next line.
    @Test("a quoted field over the size limit, never closed", arguments: sorts)
    func quotedFieldOverTheSizeLimit(_ sort: String) {
        let text =
            "\(Self.header)\nA,10,5,4\nB,10,5,\"\(String(repeating: "x", count: 2 << 20))\nC,10,5,4\n"
        let run = Self.rank(text, sort: sort)
        #expect(run.status == .dataError)
        #expect(
            run.err.contains(
                "h.csv:3:4: error: the record is longer than 1 MiB inside a quoted field that opens here"
            ),
            "\(run.err)")
        #expect(Set(Self.skus(run)) == ["A", "C"])
        Self.expectSound(run, "h.csv", read: 3, ranked: 2)
    }

    /// 10,000 columns, 9,996 of them unknown: ranked, with one short warning
    /// that names the first unknown columns and counts the rest (it named all
    /// 9,996, in a line of 130 KB, after 35 s of spelling suggestions).
    @Test("10,000 columns", arguments: ["csv", "table"])
    func tenThousandColumns(_ format: String) {
        let titles = Self.header + (1...9_996).map { ",extra_\($0)" }.joined()
        let rows = ["A", "B", "C"].map { $0 + ",10,5,4" + String(repeating: ",", count: 9_996) }
        let started = ContinuousClock.now
        let run = breakeven(
            ["rank", "wide.csv", "--format", format],
            files: ["wide.csv": ([titles] + rows).joined(separator: "\n")])
        #expect(ContinuousClock.now - started < .seconds(10))
        #expect(run.status == .success)
        let warnings = run.err.split(separator: "\n").filter { $0.contains("warning") }
        let listed = (1...20).map { "'extra_\($0)'" }.joined(separator: ", ")
        #expect(
            warnings == ["wide.csv:1: warning: ignoring unknown columns \(listed) and 9976 more"])
        #expect(run.err.split(separator: "\n").count == 3, "detection, warning, summary")
        if format == "csv" { Self.expectSound(run, "wide.csv", read: 3, ranked: 3) }
    }

    // MARK: Bytes

    /// A Latin-1 byte 1.4 MiB into the file (past the first window when
    /// streaming) is reported with its line and its offset in the file.
    @Test("invalid UTF-8 in a field", arguments: sorts)
    func invalidUTF8(_ sort: String) throws {
        try Self.withDirectory { directory in
            var bytes = Array("sku,name,price,monthly_demand,virtual_unit_cost\n".utf8)
            let name = String(repeating: "n", count: 2_000)
            for index in 0..<700 { bytes += Array("S\(index),\(name),10,5,4\n".utf8) }
            bytes += Array("BAD,caf".utf8)
            let offset = bytes.count
            bytes += [0xE9] + Array(",10,5,4\nLAST,x,10,5,4\n".utf8)
            let path = directory.appendingPathComponent("latin1.csv").path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let run = breakeven(["rank", path, "--format", "csv", "--sort", sort])
            #expect(run.status == .dataError)
            #expect(
                run.err.contains(
                    "\(path):702:2: error: the field is not valid UTF-8 (byte offset \(offset) in the file)"
                ),
                "\(run.err.suffix(300))")
            #expect(Self.skus(run).contains("LAST"))
            Self.expectSound(run, path, read: 702, ranked: 701)
        }
    }

    /// NUL is a character like any other: in a SKU it is kept, in a number
    /// it makes the cell not a number.
    @Test("NUL bytes in a field and in a number", arguments: sorts)
    func nulBytes(_ sort: String) {
        let text = "\(Self.header),name\nA\u{0}Z,10,5,4,x\u{0}y\nB,1\u{0}2,5,4,n\nC,10,5,4\u{0},n\n"
        let run = Self.rank(text, sort: sort)
        #expect(run.status == .dataError)
        #expect(
            run.err.contains("h.csv:3:2: error: '1\u{0}2' is not a number (column price)"),
            "\(run.err)")
        #expect(
            run.err.contains(
                "h.csv:4:4: error: '4\u{0}' is not a number (column virtual_unit_cost)"))
        #expect(Self.skus(run) == ["A\u{0}Z"])
        Self.expectSound(run, "h.csv", read: 3, ranked: 1)
    }

    // MARK: Numbers

    /// Not-a-number words and the extremes of a Double: refused with the
    /// reason, or read as what they are; never `inf` or `NaN` in the output
    /// (1e308 as a price, demand or cost made profits `inf` and the saving
    /// `NaN` before inputs were bounded to 10¹⁵).
    @Test("NaN, infinities and extreme numbers", arguments: sorts)
    func extremeNumbers(_ sort: String) {
        let digits = String(repeating: "9", count: 400)
        let cases: [(row: String, error: String?)] = [
            ("A,NaN,5,4", ":2:2: error: 'NaN' is not a number (column price)"),
            ("B,inf,5,4", ":3:2: error: 'inf' is not a number (column price)"),
            ("C,-inf,5,4", ":4:2: error: '-inf' is not a number (column price)"),
            ("D,Infinity,5,4", ":5:2: error: 'Infinity' is not a number (column price)"),
            (
                "E,1e308,5,4",
                ":6:2: error: price must be at most 1e15, found '1e308' (column price)"
            ),
            (
                "F,10,1e308,4",
                ":7:3: error: monthly_demand must be at most 1e15, found '1e308' (column monthly_demand)"
            ),
            (
                "G,10,5,1e308",
                ":8:4: error: virtual_unit_cost must be at most 1e15, found '1e308' (column virtual_unit_cost)"
            ),
            ("H,-0,5,4", ":9:2: error: price must be greater than 0, found '-0' (column price)"),
            ("I,10,-0,4", nil),  // no demand: 0
            ("J,\(digits),5,4", ":11:2: error: '\(digits)' is out of range: numbers go from about 1e-308 to 1e308"),
            ("K,1e-400,5,4", ":12:2: error: '1e-400' is out of range: numbers go from about 1e-308 to 1e308 (column price)"),
            (
                "L,10,5,1e-400",  // not 0: the digits say otherwise
                ":13:4: error: '1e-400' is out of range: numbers go from about 1e-308 to 1e308 (column virtual_unit_cost)"
            ),
            (
                "M,10,5,1e-200",
                ":14:4: error: virtual_unit_cost must be 0 or at least 1e-100, found '1e-200'"
            ),
            ("N,10,5,1e15", nil),
        ]
        let run = Self.rank(([Self.header] + cases.map(\.row)).joined(separator: "\n"), sort: sort)
        #expect(run.status == .dataError)
        for error in cases.compactMap(\.error) {
            #expect(run.err.contains("h.csv" + error), "\(error)")
        }
        #expect(Set(Self.skus(run)) == ["I", "N"])
        Self.expectSound(run, "h.csv", read: cases.count, ranked: 2)
        let flags = OutputColumnsNames.index("flags")
        let records = CSVReader(bytes: Array(run.out.utf8)).compactMap { try? $0.get().fields }
        #expect(
            records.first { $0.first == "I" }?[flags].contains("no_demand") == true,
            "-0 units a month: no demand")
    }

    /// `--set` that scales a price past 10¹⁵ rejects every row, with the reason.
    @Test func adjustmentPastTheBounds() {
        let run = Self.rank("\(Self.header)\nA,10,5,4\nB,20,5,4\n", ["--set", "price*=1e300"])
        #expect(run.status == .dataError)
        #expect(
            run.err.contains(
                "h.csv:2:2: error: price must be at most 1e15, found 1e+301 after --set"),
            "\(run.err)")
        Self.expectSound(run, "h.csv", read: 2, ranked: 0)
    }

    // MARK: Structure

    /// A quote left open at the end of the file is an error at the quote;
    /// the line after it is read again, so no row is lost to it.
    @Test("a file that ends inside a quoted field", arguments: sorts)
    func fileEndsInsideAQuotedField(_ sort: String) {
        let last = Self.rank("\(Self.header)\nA,10,5,4\nB,10,5,\"4", sort: sort)
        #expect(last.status == .dataError)
        #expect(
            last.err.contains(
                "h.csv:3:4: error: a quoted field is never closed: the file ends inside it"))
        Self.expectSound(last, "h.csv", read: 2, ranked: 1)
        let before = Self.rank("\(Self.header)\nA,10,5,4\nB,10,5,\"4\nC,10,5,4", sort: sort)
        #expect(before.err.contains("h.csv:3:4: error: a quoted field is never closed"))
        #expect(Set(Self.skus(before)) == ["A", "C"])
        Self.expectSound(before, "h.csv", read: 3, ranked: 2)
    }

    @Test("the input is a directory", arguments: ["csv", "table"])
    func inputIsADirectory(_ format: String) throws {
        try Self.withDirectory { directory in
            let run = breakeven(["rank", directory.path, "--format", format])
            #expect(run.status == .noInput)
            #expect(run.err == "\(directory.path): error: is a directory\n")
            #expect(run.out.isEmpty)
        }
    }

    /// Standard input that ends at once (Support serves `stdin` as the bytes
    /// of standard input, here none).
    @Test("standard input empty", arguments: ["csv", "table"])
    func emptyStandardInput(_ format: String) {
        let run = breakeven(["rank", "-", "--format", format], stdin: "")
        #expect(run.status == .dataError)
        #expect(run.err == "<stdin>: error: the file is empty: expected a header row\n")
        #expect(run.out.isEmpty)
    }

    // MARK: A real process

    /// The built `breakeven`, next to the test bundle.
    static var executable: String? {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
        ]
        return candidates.map { $0.appendingPathComponent("breakeven").path }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `script` in bash with `arguments` as $1…; its standard output.
    static func bash(_ script: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script, "bash"] + arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// `breakeven rank BIG.csv --format csv | head -1` over 20,000 generated
    /// rows: `head` leaves after one line, the next write meets EPIPE, and
    /// breakeven ends at once with status 0 and nothing on standard error
    /// but the detection and summary lines (here: none). Closed standard
    /// input is status 66 with a reason; empty standard input, status 1.
    @Test func outputToAClosedPipe() throws {
        let executable = try #require(
            Self.executable, "no built breakeven next to \(CommandLine.arguments[0])")
        try Self.withDirectory { directory in
            let big = directory.appendingPathComponent("BIG.csv").path
            let errors = directory.appendingPathComponent("err.txt").path
            let script = """
                "$1" generate --rows 20000 --out "$2" || exit 9
                timeout 300 "$1" rank "$2" --format csv 2>"$3" | head -1
                echo "status ${PIPESTATUS[0]}"
                "$1" rank - --format csv <&- 2>>"$3.stdin"; echo "closed $?"
                "$1" rank - --format csv </dev/null 2>>"$3.stdin"; echo "empty $?"
                """
            let lines = try Self.bash(script, [executable, big, errors]).split(separator: "\n").map(
                String.init)
            #expect(lines.count == 4, "\(lines)")
            #expect(lines.first?.hasPrefix("sku,recommended,") == true)
            #expect(lines.dropFirst().first == "status 0")
            #expect(Array(lines.dropFirst(2)) == ["closed 66", "empty 1"])
            let stderr = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? "missing"
            for line in stderr.split(separator: "\n") {
                #expect(
                    line.hasPrefix("\(big): ',' separated") || line.hasSuffix("0 rejected"),
                    "unexpected: \(line)")
            }
            let stdinErrors =
                (try? String(contentsOfFile: errors + ".stdin", encoding: .utf8)) ?? "missing"
            #expect(
                stdinErrors == "<stdin>: error: cannot be read (Bad file descriptor)\n"
                    + "<stdin>: error: the file is empty: expected a header row\n")
        }
    }
}
