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
        ] + CatalogOptions.specs)

    var sku: String
    var catalog: CatalogOptions
    var format: String

    init(_ arguments: ParsedArguments) throws(UsageError) {
        sku = arguments.positionals[0]
        catalog = try CatalogOptions(arguments, path: arguments.positionals[1])
        format = try arguments.choice("format", from: ["text", "json"], default: "text")
    }

    func run(_ terminal: Terminal) throws -> ExitCode {
        let loaded = try catalog.load(terminal)
        let (file, settings) = loaded
        guard let row = file.rows.first(where: { $0.inputs.sku == sku }) else {
            let rejected = file.rejected.filter { $0.fields.contains { $0.trimmingCharacters() == sku } }
            if !rejected.isEmpty {
                for diagnostic in rejected.flatMap(\.diagnostics) { terminal.writeError("\(diagnostic)\n") }
                return .dataError
            }
            var message = "no SKU '\(sku)' in \(file.file)"
            if let suggestion = NameSuggestion.closest(to: sku, in: file.rows.map(\.inputs.sku)) {
                message += ". Did you mean '\(suggestion)'?"
            }
            throw UsageError(message: message)
        }
        let terms: SKUTerms
        do {
            terms = try SKUTerms(row.inputs, settings: settings)
        } catch {
            let column = file.header.column(of: error.name)
            terminal.writeError(
                "\(Diagnostic(file: file.file, line: row.line, column: column, message: "\(error.name.name) \(error.reason)"))\n")
            return .dataError
        }
        let renderer = ExplainRenderer(Evaluator.evaluate(terms), line: row.line)
        terminal.write(format == "json" ? renderer.json() : renderer.text())
        return .success
    }
}

extension String {
    fileprivate func trimmingCharacters() -> String {
        var text = Substring(self)
        while text.first == " " { text.removeFirst() }
        while text.last == " " { text.removeLast() }
        return String(text)
    }
}
