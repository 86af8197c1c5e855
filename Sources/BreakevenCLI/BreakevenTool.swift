import BreakevenCore
import BreakevenCSV
import BreakevenReport

/// The `breakeven` command line: picks the subcommand and runs it.
public enum BreakevenTool {
    /// The version printed by `--version`.
    public static let version = "0.1.0"

    /// The subcommands, in the order `--help` lists them.
    static var commands: [any Command.Type] {
        [
            RankCommand.self, ExplainCommand.self, WhatIfCommand.self, FlipCommand.self, SensitivityCommand.self,
            SimulateCommand.self,
            ReportCommand.self, ChartCommand.self,
            BacktestCommand.self,
            ValidateCommand.self, TemplateCommand.self, ColumnsCommand.self, GenerateCommand.self,
        ]
    }

    /// Runs `arguments` (without the program name) and returns the exit status.
    public static func run(_ arguments: [String], terminal: Terminal = .system) -> ExitCode {
        guard let first = arguments.first else {
            terminal.write(help)
            return .success
        }
        switch first {
        case "-h", "--help":
            terminal.write(help)
            return .success
        case "--version":
            terminal.write(version + "\n")
            return .success
        case "help":
            guard arguments.count > 1 else {
                terminal.write(help)
                return .success
            }
            guard let command = command(named: arguments[1]) else {
                return unknownCommand(arguments[1], terminal: terminal)
            }
            terminal.write(command.spec.help)
            return .success
        default:
            guard let command = command(named: first) else {
                return unknownCommand(first, terminal: terminal)
            }
            return execute(command, Array(arguments.dropFirst()), terminal: terminal)
        }
    }

    static func execute(_ command: any Command.Type, _ arguments: [String], terminal: Terminal) -> ExitCode {
        let spec = command.spec
        do {
            let parsed = try ParsedArguments(arguments, spec: spec)
            if parsed.wantsHelp {
                terminal.write(spec.help)
                return .success
            }
            if parsed.wantsVersion {
                terminal.write(version + "\n")
                return .success
            }
            return try command.init(parsed).run(terminal)
        } catch let error as UsageError {
            terminal.writeError(
                "Error: \(error.message)\nUsage: \(spec.usage)\n  See 'breakeven \(spec.name) --help' for more information.\n")
            return .usage
        } catch let stop as Stop {
            return stop.status
        } catch {
            terminal.writeError("Error: \(error)\n")
            return .dataError
        }
    }

    static func command(named name: String) -> (any Command.Type)? {
        commands.first { $0.spec.name == name }
    }

    static func unknownCommand(_ name: String, terminal: Terminal) -> ExitCode {
        var message = "Error: Unknown subcommand '\(name)'"
        if let suggestion = NameSuggestion.closest(to: name, in: commands.map { $0.spec.name }) {
            message += ". Did you mean '\(suggestion)'?"
        }
        terminal.writeError(message + "\nUsage: breakeven <subcommand>\n  See 'breakeven --help' for more information.\n")
        return .usage
    }

    /// The top-level help.
    static var help: String {
        var text = HelpFormatter.paragraph(
            "OVERVIEW: Decide, SKU by SKU, whether to sell without stock or to hold some, and why.",
            hanging: 10) + "\n"
        text += "USAGE: breakeven <subcommand>\n\n"
        text += "OPTIONS:\n"
        text += HelpFormatter.entry("--version", "Show the version.")
        text += HelpFormatter.entry("-h, --help", "Show help information.")
        text += "\nSUBCOMMANDS:\n"
        for command in commands { text += HelpFormatter.entry(command.spec.name, command.spec.overview) }
        text += "\n  See 'breakeven help <subcommand>' for detailed help.\n"
        return text
    }
}

/// One subcommand: its spec, how it is built from parsed arguments, and what it does.
protocol Command {
    /// What the command accepts.
    static var spec: CommandSpec { get }
    /// Builds the command, checking option values.
    init(_ arguments: ParsedArguments) throws(UsageError)
    /// Runs it and returns the exit status; throws ``UsageError`` for a bad
    /// argument found late, ``Stop`` after printing why it cannot go on.
    func run(_ terminal: Terminal) throws -> ExitCode
}

/// Ends a command early with `status`, its reason already printed.
struct Stop: Error {
    /// The exit status.
    var status: ExitCode
}
