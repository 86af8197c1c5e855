import BreakevenCore
import BreakevenCSV
import BreakevenReport

/// `breakeven validate`: every problem in a catalog at once.
struct ValidateCommand: Command {
    static let spec = CommandSpec(
        name: "validate",
        overview: "Check a catalog and report every problem at once, grouped by column.",
        arguments: [CatalogOptions.fileArgument],
        options: CatalogOptions.specs + [OutputOptions.specs[0]],
        discussion: """
            EXIT STATUS: 0 every row is ready to rank, 1 some rows would be rejected or the
            file is unusable, 64 usage error, 66 input file missing or unreadable.
            """)

    var catalog: CatalogOptions
    var output: OutputOptions

    init(_ arguments: ParsedArguments) throws(UsageError) {
        catalog = try CatalogOptions(arguments, path: arguments.positionals[0])
        output = try OutputOptions(arguments)
    }

    func run(_ terminal: Terminal) throws -> ExitCode {
        let loaded = try catalog.load(terminal)
        let resolved = ResolvedCatalog(loaded.catalog, settings: loaded.settings)
        try output.write(ValidationReport(resolved).text(), terminal)
        try catalog.writeRejects(RejectsWriter.bytes(for: resolved), terminal)
        terminal.writeError(loaded.summary(rejected: resolved.rejected.count, ranked: resolved.rows.count))
        return resolved.rejected.isEmpty ? .success : .dataError
    }
}
