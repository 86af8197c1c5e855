/// The exit statuses scripts can rely on (documented in the README; kept stable).
public enum ExitCode: Int32, Sendable {
    /// Everything was computed.
    case success = 0
    /// Some rows were rejected, or the data is unusable.
    case dataError = 1
    /// The command line is wrong (sysexits EX_USAGE).
    case usage = 64
    /// The input file is missing or unreadable (sysexits EX_NOINPUT).
    case noInput = 66
}
