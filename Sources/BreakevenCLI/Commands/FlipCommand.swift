import BreakevenCore
import BreakevenCSV
import BreakevenReport

/// `breakeven flip`: the values of one input at which each SKU's recommendation changes.
struct FlipCommand: Command {
    static let spec = CommandSpec(
        name: "flip",
        overview: "Find, per SKU, the values of one input at which the recommended model changes.",
        arguments: [CatalogOptions.fileArgument],
        options: [
            OptionSpec(name: "input", valueName: "name", help: "The numeric input to move (required), e.g. storage_rate_l."),
            OptionSpec(name: "format", valueName: "format", help: "table (the default), csv or json."),
        ] + CatalogOptions.specs + OutputOptions.specs,
        discussion: """
            For each SKU: the nearest value below and the nearest above today's at which the
            recommendation changes, and the model that takes over; none when there is no change in
            the range searched (down to 0, up to 10 times today's value, rates up to 1).
            monthly_demand moves with its deviation (cv held, or Poisson), so its flips agree with
            the break-even volumes.
            """)

    var catalog: CatalogOptions
    var output: OutputOptions
    var input: InputName
    var format: String

    init(_ arguments: ParsedArguments) throws(UsageError) {
        catalog = try CatalogOptions(arguments, path: arguments.positionals[0])
        output = try OutputOptions(arguments)
        guard let name = arguments.value("input") else {
            throw UsageError(message: "Missing expected option '--input <name>'")
        }
        do {
            input = try SettingsParser.numericInput(name)
        } catch {
            throw UsageError(message: "--input: \(error.message)")
        }
        format = try arguments.choice("format", from: ["table", "csv", "json"], default: "table")
    }

    func run(_ terminal: Terminal) throws -> ExitCode {
        let loaded = try catalog.load(terminal)
        let resolved = ResolvedCatalog(loaded.catalog, settings: loaded.settings)
        Report.diagnostics(warnings: loaded.catalog.warnings, rejected: resolved.rejected, to: terminal)
        let inputsByLine = Dictionary(uniqueKeysWithValues: loaded.catalog.rows.map { ($0.line, $0.inputs) })
        var rows: [FlipRenderer.Row] = []
        for row in resolved.rows {
            guard let inputs = inputsByLine[row.line],
                let probe = try? InputProbe(inputs: inputs, settings: loaded.settings, input: input)
            else { continue }
            rows.append(FlipRenderer.Row(sku: row.terms.sku, search: FlipSearch(probe)))
        }
        let renderer = FlipRenderer(rows)
        switch format {
        case "csv": try output.write(renderer.csv(dialect: output.csvDialect(input: loaded.catalog.dialect)), terminal)
        case "json": try output.write(renderer.json(), terminal)
        default: try output.write(renderer.table(), terminal)
        }
        try catalog.writeRejects(RejectsWriter.bytes(for: resolved), terminal)
        terminal.writeError(loaded.summary(rejected: resolved.rejected.count, ranked: resolved.rows.count))
        return resolved.rejected.isEmpty ? .success : .dataError
    }
}
