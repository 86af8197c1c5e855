import BreakevenCore
import BreakevenCSV

/// The reference of every input: name, unit, default and meaning. The README's
/// input table is this table, checked by a test, so the two cannot drift.
package enum InputReference {
    /// One row per input, in reference order.
    package static var rows: [(name: String, unit: String, defaultText: String, meaning: String)] {
        InputName.allCases.map { input in
            let spec = input.spec
            return (input.name, spec.unit, defaultText(spec.defaultValue), spec.meaning)
        }
    }

    /// The default as the reference shows it.
    package static func defaultText(_ value: InputDefault) -> String {
        switch value {
        case .required: return "required"
        case .none: return "—"
        case .value(let number): return ExactNumber.text(number)
        case .derived(let description): return description
        }
    }

    /// The reference as a Markdown table.
    package static func markdown() -> String {
        var text = "| name | unit | default | meaning |\n|---|---|---|---|\n"
        for row in rows {
            let cells = [
                "`\(row.name)`", row.unit, escape(row.defaultText), escape(row.meaning),
            ]
            text += "| " + cells.joined(separator: " | ") + " |\n"
        }
        return text
    }

    private static func escape(_ text: String) -> String {
        text.replacingPipes()
    }
}

extension String {
    fileprivate func replacingPipes() -> String {
        var result = ""
        for character in self {
            if character == "|" { result += "\\|" } else { result.append(character) }
        }
        return result
    }
}
