import BreakevenCore
import BreakevenCSV
import BreakevenReport

/// `breakeven explain`: everything about one SKU.
struct ExplainCommand: Command {
    static let spec = CommandSpec(
        name: "explain",
        overview: "Show everything about one SKU: costs per unit, stock policy, break-even, reasons.",
        arguments: [
            ArgumentSpec(name: "sku", help: "The SKU to explain, as in the sku column."),
            CatalogOptions.fileArgument,
        ],
        options: [
            OptionSpec(name: "format", valueName: "format", help: "text (the default) or json."),
            CatalogOptions.languageSpec,
        ] + CatalogOptions.specs + [OutputOptions.specs[0]])

    var sku: String
    var catalog: CatalogOptions
    var output: OutputOptions
    var format: String
    var language: Language

    init(_ arguments: ParsedArguments) throws(UsageError) {
        sku = arguments.positionals[0]
        catalog = try CatalogOptions(arguments, path: arguments.positionals[1])
        output = try OutputOptions(arguments)
        format = try arguments.choice("format", from: ["text", "json"], default: "text")
        language = try arguments.language()
    }

    func run(_ terminal: Terminal) throws -> ExitCode {
        let run = try SKULookup.run(sku, catalog, terminal)
        try catalog.writeRejects(run.outcome.rejects, terminal)
        defer { terminal.writeError(run.summary) }
        let (line, evaluation) = try SKULookup.found(sku, in: run, terminal)
        let renderer = ExplainRenderer(evaluation, line: line, language: language)
        try output.write(format == "json" ? renderer.json() : renderer.text(), terminal)
        return .success
    }
}
