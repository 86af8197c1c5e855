/// Reads numbers as they are written in a catalog cell.
public struct NumberParser: Sendable, Equatable {
    /// The decimal mark: `.` (default) or `,`.
    public var decimalMark: Character

    /// A parser for the given decimal mark.
    public init(decimalMark: Character = ".") {
        self.decimalMark = decimalMark
    }

    /// The number in `text`; `nil` for an empty cell.
    ///
    /// - Throws: ``NumberParser/Failure`` with the reason when the text is not
    ///   a finite number.
    public func parse(_ text: String) throws(Failure) -> Double? {
        let trimmed = text.trimmingSpaces()
        if trimmed.isEmpty { return nil }
        var plain = trimmed
        if decimalMark != "." {
            if plain.contains(".") { throw Failure(text: text, reason: "is not a number") }
            plain = String(plain.map { $0 == decimalMark ? "." : $0 })
        }
        guard plain.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }),
            let value = Double(plain)
        else {
            throw Failure(text: text, reason: "is not a number")
        }
        guard value.isFinite else { throw Failure(text: text, reason: "is too large") }
        return value == 0 ? 0 : value
    }

    /// Why a cell is not a number.
    public struct Failure: Error, Sendable, Equatable {
        /// The text found.
        public var text: String
        /// The reason, e.g. "is not a number".
        public var reason: String
    }
}

extension String {
    /// The text without leading and trailing spaces, tabs and no-break spaces.
    func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" }
        guard let first = firstIndex(where: { !isSpace($0) }),
            let last = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[first...last])
    }
}
