import Breakeven

/// The options every catalog-reading command shares: the file, the settings
/// file and the `--set` adjustments.
struct CatalogOptions {
    static let specs: [OptionSpec] = [
        OptionSpec(
            name: "settings", valueName: "file.json",
            help: "A JSON object of input names to default values, used where a row leaves the input empty."),
        OptionSpec(
            name: "set", valueName: "name=value",
            help: "Override an input for every SKU: NAME=VALUE replaces, NAME*=FACTOR scales, NAME+=DELTA shifts.",
            repeats: true),
    ]

    static let fileArgument = ArgumentSpec(name: "file", help: "The catalog CSV, or - for standard input.")

    /// The catalog path, `-` for standard input.
    var path: String
    /// The settings file, if any.
    var settingsPath: String?
    /// The adjustments, in the order given.
    var adjustments: [InputName: Adjustment]

    init(_ arguments: ParsedArguments, path: String) throws(UsageError) {
        self.path = path
        settingsPath = arguments.value("settings")
        adjustments = [:]
        for expression in arguments.values["set"] ?? [] {
            do {
                let (name, adjustment) = try SettingsParser.adjustment(expression)
                adjustments[name] = adjustment
            } catch {
                throw UsageError(message: "--set \(error.message)")
            }
        }
    }

    /// The file name shown in messages.
    var displayName: String { path == "-" ? "<stdin>" : path }

    /// Reads the settings and the catalog.
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
        do {
            return (try CatalogReader().read(bytes, file: displayName), settings)
        } catch {
            terminal.writeError("\(error.diagnostic)\n")
            throw Stop(status: .dataError)
        }
    }
}
