import BreakevenCore
import BreakevenCSV
import BreakevenReport

/// A catalog file opened for reading a window at a time, its dialect detected
/// from its first bytes: what every command that reads a catalog starts from,
/// so that none holds more than the records it keeps.
final class CatalogInput {
    /// The bytes the dialect is detected from: the header and the first rows.
    static let detectionBytes = 1 << 17

    /// What the first bytes say about the dialect (or what was forced).
    let detection: DialectDetection
    private let input: ChunkedInput
    private var pending: [UInt8]?
    private var ended: Bool

    /// Opens `options.path` and detects its dialect, `--delimiter` and
    /// `--decimal` first.
    ///
    /// - Throws: ``Stop`` (status 66) after saying why the file cannot be opened.
    init(_ options: CatalogOptions, _ terminal: Terminal) throws {
        do {
            input = try terminal.openInput(options.path)
        } catch {
            terminal.writeError("\(options.displayName): error: \(error.reason)\n")
            throw Stop(status: .noInput)
        }
        var head: [UInt8] = []
        var ended = false
        while !ended, head.count < Self.detectionBytes { ended = !input.read(into: &head) }
        detection = DialectDetector.detect(head, delimiter: options.delimiter, decimalMark: options.decimalMark)
        pending = head
        self.ended = ended
    }

    /// Appends the next bytes to `buffer`; false at the end of the input.
    func read(into buffer: inout [UInt8]) -> Bool {
        if let first = pending {
            pending = nil
            buffer += first
            return !ended || !first.isEmpty
        }
        return ended ? false : input.read(into: &buffer)
    }

    /// Stops with status 66 when reading failed part way: what was read is
    /// not the whole catalog, so no count or result may stand for it.
    func stopIfUnreadable(_ name: String, _ terminal: Terminal) throws {
        guard let failure = input.failure else { return }
        terminal.writeError("\(name): error: \(failure)\n")
        throw Stop(status: .noInput)
    }
}
