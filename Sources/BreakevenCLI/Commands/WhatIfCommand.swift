import BreakevenCore
import BreakevenCSV
import BreakevenReport

/// `breakeven whatif`: a catalog under scenarios, against the baseline.
struct WhatIfCommand: Command {
    static let spec = CommandSpec(
        name: "whatif",
        overview: "Compare scenarios against the baseline: changed recommendations, profit, capital.",
        arguments: [CatalogOptions.fileArgument],
        options: [
            OptionSpec(name: "scenarios", valueName: "file.json", help: "The scenarios (required); see below."),
            OptionSpec(name: "changes-only", valueName: nil, help: "List only the SKUs whose recommendation changes."),
            OptionSpec(name: "format", valueName: "format", help: "table (the default), csv or json."),
            CatalogOptions.languageSpec,
        ] + CatalogOptions.specs + OutputOptions.specs,
        discussion: """
            A scenario file is a JSON object: {"scenarios": [{"name": "marketplace fees +10%",
            "set": {"marketplace_fulfillment_fee": "*1.1", "marketplace_fee_rate": "+0.01"}}]}. In
            "set" a number or "=VALUE" replaces an input, "*FACTOR" scales it, "+DELTA" or
            "-DELTA" shifts it; "default" changes only the default for SKUs that leave the input
            empty. Scenarios apply on top of --settings, --default and --set.

            EXIT STATUS: 0 all rows evaluated, 1 some rows rejected, 64 usage error or a bad
            scenario file, 66 input file missing or unreadable.
            """)

    var catalog: CatalogOptions
    var output: OutputOptions
    var scenariosPath: String
    var changesOnly: Bool
    var format: String
    var language: Language

    init(_ arguments: ParsedArguments) throws(UsageError) {
        catalog = try CatalogOptions(arguments, path: arguments.positionals[0])
        output = try OutputOptions(arguments)
        guard let path = arguments.value("scenarios") else {
            throw UsageError(message: "Missing expected option '--scenarios <file.json>'")
        }
        scenariosPath = path
        changesOnly = arguments.flag("changes-only")
        format = try arguments.choice("format", from: ["table", "csv", "json"], default: "table")
        language = try arguments.language()
    }

    func run(_ terminal: Terminal) throws -> ExitCode {
        let bytes: [UInt8]
        do {
            bytes = try terminal.read(scenariosPath)
        } catch {
            terminal.writeError("\(scenariosPath): error: \(error.reason)\n")
            throw Stop(status: .noInput)
        }
        let scenarios: [Scenario]
        do {
            scenarios = try Scenario.parseFile(bytes)
        } catch {
            throw UsageError(message: "\(scenariosPath): \(error.message)")
        }
        let settings = try catalog.settings(terminal)
        let run = try catalog.run(terminal, settings: settings, work: WhatIf.work(settings: settings, scenarios: scenarios))
        let whatIf = WhatIf(
            rows: run.outputs, rejected: run.outcome.rejected, scenarios: scenarios, settings: settings,
            header: run.outcome.header, file: run.file)
        let baseline = whatIf.baseline
        Report.diagnostics(warnings: run.outcome.warnings, rejected: baseline.rejected, to: terminal)
        for scenario in whatIf.scenarios where scenario.rejected.count > baseline.rejected.count {
            terminal.writeError(
                "\(run.file): warning: scenario '\(scenario.name)' rejects "
                    + "\(scenario.rejected.count - baseline.rejected.count) more row(s) than the baseline:\n")
            let known = Set(baseline.rejected.map(\.line))
            Report.diagnostics(
                warnings: [], rejected: scenario.rejected.filter { !known.contains($0.line) }, to: terminal)
        }
        let renderer = WhatIfRenderer(whatIf, changesOnly: changesOnly, language: language)
        switch format {
        case "csv": try output.write(renderer.csv(dialect: output.csvDialect(input: run.dialect)), terminal)
        case "json": try output.write(renderer.json(), terminal)
        default: try output.write(renderer.table(), terminal)
        }
        try catalog.writeRejects(run.outcome.rejects, terminal)
        terminal.writeError(run.summary)
        return baseline.rejected.isEmpty ? .success : .dataError
    }
}
