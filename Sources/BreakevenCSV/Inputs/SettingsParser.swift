import BreakevenCore

import Foundation

/// Reads settings as people write them: a JSON object of input defaults, and
/// `NAME=VALUE`, `NAME*=FACTOR`, `NAME+=DELTA` adjustments.
package enum SettingsParser {
    /// A settings text or expression that cannot be used.
    package struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// What is wrong, with a suggestion where one helps.
        package var message: String

        /// The message.
        package var description: String { message }
    }

    /// Parses a settings file: a JSON object whose keys are numeric input
    /// names and whose values are numbers (or numeric strings).
    package static func defaults(fromJSON data: [UInt8]) throws(Failure) -> InputValues {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(data), options: [])
        } catch {
            throw Failure(message: "not valid JSON (\(Self.describe(error)))")
        }
        guard let dictionary = object as? [String: Any] else {
            throw Failure(message: "expected a JSON object of input names to values, like {\"capital_rate\": 0.1}")
        }
        var values = InputValues()
        for key in dictionary.keys.sorted() {
            let name = try numericInput(key)
            let raw = dictionary[key]
            let number: Double
            if let string = raw as? String, let parsed = Double(string.trimmingSpaces()) {
                number = parsed
            } else if let parsed = raw as? NSNumber, !(raw is Bool) {
                number = parsed.doubleValue
            } else {
                throw Failure(message: "'\(key)': expected a number, found \(raw.map { "\($0)" } ?? "null")")
            }
            try check(number, for: name)
            values[name] = number
        }
        return values
    }

    /// Parses `NAME=VALUE` (replace), `NAME*=FACTOR` (scale) or `NAME+=DELTA` (shift).
    package static func adjustment(_ expression: String) throws(Failure) -> (InputName, Adjustment) {
        guard let equals = expression.firstIndex(of: "=") else {
            throw Failure(message: "'\(expression)': expected NAME=VALUE, NAME*=FACTOR or NAME+=DELTA")
        }
        var name = String(expression[..<equals]).trimmingSpaces()
        let valueText = String(expression[expression.index(after: equals)...]).trimmingSpaces()
        var operation = "="
        if let last = name.last, last == "*" || last == "+" {
            operation = String(last)
            name = String(name.dropLast()).trimmingSpaces()
        }
        let input = try numericInput(name)
        do {
            return (input, try change(operation + valueText, for: input))
        } catch {
            throw Failure(message: "'\(expression)': \(error.message)")
        }
    }

    /// Parses `NAME=VALUE` for `--default`: a value, not a change.
    package static func defaultValue(_ expression: String) throws(Failure) -> (InputName, Double) {
        let (input, adjustment) = try adjustment(expression)
        guard case .set(let value) = adjustment else {
            throw Failure(message: "'\(expression)': a default is NAME=VALUE, not a change")
        }
        return (input, value)
    }

    /// The numeric input called `name`, or a failure with a suggestion.
    package static func numericInput(_ name: String) throws(Failure) -> InputName {
        guard let input = InputName(name: name) ?? CatalogHeader.input(named: name) else {
            var message = "unknown input '\(name)'"
            if let suggestion = NameSuggestion.input(near: name) {
                message += ". Did you mean '\(suggestion.name)'?"
            } else {
                message += " (see 'breakeven rank --help' for the input names)"
            }
            throw Failure(message: message)
        }
        guard input.isNumeric else { throw Failure(message: "'\(input.name)' is not a numeric input") }
        return input
    }

    private static func check(_ value: Double, for input: InputName) throws(Failure) {
        if let reason = input.constraint.violation(by: value) {
            throw Failure(message: "\(input.name) \(reason), found \(ExactNumber.text(value))")
        }
    }

    /// A change as a scenario file writes it: a number or `"=VALUE"`
    /// replaces, `"*FACTOR"` scales, `"+DELTA"` or `"-DELTA"` shifts; a
    /// rate may be written `"15%"`.
    package static func change(_ raw: Any, for input: InputName) throws(Failure) -> Adjustment {
        if let number = raw as? NSNumber, !(raw is Bool) {
            try check(number.doubleValue, for: input)
            return .set(number.doubleValue)
        }
        guard let text = (raw as? String)?.trimmingSpaces(), !text.isEmpty else {
            throw Failure(message: "expected a number or a string like \"*1.1\", \"+0.5\", \"=3\"")
        }
        let parser = NumberParser(decimalMark: .point)
        func number(_ body: Substring) throws(Failure) -> Double {
            let value: Double?
            do {
                value = try parser.parse(String(body), allowPercent: input.isRate)
            } catch {
                throw Failure(message: "'\(text)' is not a change: '\(error.text)' \(error.reason)")
            }
            guard let value else { throw Failure(message: "'\(text)' has no number") }
            return value
        }
        switch text.first {
        case "*": return .scale(try number(text.dropFirst()))
        case "+": return .shift(try number(text.dropFirst()))
        case "-": return .shift(-(try number(text.dropFirst())))
        case "=":
            let value = try number(text.dropFirst())
            try check(value, for: input)
            return .set(value)
        case let first? where first.isNumber || first == ".":
            let value = try number(Substring(text))
            try check(value, for: input)
            return .set(value)
        default:
            throw Failure(
                message: "'\(text)' is not a change: use a number, \"=VALUE\", \"*FACTOR\", \"+DELTA\" or \"-DELTA\"")
        }
    }

    static func describe(_ error: Error) -> String {
        let nsError = error as NSError
        if let detail = nsError.userInfo["NSDebugDescription"] as? String { return detail }
        return nsError.localizedDescription
    }
}
