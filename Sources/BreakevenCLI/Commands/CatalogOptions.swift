import BreakevenCore
import BreakevenCSV
import BreakevenReport

/// The options every catalog-reading command shares: the file, its dialect,
/// the settings file, the `--set` adjustments and where rejected rows go.
struct CatalogOptions {
    static let specs: [OptionSpec] = [
        OptionSpec(
            name: "delimiter", valueName: "char",
            help: "The field delimiter: ',' ';' or tab. Detected from the file when not given."),
        OptionSpec(
            name: "decimal", valueName: "mark",
            help: "The decimal mark: '.' or ','. Detected from the file when not given."),
        OptionSpec(
            name: "settings", valueName: "file.json",
            help: "A JSON object of input names to default values, used where a row leaves the input empty."),
        OptionSpec(
            name: "set", valueName: "name=value",
            help: "Override an input for every SKU: NAME=VALUE replaces, NAME*=FACTOR scales, NAME+=DELTA shifts.",
            repeats: true),
        OptionSpec(
            name: "default", valueName: "name=value",
            help: "Change an input's default, for the SKUs that leave it empty.", repeats: true),
        OptionSpec(
            name: "only", valueName: "sku,…", help: "Restrict the run to these SKUs (comma-separated).",
            repeats: true),
        OptionSpec(
            name: "rejects", valueName: "file",
            help: "Write each rejected row there, verbatim, after its line number and the reason."),
    ]

    /// `--lang`, for the commands that write words.
    static let languageSpec = OptionSpec(
        name: "lang", valueName: "code", help: "The language of the words: en (English, the default) or it (Italian).")

    static let fileArgument = ArgumentSpec(name: "file", help: "The catalog CSV, or - for standard input.")

    /// The catalog path, `-` for standard input.
    var path: String
    /// The settings file, if any.
    var settingsPath: String?
    /// The adjustments, by input.
    var adjustments: [InputName: Adjustment]
    /// A delimiter given on the command line.
    var delimiter: Delimiter?
    /// A decimal mark given on the command line.
    var decimalMark: NumberParser.DecimalMark?
    /// Where to write rejected rows, if anywhere.
    var rejectsPath: String?
    /// `--default` values.
    var defaults: InputValues
    /// `--only` SKUs, if given.
    var only: [String]?

    init(_ arguments: ParsedArguments, path: String) throws(UsageError) {
        self.path = path
        settingsPath = arguments.value("settings")
        rejectsPath = arguments.value("rejects")
        adjustments = [:]
        for expression in arguments.values["set"] ?? [] {
            do {
                let (name, adjustment) = try SettingsParser.adjustment(expression)
                adjustments[name] = adjustment
            } catch {
                throw UsageError(message: "--set \(error.message)")
            }
        }
        delimiter = try arguments.delimiter()
        decimalMark = try arguments.decimalMark()
        defaults = InputValues()
        for expression in arguments.values["default"] ?? [] {
            do {
                let (name, value) = try SettingsParser.defaultValue(expression)
                defaults[name] = value
            } catch {
                throw UsageError(message: "--default \(error.message)")
            }
        }
        if let lists = arguments.values["only"] {
            only = lists.flatMap { $0.split(separator: ",") }.map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
        }
    }

    /// The file name shown in messages.
    var displayName: String { path == "-" ? "<stdin>" : path }

    /// `FILE: ';' separated, decimal comma, 1,204 rows`.
    func detectionLine(_ detection: DialectDetection, rows: Int) -> String {
        "\(displayName): \(detection.description), \(NumberFormatting.grouped(Double(rows), decimals: 0)) "
            + "row\(rows == 1 ? "" : "s")\n"
    }

    /// The run's settings: the settings file, `--default`, `--set`.
    func settings(_ terminal: Terminal) throws -> Settings {
        var settings = Settings(adjustments: adjustments)
        if let settingsPath {
            let bytes: [UInt8]
            do {
                bytes = try terminal.read(settingsPath)
            } catch {
                terminal.writeError("\(settingsPath): error: \(error.reason)\n")
                throw Stop(status: .noInput)
            }
            do {
                settings.defaults = try SettingsParser.defaults(fromJSON: bytes)
            } catch {
                throw UsageError(message: "\(settingsPath): \(error.message)")
            }
        }
        return settings.overlaid(with: Settings(defaults: defaults))
    }

    /// Writes `rejects` (a rejects file) to `--rejects`, when given; it has
    /// only the header when no row was rejected.
    func writeRejects(_ rejects: @autoclosure () -> [UInt8], _ terminal: Terminal) throws {
        guard let rejectsPath else { return }
        do {
            try terminal.writeFile(rejectsPath, rejects())
        } catch {
            terminal.writeError("\(rejectsPath): error: \(error.reason)\n")
            throw Stop(status: .dataError)
        }
    }
}
