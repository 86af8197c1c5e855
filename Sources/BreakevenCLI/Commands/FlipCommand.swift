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
            CatalogOptions.languageSpec,
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
    var language: Language

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
        language = try arguments.language()
    }

    func run(_ terminal: Terminal) throws -> ExitCode {
        let settings = try catalog.settings(terminal)
        let input = self.input
        let run = try catalog.run(terminal, settings: settings) { row in
            let probe = try? InputProbe(inputs: row.inputs, settings: settings, input: input)
            return (probe.map { FlipRenderer.Row(sku: row.terms.sku, search: FlipSearch($0)) }, nil)
        }
        Report.diagnostics(warnings: run.outcome.warnings, rejected: run.outcome.rejected, to: terminal)
        let renderer = FlipRenderer(run.outputs, language: language)
        switch format {
        case "csv": try output.write(renderer.csv(dialect: output.csvDialect(input: run.dialect)), terminal)
        case "json": try output.write(renderer.json(), terminal)
        default: try output.write(renderer.table(), terminal)
        }
        try catalog.writeRejects(run.outcome.rejects, terminal)
        terminal.writeError(run.summary)
        return run.outcome.rejected.isEmpty ? .success : .dataError
    }
}
