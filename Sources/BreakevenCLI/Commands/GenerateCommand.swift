import BreakevenCore
import BreakevenCSV
import BreakevenReport
import SyntheticCatalogs

/// `breakeven generate`: a deterministic synthetic catalog.
struct GenerateCommand: Command {
    static let spec = CommandSpec(
        name: "generate",
        overview: "Write a deterministic synthetic catalog, for benchmarks and demos.",
        arguments: [],
        options: [
            OptionSpec(name: "rows", valueName: "n", help: "Rows to write (required)."),
            OptionSpec(name: "seed", valueName: "s", help: "The seed (default 1); the same seed gives the same file."),
            OptionSpec(name: "history", valueName: nil, help: "Add a demand_history column of 12 months."),
            OptionSpec(name: "out", valueName: "file", help: "Write to this file instead of standard output."),
        ])

    var catalog: SyntheticCatalog
    var path: String?

    init(_ arguments: ParsedArguments) throws(UsageError) {
        guard let rows = try arguments.positiveInteger("rows") else {
            throw UsageError(message: "Missing expected option '--rows <n>'")
        }
        var seed: UInt64 = 1
        if let text = arguments.value("seed") {
            guard let value = UInt64(text) else {
                throw UsageError(message: "The value '\(text)' is invalid for '--seed': expected a whole number")
            }
            seed = value
        }
        catalog = SyntheticCatalog(rows: rows, seed: seed, history: arguments.flag("history"))
        path = arguments.value("out")
    }

    func run(_ terminal: Terminal) throws -> ExitCode {
        guard let path else {
            catalog.write { terminal.writeBytes($0) }
            return .success
        }
        do {
            try terminal.writeFile(path, catalog.bytes())
        } catch {
            terminal.writeError("\(path): error: \(error.reason)\n")
            throw Stop(status: .dataError)
        }
        return .success
    }
}
