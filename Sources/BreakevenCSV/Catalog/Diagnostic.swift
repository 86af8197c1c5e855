import BreakevenCore

/// A message about a place in an input file, printed compiler-style:
/// `catalog.csv:12:5: error: 'abc' is not a number (column price)`.
package struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    /// How bad it is.
    package enum Severity: String, Sendable, Equatable {
        /// The row (or the file) cannot be used.
        case error
        /// Something was ignored or assumed; the results stand.
        case warning
    }

    /// The file name as given on the command line (`-` for standard input).
    package var file: String
    /// 1-based line, when the message is about a line.
    package var line: Int?
    /// 1-based field number (the spreadsheet column), when known.
    package var column: Int?
    /// Error or warning.
    package var severity: Severity
    /// What is wrong, and where possible how to fix it.
    package var message: String

    /// Creates a diagnostic.
    package init(file: String, line: Int? = nil, column: Int? = nil, severity: Severity = .error, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    /// `file:line:column: severity: message`, leaving out what is unknown.
    package var description: String {
        var place = file
        if let line {
            place += ":\(line)"
            if let column { place += ":\(column)" }
        }
        return "\(place): \(severity.rawValue): \(message)"
    }
}
