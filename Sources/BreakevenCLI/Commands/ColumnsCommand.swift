import BreakevenCore
import BreakevenCSV
import BreakevenReport

/// `breakeven columns`: the input reference (the README's table comes from it).
struct ColumnsCommand: Command {
    static let spec = CommandSpec(
        name: "columns",
        overview: "Print every input column: name, unit, default and meaning.",
        arguments: [],
        options: [
            OptionSpec(name: "format", valueName: "format", help: "table (the default) or markdown.")
        ])

    var format: String

    init(_ arguments: ParsedArguments) throws(UsageError) {
        format = try arguments.choice("format", from: ["table", "markdown"], default: "table")
    }

    func run(_ terminal: Terminal) throws -> ExitCode {
        if format == "markdown" {
            terminal.write(InputReference.markdown())
            return .success
        }
        var table = TextTable(titles: ["NAME", "UNIT", "DEFAULT", "MEANING"], alignments: [.left, .left, .left, .left])
        for row in InputReference.rows {
            table.rows.append([row.name, row.unit, row.defaultText, row.meaning])
        }
        terminal.write(table.rendered())
        return .success
    }
}
