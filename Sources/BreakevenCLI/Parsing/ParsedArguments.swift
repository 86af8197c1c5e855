import BreakevenCore
import BreakevenCSV
import BreakevenReport

/// A command-line mistake: printed with the usage and exit status 64.
struct UsageError: Error, Sendable, Equatable {
    /// What is wrong.
    var message: String
}

/// The arguments of one command, checked against its spec.
struct ParsedArguments: Sendable, Equatable {
    /// Positional arguments, in order.
    var positionals: [String] = []
    /// Option values by long name, in the order given.
    var values: [String: [String]] = [:]
    /// Flags given.
    var flags: Set<String> = []
    /// Whether `--help` or `-h` was given.
    var wantsHelp = false
    /// Whether `--version` was given.
    var wantsVersion = false

    /// Parses `arguments` (after the subcommand) against `spec`.
    ///
    /// Accepts `--name value` and `--name=value`; `-` alone is a positional
    /// (standard input); `--` ends the options.
    init(_ arguments: [String], spec: CommandSpec) throws(UsageError) {
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || !argument.hasPrefix("-") || argument == "-" {
                positionals.append(argument)
                continue
            }
            if argument == "--" {
                onlyPositionals = true
                continue
            }
            if argument == "-h" || argument == "--help" {
                wantsHelp = true
                continue
            }
            if argument == "--version" {
                wantsVersion = true
                continue
            }
            guard argument.hasPrefix("--") else {
                throw UsageError(message: "Unknown option '\(argument)'")
            }
            var name = String(argument.dropFirst(2))
            var inlineValue: String?
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            guard let option = spec.options.first(where: { $0.name == name }) else {
                var message = "Unknown option '--\(name)'"
                if let suggestion = NameSuggestion.closest(to: name, in: spec.options.map(\.name)) {
                    message += ". Did you mean '--\(suggestion)'?"
                }
                throw UsageError(message: message)
            }
            guard let valueName = option.valueName else {
                if inlineValue != nil { throw UsageError(message: "'--\(name)' takes no value") }
                flags.insert(name)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else if index < arguments.count {
                value = arguments[index]
                index += 1
            } else {
                throw UsageError(message: "Missing value for '--\(name) <\(valueName)>'")
            }
            if !option.repeats, values[name] != nil {
                throw UsageError(message: "'--\(name)' given more than once")
            }
            values[name, default: []].append(value)
        }
        guard !wantsHelp, !wantsVersion else { return }
        if positionals.count < spec.arguments.count {
            let missing = spec.arguments[positionals.count]
            throw UsageError(message: "Missing expected argument '<\(missing.name)>'")
        }
        if positionals.count > spec.arguments.count {
            throw UsageError(message: "Unexpected argument '\(positionals[spec.arguments.count])'")
        }
    }

    /// The single value of an option, if given.
    func value(_ name: String) -> String? { values[name]?.last }

    /// Whether a flag was given.
    func flag(_ name: String) -> Bool { flags.contains(name) }

    /// The value of an option that must be one of `choices`.
    func choice(_ name: String, from choices: [String], default fallback: String) throws(UsageError) -> String {
        guard let given = value(name) else { return fallback }
        guard choices.contains(given) else {
            var message = "The value '\(given)' is invalid for '--\(name)'; use one of: \(choices.joined(separator: ", "))"
            if let suggestion = NameSuggestion.closest(to: given, in: choices) {
                message += ". Did you mean '\(suggestion)'?"
            }
            throw UsageError(message: message)
        }
        return given
    }

    /// `--lang`: the language of the words (English by default).
    func language() throws(UsageError) -> Language {
        let code = try choice("lang", from: Language.allCases.map(\.rawValue), default: Language.english.rawValue)
        return Language(rawValue: code) ?? .english
    }

    /// The value of an option that must be a positive whole number.
    func positiveInteger(_ name: String) throws(UsageError) -> Int? {
        guard let given = value(name) else { return nil }
        guard let number = Int(given), number > 0 else {
            throw UsageError(message: "The value '\(given)' is invalid for '--\(name)': expected a whole number above 0")
        }
        return number
    }

    /// `--delimiter`, if given: `,`, `;` or tab.
    func delimiter() throws(UsageError) -> Delimiter? {
        guard let text = value("delimiter") else { return nil }
        guard let delimiter = Delimiter(parsing: text) else {
            throw UsageError(message: "The value '\(text)' is invalid for '--delimiter'; use ',', ';' or tab")
        }
        return delimiter
    }

    /// `--decimal`, if given: `.` or `,`.
    func decimalMark() throws(UsageError) -> NumberParser.DecimalMark? {
        guard let text = value("decimal") else { return nil }
        guard let mark = NumberParser.DecimalMark(rawValue: text) else {
            throw UsageError(message: "The value '\(text)' is invalid for '--decimal'; use '.' or ','")
        }
        return mark
    }
}
