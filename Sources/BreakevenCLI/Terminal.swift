import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

// The C library's read(2), write(2) and open(2), from Glibc, Musl or Darwin:
// called unqualified here, at file scope, where no method of the same name
// hides them, so the file builds on Linux and macOS alike.

/// read(2): bytes read, 0 at the end, -1 on error.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

/// write(2): bytes written, -1 on error.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}

/// open(2) for writing, created or truncated, mode 0644: the descriptor, -1 on error.
private func systemOpenForWriting(_ path: String) -> Int32 {
    open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
}

/// A file that cannot be read or written.
struct FileError: Error, Sendable, Equatable {
    /// The path as given.
    var path: String
    /// Why, e.g. "no such file".
    var reason: String
}

/// Everything a command touches outside itself: the two output streams, the
/// files and standard input. Tests swap it for one that records.
public struct Terminal: Sendable {
    /// Writes to standard output.
    var write: @Sendable (String) -> Void
    /// Writes bytes to standard output.
    var writeBytes: @Sendable ([UInt8]) -> Void
    /// Writes to standard error.
    var writeError: @Sendable (String) -> Void
    /// Reads a whole file.
    var readFile: @Sendable (String) throws(FileError) -> [UInt8]
    /// Reads all of standard input.
    var readStandardInput: @Sendable () throws(FileError) -> [UInt8]
    /// Writes a whole file, replacing it.
    var writeFile: @Sendable (String, [UInt8]) throws(FileError) -> Void
    /// Creates a file to write a chunk at a time.
    var openOutput: @Sendable (String) throws(FileError) -> ChunkedOutput
    /// Opens a file, or standard input for `-`, to read a chunk at a time.
    var openInput: @Sendable (String) throws(FileError) -> ChunkedInput
    /// Environment variables.
    var environment: [String: String]
    /// Whether standard output is a terminal rather than a file or a pipe.
    var standardOutputIsTerminal = false
    /// Whether standard error is a terminal: progress lines are written only then.
    var standardErrorIsTerminal = false

    /// The process's own streams, files and environment.
    ///
    /// SIGPIPE is ignored, so that a write to a pipe nobody reads any more
    /// fails with EPIPE instead of killing the process (status 141): the run
    /// then ends quietly with status 0 (see ``StandardStream/write(_:to:)``).
    public static var system: Terminal {
        signal(SIGPIPE, SIG_IGN)
        return Terminal(
            write: { StandardStream.write(Array($0.utf8), to: STDOUT_FILENO) },
            writeBytes: { StandardStream.write($0, to: STDOUT_FILENO) },
            writeError: { StandardStream.write(Array($0.utf8), to: STDERR_FILENO) },
            readFile: { path throws(FileError) in try StandardStream.read(path: path) },
            readStandardInput: { () throws(FileError) in try StandardStream.readAll(descriptor: STDIN_FILENO, name: "-") },
            writeFile: { path, bytes throws(FileError) in try StandardStream.write(bytes, toFile: path) },
            openOutput: { path throws(FileError) in try ChunkedOutput(path: path) },
            openInput: { path throws(FileError) in
                path == "-" ? ChunkedInput(descriptor: STDIN_FILENO, owns: false) : try StandardStream.openChunked(path: path)
            },
            environment: ProcessInfo.processInfo.environment,
            standardOutputIsTerminal: isatty(STDOUT_FILENO) == 1, standardErrorIsTerminal: isatty(STDERR_FILENO) == 1)
    }

    /// Whether output for people may be coloured: standard output is a
    /// terminal and `NO_COLOR` is unset or empty (<https://no-color.org>).
    var colourOutput: Bool {
        standardOutputIsTerminal && (environment["NO_COLOR"] ?? "").isEmpty
    }

    /// Reads `path`, or standard input when it is `-`.
    func read(_ path: String) throws(FileError) -> [UInt8] {
        path == "-" ? try readStandardInput() : try readFile(path)
    }
}

/// Why a write failed.
struct WriteFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// The `errno` value.
    var code: Int32
    /// Its text, e.g. "No space left on device".
    var description: String
}

/// Unbuffered reads and writes on file descriptors, with errors as values.
enum StandardStream {
    /// Writes `bytes` to standard output or standard error, and decides what
    /// a failure means for the run:
    ///
    /// - EPIPE, nobody reads any more (`breakeven rank big.csv | head -1`):
    ///   the reader took what it wanted; the run ends here, quietly, with
    ///   status 0, rather than computing output nobody will see;
    /// - any other failure of standard output (a full disk, say): the output
    ///   is incomplete, so the run ends with a message and status 1 rather
    ///   than exit 0 with rows missing;
    /// - standard error failing otherwise: there is nowhere to say so; the run goes on.
    static func write(_ bytes: [UInt8], to descriptor: Int32) {
        guard let failure = writeAll(bytes, to: descriptor) else { return }
        if failure.code == EPIPE { exit(ExitCode.success.rawValue) }
        if descriptor == STDOUT_FILENO {
            _ = writeAll(Array("standard output: error: cannot be written (\(failure))\n".utf8), to: STDERR_FILENO)
            exit(ExitCode.dataError.rawValue)
        }
    }

    static func write(_ bytes: [UInt8], toFile path: String) throws(FileError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw FileError(path: path, reason: "cannot be written (\(String(cString: strerror(errno))))")
        }
        defer { close(descriptor) }
        if let failure = writeAll(bytes, to: descriptor) {
            throw FileError(path: path, reason: "cannot be written (\(failure))")
        }
    }

    /// Writes every byte, retrying after interrupts; why not, when it cannot.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> WriteFailure? {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                systemWrite(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
            }
            if written < 0 {
                let code = errno
                if code == EINTR { continue }
                return WriteFailure(code: code, description: String(cString: strerror(code)))
            }
            offset += written
        }
        return nil
    }

    static func read(path: String) throws(FileError) -> [UInt8] {
        let descriptor = try openForReading(path: path)
        defer { close(descriptor) }
        return try readAll(descriptor: descriptor, name: path)
    }

    /// Opens `path` for reading; a missing file, a directory or one that
    /// cannot be opened is an error saying which.
    static func openForReading(path: String) throws(FileError) -> Int32 {
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw FileError(path: path, reason: errno == ENOENT ? "no such file" : String(cString: strerror(errno)))
        }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw FileError(path: path, reason: "is a directory") }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw FileError(path: path, reason: "cannot be read (\(String(cString: strerror(errno))))")
        }
        return descriptor
    }

    static func readAll(descriptor: Int32, name: String) throws(FileError) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileError(path: name, reason: "cannot be read (\(String(cString: strerror(errno))))")
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }
}

/// An input read a chunk at a time: a file, standard input, or bytes held in
/// memory (tests).
final class ChunkedInput: @unchecked Sendable {
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private var memory: [UInt8]?
    private var offset = 0
    /// Why reading stopped early, if it did: the input is then incomplete,
    /// and must not be taken for a shorter one.
    private(set) var failure: String?

    /// Reads the open file descriptor `descriptor`, closing it at the end when `owns`.
    init(descriptor: Int32, owns: Bool) {
        self.descriptor = descriptor
        ownsDescriptor = owns
    }

    /// Serves `bytes`.
    init(bytes: [UInt8]) {
        descriptor = -1
        ownsDescriptor = false
        memory = bytes
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    /// Appends up to `count` bytes to `buffer`; false once the input has
    /// ended, or cannot be read (see ``failure``).
    func read(into buffer: inout [UInt8], count: Int = 1 << 20) -> Bool {
        if let memory {
            guard offset < memory.count else { return false }
            let end = min(memory.count, offset + count)
            buffer.append(contentsOf: memory[offset..<end])
            offset = end
            return true
        }
        let start = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: count))
        while true {
            let got = buffer.withUnsafeMutableBytes { raw in
                systemRead(descriptor, raw.baseAddress.map { $0 + start }, count)
            }
            let code = errno
            if got < 0 && code == EINTR { continue }
            buffer.removeLast(count - max(0, got))
            if got < 0 { failure = "cannot be read (\(String(cString: strerror(code))))" }
            return got > 0
        }
    }
}

extension StandardStream {
    /// Opens `path` for reading in chunks, with the same checks as ``read(path:)``.
    static func openChunked(path: String) throws(FileError) -> ChunkedInput {
        ChunkedInput(descriptor: try openForReading(path: path), owns: true)
    }
}

/// An output written a chunk at a time: a file, or memory (tests).
final class ChunkedOutput: @unchecked Sendable {
    private let descriptor: Int32
    private let path: String
    private let collect: (([UInt8]) -> Void)?
    private(set) var failure: String?

    /// Creates or truncates the file at `path`.
    init(path: String) throws(FileError) {
        descriptor = systemOpenForWriting(path)
        self.path = path
        collect = nil
        guard descriptor >= 0 else {
            throw FileError(path: path, reason: "cannot be written (\(String(cString: strerror(errno))))")
        }
    }

    /// Hands every chunk to `collect`.
    init(path: String, collect: @escaping ([UInt8]) -> Void) {
        descriptor = -1
        self.path = path
        self.collect = collect
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Appends `bytes`; the first failure is kept in ``failure``.
    func write(_ bytes: [UInt8]) {
        if let collect {
            collect(bytes)
            return
        }
        guard failure == nil else { return }
        failure = StandardStream.writeAll(bytes, to: descriptor)?.description
    }
}
