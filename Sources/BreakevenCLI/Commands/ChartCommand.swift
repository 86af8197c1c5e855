import BreakevenCore
import BreakevenCSV
import BreakevenReport

/// `breakeven chart`: one SKU's charts, as SVG or as text in the terminal.
struct ChartCommand: Command {
    static let spec = CommandSpec(
        name: "chart",
        overview: "Chart one SKU: profit against demand per model, and the cost per unit sold.",
        arguments: [
            ArgumentSpec(name: "sku", help: "The SKU to chart, as in the sku column."),
            CatalogOptions.fileArgument,
        ],
        options: [
            OptionSpec(
                name: "svg", valueName: "file",
                help: "Write the charts as an SVG file (- for standard output) instead of text."),
            CatalogOptions.languageSpec,
        ] + CatalogOptions.specs,
        discussion: """
            Without --svg: the cost per unit sold, line by line, and the monthly profit of each
            model as bars of block characters, coloured when standard output is a terminal
            and NO_COLOR is not set.

            With --svg: the monthly profit of each model against monthly demand, with the
            break-even volumes against VIRTUAL and today's demand marked, and the landed cost
            per unit as a stacked bar per model; the charts of 'breakeven report'.
            """)

    var sku: String
    var catalog: CatalogOptions
    var svgPath: String?
    var language: Language

    init(_ arguments: ParsedArguments) throws(UsageError) {
        sku = arguments.positionals[0]
        catalog = try CatalogOptions(arguments, path: arguments.positionals[1])
        svgPath = arguments.value("svg")
        language = try arguments.language()
    }

    func run(_ terminal: Terminal) throws -> ExitCode {
        let run = try SKULookup.run(sku, catalog, terminal)
        try catalog.writeRejects(run.outcome.rejects, terminal)
        defer { terminal.writeError(run.summary) }
        let (_, evaluation) = try SKULookup.found(sku, in: run, terminal)
        guard let svgPath else {
            terminal.write(TerminalChart(evaluation, colour: terminal.colourOutput, language: language).text())
            return .success
        }
        let file = SKUChart(evaluation, language: language).file()
        guard svgPath != "-" else {
            terminal.write(file)
            return .success
        }
        do {
            try terminal.writeFile(svgPath, Array(file.utf8))
        } catch {
            terminal.writeError("\(svgPath): error: \(error.reason)\n")
            throw Stop(status: .dataError)
        }
        return .success
    }
}
