import Foundation

/// Reads settings as people write them: a JSON object of input defaults, and
/// `NAME=VALUE`, `NAME*=FACTOR`, `NAME+=DELTA` adjustments.
public enum SettingsParser {
    /// A settings text or expression that cannot be used.
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// What is wrong, with a suggestion where one helps.
        public var message: String

        /// The message.
        public var description: String { message }
    }

    /// Parses a settings file: a JSON object whose keys are numeric input
    /// names and whose values are numbers (or numeric strings).
    public static func defaults(fromJSON data: [UInt8]) throws(Failure) -> InputValues {
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
    public static func adjustment(_ expression: String) throws(Failure) -> (InputName, Adjustment) {
        guard let equals = expression.firstIndex(of: "=") else {
            throw Failure(message: "'\(expression)': expected NAME=VALUE, NAME*=FACTOR or NAME+=DELTA")
        }
        var name = String(expression[..<equals]).trimmingSpaces()
        let valueText = String(expression[expression.index(after: equals)...]).trimmingSpaces()
        var operation: Character = "="
        if let last = name.last, last == "*" || last == "+" {
            operation = last
            name = String(name.dropLast()).trimmingSpaces()
        }
        let input = try numericInput(name)
        guard let value = Double(valueText), value.isFinite else {
            throw Failure(message: "'\(expression)': '\(valueText)' is not a number")
        }
        switch operation {
        case "*": return (input, .scale(value))
        case "+": return (input, .shift(value))
        default:
            try check(value, for: input)
            return (input, .set(value))
        }
    }

    /// The numeric input called `name`, or a failure with a suggestion.
    public static func numericInput(_ name: String) throws(Failure) -> InputName {
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
        if let reason = input.spec.constraint.violation(by: value) {
            throw Failure(message: "\(input.name) \(reason), found \(NumberFormatting.exact(value))")
        }
    }

    private static func describe(_ error: Error) -> String {
        let nsError = error as NSError
        if let detail = nsError.userInfo["NSDebugDescription"] as? String { return detail }
        return nsError.localizedDescription
    }
}
