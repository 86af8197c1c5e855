/// A positional argument of a command.
struct ArgumentSpec: Sendable {
    /// The name shown as `<name>`.
    var name: String
    /// One line of help.
    var help: String
}

/// An option of a command: a flag, or a name followed by a value.
struct OptionSpec: Sendable {
    /// The long name without dashes, e.g. `format`.
    var name: String
    /// The value's name, e.g. `format`; `nil` for a flag.
    var valueName: String?
    /// Help text.
    var help: String
    /// Whether the option may be given more than once.
    var repeats = false

    /// `--name <value>` or `--name`.
    var label: String { "--\(name)" + (valueName.map { " <\($0)>" } ?? "") }
}

/// What a command accepts, used both to parse and to print help in the style
/// of swift-argument-parser (OVERVIEW / USAGE / ARGUMENTS / OPTIONS).
struct CommandSpec: Sendable {
    /// The subcommand name, e.g. `rank`.
    var name: String
    /// One sentence.
    var overview: String
    /// Positional arguments, in order.
    var arguments: [ArgumentSpec]
    /// Options, in the order shown.
    var options: [OptionSpec]
    /// Extra paragraphs after OPTIONS (examples, exit codes).
    var discussion: String = ""

    /// The usage line, e.g. `breakeven rank <file> [--format <format>] ...`.
    var usage: String { usageParts.joined(separator: " ") }

    private var usageParts: [String] {
        var parts = ["breakeven \(name)"] + arguments.map { "<\($0.name)>" }
        for option in options {
            parts.append("[\(option.label)]" + (option.repeats ? " ..." : ""))
        }
        return parts
    }

    /// The full help text, wrapped at 80 columns.
    var help: String {
        var text = HelpFormatter.paragraph("OVERVIEW: \(overview)", hanging: 10) + "\n"
        // Continuation lines start under the first argument: "USAGE: breakeven NAME ".
        text += HelpFormatter.words(usageParts, first: "USAGE: ", hanging: 18 + name.count) + "\n"
        if !arguments.isEmpty {
            text += "ARGUMENTS:\n"
            for argument in arguments { text += HelpFormatter.entry("<\(argument.name)>", argument.help) }
            text += "\n"
        }
        text += "OPTIONS:\n"
        for option in options { text += HelpFormatter.entry(option.label, option.help) }
        text += HelpFormatter.entry("--version", "Show the version.")
        text += HelpFormatter.entry("-h, --help", "Show help information.")
        if !discussion.isEmpty {
            for paragraph in discussion.components(separatedBy: "\n\n") where !paragraph.isEmpty {
                let flowing = paragraph.split(separator: "\n").joined(separator: " ")
                text += "\n" + HelpFormatter.paragraph(flowing, hanging: 0)
            }
        }
        return text + "\n"
    }
}

/// Lays out help entries: the label indented by 2, the text from column 26,
/// wrapped at 80 columns.
enum HelpFormatter {
    static let labelWidth = 24
    static let width = 80

    static func entry(_ label: String, _ help: String) -> String {
        let indent = String(repeating: " ", count: labelWidth + 2)
        let lines = wrap(help, width: width - indent.count)
        var text = "  " + label
        if label.count + 2 > labelWidth {
            text += "\n" + indent
        } else {
            text += String(repeating: " ", count: labelWidth - label.count)
        }
        text += lines.joined(separator: "\n" + indent) + "\n"
        return text
    }

    /// `text` wrapped at ``width``, continuation lines indented by `hanging`, ending in a newline.
    static func paragraph(_ text: String, hanging: Int) -> String {
        let lines = wrap(text, width: width - hanging, firstWidth: width)
        return lines.joined(separator: "\n" + String(repeating: " ", count: hanging)) + "\n"
    }

    /// Usage-style: `first` then the parts, wrapped without breaking a part.
    static func words(_ parts: [String], first: String, hanging: Int) -> String {
        var lines: [String] = []
        var current = first
        for part in parts {
            if current.count + 1 + part.count > width, current.count > hanging {
                lines.append(current)
                current = String(repeating: " ", count: hanging) + part
            } else {
                current += (current == first ? "" : " ") + part
            }
        }
        lines.append(current)
        return lines.joined(separator: "\n") + "\n"
    }

    static func wrap(_ text: String, width: Int, firstWidth: Int? = nil) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            let limit = lines.isEmpty ? (firstWidth ?? width) : width
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= limit {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }
}
