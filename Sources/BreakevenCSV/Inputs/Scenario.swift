import BreakevenCore

import Foundation

/// A named what-if: changes to inputs for every SKU, as a scenario file
/// writes them:
///
/// ```json
/// {"scenarios": [
///   {"name": "marketplace fees +10%",
///    "set": {"marketplace_fulfillment_fee": "*1.1", "marketplace_fee_rate": "+0.01"}},
///   {"name": "cheaper money", "set": {"capital_rate": 0.06}},
///   {"name": "assume returns", "default": {"return_rate": "8%"}}
/// ]}
/// ```
///
/// In `set`, a number or `"=VALUE"` replaces the value, `"*FACTOR"` scales
/// it, `"+DELTA"` or `"-DELTA"` shifts it; `default` changes only the
/// default for SKUs that leave the input empty.
package struct Scenario: Sendable, Equatable {
    /// The name shown in results.
    package var name: String
    /// The changes, as settings to lay over the run's own.
    package var settings: Settings

    /// A scenario.
    package init(name: String, settings: Settings) {
        self.name = name
        self.settings = settings
    }

    /// Parses a scenario file.
    ///
    /// - Throws: a ``SettingsParser/Failure`` naming the scenario and the
    ///   key at fault: bad JSON, a missing or repeated name, an unknown
    ///   input (with a suggestion), a change that is not a number or an
    ///   operator, a value out of range.
    package static func parseFile(_ bytes: [UInt8]) throws(SettingsParser.Failure) -> [Scenario] {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes), options: [])
        } catch {
            throw SettingsParser.Failure(message: "not valid JSON (\(SettingsParser.describe(error)))")
        }
        guard let root = object as? [String: Any], let list = root["scenarios"] as? [Any] else {
            throw SettingsParser.Failure(
                message: "expected {\"scenarios\": [{\"name\": …, \"set\": {…}}, …]}")
        }
        let unknownRoot = root.keys.filter { $0 != "scenarios" }.sorted()
        if !unknownRoot.isEmpty {
            throw SettingsParser.Failure(message: "unknown key '\(unknownRoot[0])' (only \"scenarios\" is read)")
        }
        var scenarios: [Scenario] = []
        for (index, item) in list.enumerated() {
            let place = "scenario \(index + 1)"
            guard let entry = item as? [String: Any] else {
                throw SettingsParser.Failure(message: "\(place): expected an object with \"name\" and \"set\"")
            }
            guard let name = entry["name"] as? String, !name.trimmingSpaces().isEmpty else {
                throw SettingsParser.Failure(message: "\(place): \"name\" is missing or empty")
            }
            if scenarios.contains(where: { $0.name == name }) {
                throw SettingsParser.Failure(message: "\(place): the name '\(name)' is used twice")
            }
            if let key = entry.keys.sorted().first(where: { !["name", "set", "default"].contains($0) }) {
                var message = "'\(name)': unknown key '\(key)' (use \"set\" and \"default\")"
                if let near = NameSuggestion.closest(to: key, in: ["set", "default"]) {
                    message += ". Did you mean '\(near)'?"
                }
                throw SettingsParser.Failure(message: message)
            }
            var settings = Settings()
            for (key, isDefault) in [("set", false), ("default", true)] {
                guard let raw = entry[key] else { continue }
                guard let changes = raw as? [String: Any] else {
                    throw SettingsParser.Failure(message: "'\(name)': \"\(key)\" must be an object of input names")
                }
                for input in changes.keys.sorted() {
                    do throws(SettingsParser.Failure) {
                        let target = try SettingsParser.numericInput(input)
                        let change = try SettingsParser.change(changes[input] as Any, for: target)
                        if isDefault {
                            guard case .set(let value) = change else {
                                throw SettingsParser.Failure(message: "a default must be a value, not a change")
                            }
                            settings.defaults[target] = value
                        } else {
                            settings.adjustments[target] = change
                        }
                    } catch {
                        throw SettingsParser.Failure(message: "'\(name)': \(key) \(input): \(error.message)")
                    }
                }
            }
            scenarios.append(Scenario(name: name, settings: settings))
        }
        if scenarios.isEmpty { throw SettingsParser.Failure(message: "no scenarios in the file") }
        return scenarios
    }
}
