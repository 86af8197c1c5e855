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
            OptionSpec(
                name: "history-months", valueName: "n",
                help: "Add a demand_history column of n months, 3 to 1200 (0, the default: none)."),
            OptionSpec(name: "history", valueName: nil, help: "The same as --history-months 12."),
            OptionSpec(
                name: "pattern", valueName: "name",
                help: "Every history in one pattern: smooth, erratic, intermittent, lumpy or seasonal "
                    + "(needs --history-months)."),
            OptionSpec(name: "out", valueName: "file", help: "Write to this file instead of standard output."),
        ],
        discussion: """
            Without a history each row gives monthly_demand and demand_sd. With one, each
            row's history follows a demand pattern drawn in fixed shares: smooth 30%
            (sales every month, negative binomial, CV² ≤ 0.19), erratic 20% (sales every
            month, CV² 1.4 to 4), intermittent 20% (sales in 25-55% of the months,
            sizes within ±25%), lumpy 15% (sales in 25-55% of the months, 15-35% of them
            bulk orders 8-15 times the others) and seasonal 15% (a peak of 3-6 times the
            other months for 2 or 3 consecutive months of each year, with noise);
            monthly_demand and demand_sd are left empty, so they are the history's mean
            and sample standard deviation. From 12 months on, the Syntetos-Boylan class
            of a history is the pattern drawn but for about 0.7% of erratic ones;
            seasonality needs 24 months or more to be told from noise.

            A row's history is drawn from its own stream, keyed by the seed and the row's
            number; the other columns are the same with or without a history. The same
            seed and options give the same bytes; docs/synthetic-catalogs.md states the
            processes.
            """)

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
        var months = arguments.flag("history") ? 12 : 0
        if let text = arguments.value("history-months") {
            let range = SyntheticCatalog.historyMonthRange
            guard let value = Int(text), value == 0 || range.contains(value) else {
                throw UsageError(
                    message: "The value '\(text)' is invalid for '--history-months': expected 0 "
                        + "(no history) or a whole number of months from \(range.lowerBound) to "
                        + "\(range.upperBound)")
            }
            if arguments.flag("history") && value != 12 {
                throw UsageError(message: "--history is --history-months 12: give one or the other")
            }
            months = value
        }
        var pattern: SyntheticPattern?
        if arguments.value("pattern") != nil {
            let name = try arguments.choice(
                "pattern", from: SyntheticPattern.allCases.map(\.rawValue), default: SyntheticPattern.smooth.rawValue)
            guard months > 0 else { throw UsageError(message: "--pattern needs a history: add --history-months") }
            pattern = SyntheticPattern(rawValue: name)
        }
        catalog = SyntheticCatalog(rows: rows, seed: seed, historyMonths: months, pattern: pattern)
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
