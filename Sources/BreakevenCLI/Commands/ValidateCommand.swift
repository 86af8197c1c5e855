import BreakevenCore
import BreakevenCSV
import BreakevenReport

/// `breakeven validate`: every problem in a catalog at once.
struct ValidateCommand: Command {
    static let spec = CommandSpec(
        name: "validate",
        overview: "Check a catalog and report every problem at once, grouped by column.",
        arguments: [CatalogOptions.fileArgument],
        options: [CatalogOptions.languageSpec] + CatalogOptions.specs + [OutputOptions.specs[0]],
        discussion: """
            EXIT STATUS: 0 every row is ready to rank, 1 some rows would be rejected or the
            file is unusable, 64 usage error, 66 input file missing or unreadable.
            """)

    var catalog: CatalogOptions
    var output: OutputOptions
    var language: Language

    init(_ arguments: ParsedArguments) throws(UsageError) {
        catalog = try CatalogOptions(arguments, path: arguments.positionals[0])
        output = try OutputOptions(arguments)
        language = try arguments.language()
    }

    func run(_ terminal: Terminal) throws -> ExitCode {
        let run = try catalog.run(terminal) { _ in (Never?.none, nil) }
        let outcome = run.outcome
        try output.write(
            ValidationReport(
                titles: outcome.header?.titles ?? [], warnings: outcome.warnings, rejected: outcome.rejected,
                ready: outcome.ranked, language: language
            ).text(), terminal)
        try catalog.writeRejects(outcome.rejects, terminal)
        terminal.writeError(run.summary)
        return outcome.rejected.isEmpty ? .success : .dataError
    }
}
