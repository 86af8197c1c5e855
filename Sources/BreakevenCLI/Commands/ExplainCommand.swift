import Breakeven

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
            OptionSpec(name: "format", valueName: "format", help: "text (the default) or json.")
        ] + CatalogOptions.specs + [OutputOptions.specs[0]])

    var sku: String
    var catalog: CatalogOptions
    var output: OutputOptions
    var format: String

    init(_ arguments: ParsedArguments) throws(UsageError) {
        sku = arguments.positionals[0]
        catalog = try CatalogOptions(arguments, path: arguments.positionals[1])
        output = try OutputOptions(arguments)
        format = try arguments.choice("format", from: ["text", "json"], default: "text")
    }

    func run(_ terminal: Terminal) throws -> ExitCode {
        let loaded = try catalog.load(terminal)
        let file = loaded.catalog
        let resolved = ResolvedCatalog(file, settings: loaded.settings)
        try catalog.writeRejects(RejectsWriter.bytes(for: resolved), terminal)
        defer { terminal.writeError(loaded.summary(rejected: resolved.rejected.count, ranked: resolved.rows.count)) }
        guard let row = resolved.rows.first(where: { $0.terms.sku == sku }) else {
            let mine = resolved.rejected.filter { rejected in
                rejected.fields.contains { $0.trimmingSpaces() == sku }
                    || file.rows.contains { $0.line == rejected.line && $0.inputs.sku == sku }
            }
            if !mine.isEmpty {
                Report.diagnostics(warnings: [], rejected: mine, to: terminal)
                return .dataError
            }
            var message = "no SKU '\(sku)' in \(file.file)"
            if let suggestion = NameSuggestion.closest(to: sku, in: resolved.rows.map(\.terms.sku)) {
                message += ". Did you mean '\(suggestion)'?"
            }
            throw UsageError(message: message)
        }
        let renderer = ExplainRenderer(Evaluator.evaluate(row.terms), line: row.line)
        try output.write(format == "json" ? renderer.json() : renderer.text(), terminal)
        return .success
    }
}
