import BreakevenCore
import BreakevenCSV
import BreakevenReport

/// `breakeven template`: a ready-to-fill catalog.
struct TemplateCommand: Command {
    static let spec = CommandSpec(
        name: "template",
        overview: "Print a ready-to-fill catalog CSV: every input column and two example rows.",
        arguments: [],
        options: [
            OptionSpec(name: "delimiter", valueName: "char", help: "',' (the default), ';' or tab."),
            OptionSpec(
                name: "decimal", valueName: "mark",
                help: "'.' (the default) or ','. With ',' rates are written as percentages and lines end in CRLF."),
            OptionSpec(name: "out", valueName: "file", help: "Write the template to this file instead of standard output."),
        ],
        discussion: """
            For a spreadsheet in Italy, Germany, France, Spain or Brazil:
            breakeven template --delimiter ';' --decimal ',' --out catalog.csv
            """)

    var dialect: CSVDialect
    var output: OutputOptions

    init(_ arguments: ParsedArguments) throws(UsageError) {
        let dialect = CSVDialect(
            delimiter: try arguments.delimiter() ?? .comma, decimalMark: try arguments.decimalMark() ?? .point)
        if dialect.delimiter == .comma && dialect.decimalMark == .comma {
            throw UsageError(message: "a decimal comma needs another delimiter: use --delimiter ';'")
        }
        self.dialect = dialect
        output = try OutputOptions(arguments)
    }

    func run(_ terminal: Terminal) throws -> ExitCode {
        try output.write(CatalogTemplate.csv(dialect: dialect), terminal)
        return .success
    }
}
