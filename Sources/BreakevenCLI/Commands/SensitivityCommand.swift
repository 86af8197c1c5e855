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
        ] + CatalogOptions.specs + OutputOptions.specs)

    var sku: String
    var catalog: CatalogOptions
    var output: OutputOptions
    var change: Double
    var format: String

    init(_ arguments: ParsedArguments) throws(UsageError) {
        sku = arguments.positionals[0]
        catalog = try CatalogOptions(arguments, path: arguments.positionals[1])
        output = try OutputOptions(arguments)
        format = try arguments.choice("format", from: ["table", "csv", "json"], default: "table")
        let text = arguments.value("change") ?? "20%"
        guard let value = try? NumberParser().parse(text, allowPercent: true), value > 0, value <= 1 else {
            throw UsageError(message: "The value '\(text)' is invalid for '--change': use a share like 20% or 0.2")
        }
        change = value
    }

    func run(_ terminal: Terminal) throws -> ExitCode {
        let loaded = try catalog.load(terminal)
        let resolved = ResolvedCatalog(loaded.catalog, settings: loaded.settings)
        defer { terminal.writeError(loaded.summary(rejected: resolved.rejected.count, ranked: resolved.rows.count)) }
        guard let row = loaded.catalog.rows.first(where: { $0.inputs.sku == sku }),
            resolved.rows.contains(where: { $0.line == row.line })
        else {
            let rejected = resolved.rejected.filter { rejected in
                rejected.fields.contains { $0.trimmingSpaces() == sku }
                    || loaded.catalog.rows.contains { $0.line == rejected.line && $0.inputs.sku == sku }
            }
            if !rejected.isEmpty {
                Report.diagnostics(warnings: [], rejected: rejected, to: terminal)
                return .dataError
            }
            var message = "no SKU '\(sku)' in \(loaded.catalog.file)"
            if let near = NameSuggestion.closest(to: sku, in: loaded.catalog.skus) { message += ". Did you mean '\(near)'?" }
            throw UsageError(message: message)
        }
        let sensitivity = try Sensitivity(inputs: row.inputs, settings: loaded.settings, change: change)
        let renderer = SensitivityRenderer(sensitivity)
        switch format {
        case "csv": try output.write(renderer.csv(dialect: output.csvDialect(input: loaded.catalog.dialect)), terminal)
        case "json": try output.write(renderer.json(), terminal)
        default: try output.write(renderer.table(), terminal)
        }
        return .success
    }
}
