import Testing

@testable import BreakevenCLI

@Suite("Argument parsing")
struct ParsedArgumentsTests {
    static let spec = CommandSpec(
        name: "demo", overview: "Demo.", arguments: [ArgumentSpec(name: "file", help: "A file.")],
        options: [
            OptionSpec(name: "format", valueName: "format", help: "Format."),
            OptionSpec(name: "set", valueName: "name=value", help: "Set.", repeats: true),
            OptionSpec(name: "quiet", valueName: nil, help: "Quiet."),
        ])

    static let acceptedCases: [([String], [String], [String: [String]], Set<String>)] = [
            (["a.csv"], ["a.csv"], [:], []),
            (["-"], ["-"], [:], []),
            (["a.csv", "--format", "csv"], ["a.csv"], ["format": ["csv"]], []),
            (["--format=json", "a.csv"], ["a.csv"], ["format": ["json"]], []),
            (["a.csv", "--set", "price=2", "--set", "moq*=2"], ["a.csv"], ["set": ["price=2", "moq*=2"]], []),
            (["--quiet", "--", "--weird.csv"], ["--weird.csv"], [:], ["quiet"]),
        ]

    @Test("accepted command lines", arguments: acceptedCases)
    func accepted(_ arguments: [String], positionals: [String], values: [String: [String]], flags: Set<String>) throws {
        let parsed = try ParsedArguments(arguments, spec: Self.spec)
        #expect(parsed.positionals == positionals)
        #expect(parsed.values == values)
        #expect(parsed.flags == flags)
    }

    static let rejectedCases: [([String], String)] = [
            ([], "Missing expected argument '<file>'"),
            (["a.csv", "b.csv"], "Unexpected argument 'b.csv'"),
            (["a.csv", "--fromat", "csv"], "Unknown option '--fromat'. Did you mean '--format'?"),
            (["a.csv", "--format"], "Missing value for '--format <format>'"),
            (["a.csv", "--format", "csv", "--format", "json"], "'--format' given more than once"),
            (["a.csv", "--quiet=yes"], "'--quiet' takes no value"),
            (["a.csv", "-x"], "Unknown option '-x'"),
        ]

    @Test("rejected command lines", arguments: rejectedCases)
    func rejected(_ arguments: [String], message: String) {
        #expect(throws: UsageError(message: message)) { try ParsedArguments(arguments, spec: Self.spec) }
    }

    @Test func helpAndVersionNeedNoArguments() throws {
        #expect(try ParsedArguments(["--help"], spec: Self.spec).wantsHelp)
        #expect(try ParsedArguments(["-h"], spec: Self.spec).wantsHelp)
        #expect(try ParsedArguments(["--version"], spec: Self.spec).wantsVersion)
    }

    @Test func choicesSuggestTheNearestValue() throws {
        let parsed = try ParsedArguments(["a.csv", "--format", "jsno"], spec: Self.spec)
        #expect(throws: UsageError.self) { try parsed.choice("format", from: ["table", "json"], default: "table") }
        do {
            _ = try parsed.choice("format", from: ["table", "json"], default: "table")
        } catch {
            #expect(error.message.hasSuffix("Did you mean 'json'?"))
        }
    }

    @Test func helpTextWrapsAt80Columns() {
        let help = RankCommand.spec.help
        #expect(help.split(separator: "\n").allSatisfy { $0.count <= 80 })
        #expect(help.hasPrefix("OVERVIEW: "))
        #expect(help.contains("\nUSAGE: breakeven rank <file>"))
        #expect(help.contains("\nARGUMENTS:\n  <file>"))
        #expect(help.contains("\nOPTIONS:\n  --format <format>"))
    }
}
