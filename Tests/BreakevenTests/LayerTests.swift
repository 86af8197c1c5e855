import Foundation
import Testing

/// The layers of docs/architecture.md hold: each module imports only the
/// layers below it, and the math core holds no text for people.
@Suite struct LayerTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources")

    /// What each module may import of the package's own modules.
    static let allowed: [String: Set<String>] = [
        "BreakevenCore": [],
        "BreakevenCSV": ["BreakevenCore"],
        "BreakevenReport": ["BreakevenCore", "BreakevenCSV"],
        "Breakeven": ["BreakevenCore", "BreakevenCSV", "BreakevenReport"],
        "SyntheticCatalogs": ["BreakevenCore"],
        "BreakevenFuzzing": ["BreakevenCore", "BreakevenCSV", "BreakevenReport"],
        "BreakevenCLI": ["BreakevenCore", "BreakevenCSV", "BreakevenReport", "SyntheticCatalogs"],
        "breakeven": ["BreakevenCLI"],
    ]

    static func files(of module: String) -> [(name: String, text: String)] {
        let folder = sources.appendingPathComponent(module)
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }.compactMap { path in
            (try? String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)).map { (path, $0) }
        }
    }

    @Test(arguments: allowed.keys.sorted()) func importsOnlyTheLayersBelow(_ module: String) {
        let files = Self.files(of: module)
        #expect(!files.isEmpty, "no sources for \(module)")
        let ownModules = Set(Self.allowed.keys)
        for (name, text) in files {
            for line in text.split(separator: "\n") where line.hasPrefix("import ") || line.hasPrefix("@_exported import ") {
                let imported = String(line.split(separator: " ").last ?? "")
                guard ownModules.contains(imported) else { continue }
                #expect(Self.allowed[module]?.contains(imported) == true, "\(module)/\(name) imports \(imported)")
            }
        }
    }

    /// The core decides; words and numbers for people are made by the report layer.
    @Test func theCoreHoldsNoTextForPeople() {
        let forbidden = ["Prose", "NumberFormatting", "TextTable", "ReasonWriter", "String(format:", "Language"]
        for (name, text) in Self.files(of: "BreakevenCore") {
            let code = text.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
                .joined(separator: "\n")
            for word in forbidden { #expect(!code.contains(word), "BreakevenCore/\(name) uses \(word)") }
        }
    }

    /// Only the API file is public; every other declaration is `package` or less.
    @Test func thePublicAPIIsSmall() {
        var publicDeclarations: [String] = []
        for module in Self.allowed.keys where module != "breakeven" {
            for (name, text) in Self.files(of: module) {
                for line in text.split(separator: "\n") where line.contains("public ") && !line.contains("//") {
                    publicDeclarations.append("\(module)/\(name): \(line.trimmingCharacters(in: .whitespaces))")
                }
            }
        }
        let outsideTheAPI = publicDeclarations.filter {
            !$0.hasPrefix("Breakeven/") && !$0.hasPrefix("BreakevenCore/Models/FulfilmentModel.swift")
                && !$0.hasPrefix("BreakevenCLI/")
        }
        #expect(outsideTheAPI.isEmpty, "\(outsideTheAPI)")
        #expect(publicDeclarations.count < 60, "\(publicDeclarations.count) public declarations")
    }
}
