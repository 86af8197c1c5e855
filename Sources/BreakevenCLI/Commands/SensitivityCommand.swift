import BreakevenCore
import BreakevenCSV
import BreakevenReport

/// `breakeven sensitivity`: which inputs matter for one SKU.
struct SensitivityCommand: Command {
    static let spec = CommandSpec(
        name: "sensitivity",
        overview: "Move each input of one SKU down and up, and rank the inputs by what they change.",
        arguments: [
            ArgumentSpec(name: "sku", help: "The SKU, as in the sku column."),
            CatalogOptions.fileArgument,
        ],
        options: [
            OptionSpec(name: "change", valueName: "share", help: "How far each input moves, e.g. 20% (the default) or 0.1."),
            OptionSpec(name: "format", valueName: "format", help: "table (the default), csv or json."),
            CatalogOptions.languageSpec,
        ] + CatalogOptions.specs + OutputOptions.specs)

    var sku: String
    var catalog: CatalogOptions
    var output: OutputOptions
    var change: Double
    var format: String
    var language: Language

    init(_ arguments: ParsedArguments) throws(UsageError) {
        sku = arguments.positionals[0]
        catalog = try CatalogOptions(arguments, path: arguments.positionals[1])
        output = try OutputOptions(arguments)
        format = try arguments.choice("format", from: ["table", "csv", "json"], default: "table")
        language = try arguments.language()
        let text = arguments.value("change") ?? "20%"
        guard let value = try? NumberParser().parse(text, allowPercent: true), value > 0, value <= 1 else {
            throw UsageError(message: "The value '\(text)' is invalid for '--change': use a share like 20% or 0.2")
        }
        change = value
    }

    func run(_ terminal: Terminal) throws -> ExitCode {
        let settings = try catalog.settings(terminal)
        let sku = self.sku
        let run = try catalog.run(terminal, settings: settings, lookFor: [sku]) { row in
            (row.terms.sku == sku ? row.inputs : nil, nil)
        }
        try catalog.writeRejects(run.outcome.rejects, terminal)
        defer { terminal.writeError(run.summary) }
        guard let inputs = run.outputs.first else {
            try SKULookup.stopIfRejected(sku, run.outcome, terminal)
            var message = "no SKU '\(sku)' in \(run.file)"
            if let near = run.outcome.search.nearestInFile(to: sku) { message += ". Did you mean '\(near)'?" }
            throw UsageError(message: message)
        }
        let sensitivity = try Sensitivity(inputs: inputs, settings: settings, change: change)
        let renderer = SensitivityRenderer(sensitivity, language: language)
        switch format {
        case "csv": try output.write(renderer.csv(dialect: output.csvDialect(input: run.dialect)), terminal)
        case "json": try output.write(renderer.json(), terminal)
        default: try output.write(renderer.table(), terminal)
        }
        return .success
    }
}
