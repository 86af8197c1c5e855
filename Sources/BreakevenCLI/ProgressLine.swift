import BreakevenReport
import Dispatch
import Foundation

/// One line on standard error that says how far a long run is —
/// `simulated 120 of 4,706 SKUs` — rewritten in place with `\r`, at most
/// every ``interval`` nanoseconds, and erased at the end or before anything
/// else is written to standard error. Only for a terminal: a command makes
/// one only when ``Terminal/standardErrorIsTerminal``, so files, pipes and
/// tests get nothing. Safe to advance from any thread.
final class ProgressLine: @unchecked Sendable {
    /// Nanoseconds between two redraws.
    static let interval: UInt64 = 100_000_000

    private let lock = NSLock()
    private let write: @Sendable (String) -> Void
    private let verb: String
    private let total: Int?
    private var done = 0
    private var shown = 0
    private var lastDrawn: UInt64?

    /// A line `VERB N of TOTAL SKUs` (`VERB N SKUs` when the total is not
    /// known) written with `write` (standard error).
    init(verb: String, total: Int?, write: @escaping @Sendable (String) -> Void) {
        self.verb = verb
        self.total = total
        self.write = write
    }

    /// One more SKU done; redraws the line when the last drawing is old enough.
    func advance() {
        lock.lock()
        defer { lock.unlock() }
        done += 1
        let now = DispatchTime.now().uptimeNanoseconds
        if let lastDrawn, now &- lastDrawn < Self.interval { return }
        lastDrawn = now
        draw()
    }

    /// Erases the line (nothing when none is shown); the next ``advance()`` draws it again.
    func clear() {
        lock.lock()
        defer { lock.unlock() }
        erase()
        lastDrawn = nil
    }

    /// The text of the line after `done` SKUs.
    func text(done: Int) -> String {
        let count = NumberFormatting.grouped(Double(done), decimals: 0)
        guard let total else { return "\(verb) \(count) SKU\(done == 1 ? "" : "s")" }
        let of = NumberFormatting.grouped(Double(max(total, done)), decimals: 0)
        return "\(verb) \(count) of \(of) SKU\(max(total, done) == 1 ? "" : "s")"
    }

    private func draw() {
        let line = text(done: done)
        let padding = String(repeating: " ", count: max(0, shown - line.count))
        write("\r" + line + padding)
        shown = line.count
    }

    private func erase() {
        guard shown > 0 else { return }
        write("\r" + String(repeating: " ", count: shown) + "\r")
        shown = 0
    }

    /// `terminal` with every write to standard error erasing this line first.
    func wrapping(_ terminal: Terminal) -> Terminal {
        var wrapped = terminal
        let original = terminal.writeError
        wrapped.writeError = { [self] text in
            clear()
            original(text)
        }
        return wrapped
    }

    /// About how many SKUs `input` holds: its lines that are not blank,
    /// outside quoted fields, less the header. For the total of a progress
    /// line only (a blank line of delimiters counts as blank; a repeated SKU
    /// still counts).
    static func rowEstimate(_ input: ChunkedInput) -> Int {
        var buffer: [UInt8] = []
        var quoted = false
        var content = false
        var lines = 0
        while input.read(into: &buffer) {
            for byte in buffer {
                switch byte {
                case UInt8(ascii: "\""):
                    quoted.toggle()
                    content = true
                case UInt8(ascii: "\n") where !quoted:
                    if content { lines += 1 }
                    content = false
                case UInt8(ascii: "\r"), UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: ","),
                    UInt8(ascii: ";"):
                    break
                default:
                    content = true
                }
            }
            buffer.removeAll(keepingCapacity: true)
        }
        if content { lines += 1 }
        return max(0, lines - 1)
    }
}
