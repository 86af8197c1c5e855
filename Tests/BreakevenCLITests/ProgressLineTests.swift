import Foundation
import Testing

@testable import BreakevenCLI

/// The progress line: its words, its erasing, and the row count behind its total.
@Suite("Progress line")
struct ProgressLineTests {
    final class Written: @unchecked Sendable {
        let lock = NSLock()
        var text = ""
        func append(_ more: String) {
            lock.lock()
            text += more
            lock.unlock()
        }
    }

    @Test func words() {
        let known = ProgressLine(verb: "simulated", total: 4706) { _ in }
        #expect(known.text(done: 1) == "simulated 1 of 4,706 SKUs")
        #expect(known.text(done: 4706) == "simulated 4,706 of 4,706 SKUs")
        #expect(
            ProgressLine(verb: "simulated", total: 1) { _ in }.text(done: 1)
                == "simulated 1 of 1 SKU")
        // A total that was an estimate never reads "5 of 4".
        #expect(
            ProgressLine(verb: "simulated", total: 4) { _ in }.text(done: 5)
                == "simulated 5 of 5 SKUs")
        let unknown = ProgressLine(verb: "simulated", total: nil) { _ in }
        #expect(
            unknown.text(done: 1) == "simulated 1 SKU"
                && unknown.text(done: 12) == "simulated 12 SKUs")
    }

    /// The first step is drawn at once; the line is erased with as many
    /// spaces as it held, and only once; a message through the wrapped
    /// terminal erases it first.
    @Test func drawnThenErased() {
        let written = Written()
        let line = ProgressLine(verb: "simulated", total: 12) { written.append($0) }
        line.advance()
        #expect(written.text == "\rsimulated 1 of 12 SKUs")
        line.clear()
        line.clear()
        #expect(
            written.text == "\rsimulated 1 of 12 SKUs\r" + String(repeating: " ", count: 22) + "\r")
        line.advance()
        let terminal = Terminal(
            write: { _ in }, writeBytes: { _ in }, writeError: { written.append("[" + $0 + "]") },
            readFile: { path throws(FileError) in throw FileError(path: path, reason: "none") },
            readStandardInput: { () throws(FileError) in [] },
            writeFile: { _, _ throws(FileError) in },
            openOutput: { path throws(FileError) in ChunkedOutput(path: path) { _ in } },
            openInput: { _ throws(FileError) in ChunkedInput(bytes: []) }, environment: [:])
        line.wrapping(terminal).writeError("done\n")
        #expect(
            written.text.hasSuffix(
                "\rsimulated 2 of 12 SKUs\r" + String(repeating: " ", count: 22) + "\r[done\n]"))
    }

    /// Lines with something on them, outside quotes, less the header: blank
    /// lines, lines of delimiters and a newline inside quotes are not rows.
    @Test func rowEstimate() {
        let text = "sku,price\n\na,1\n,,\n\"b\nstill b\",2\r\nc,3"
        #expect(ProgressLine.rowEstimate(ChunkedInput(bytes: Array(text.utf8))) == 3)
        #expect(ProgressLine.rowEstimate(ChunkedInput(bytes: Array("sku,price\n".utf8))) == 0)
        #expect(ProgressLine.rowEstimate(ChunkedInput(bytes: [])) == 0)
    }
}
