import Breakeven

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
            name: "rejects", valueName: "file",
            help: "Write each rejected row there, verbatim, after its line number and the reason."),
    ]

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
    }

    /// The file name shown in messages.
    var displayName: String { path == "-" ? "<stdin>" : path }

    /// Reads the settings and the catalog, and says on standard error what
    /// format was detected: `catalog.csv: ';' separated, decimal comma, 1,204 rows`.
    ///
    /// - Throws: ``UsageError`` for a bad settings file; ``Stop`` after
    ///   printing why the catalog cannot be read.
    func load(_ terminal: Terminal) throws -> (Catalog, Settings) {
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
        let bytes: [UInt8]
        do {
            bytes = try terminal.read(path)
        } catch {
            terminal.writeError("\(displayName): error: \(error.reason)\n")
            throw Stop(status: .noInput)
        }
        let detection = DialectDetector.detect(bytes, delimiter: delimiter, decimalMark: decimalMark)
        do {
            let catalog = try CatalogReader(dialect: detection.dialect).read(bytes, file: displayName)
            terminal.writeError(
                "\(displayName): \(detection.description), \(NumberFormatting.grouped(Double(catalog.rowsRead), decimals: 0)) "
                    + "row\(catalog.rowsRead == 1 ? "" : "s")\n")
            return (catalog, settings)
        } catch {
            terminal.writeError("\(error.diagnostic)\n")
            throw Stop(status: .dataError)
        }
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
