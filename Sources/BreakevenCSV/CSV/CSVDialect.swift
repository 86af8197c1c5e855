import BreakevenCore

/// The field delimiter of a CSV file.
package enum Delimiter: String, Sendable, Equatable, CaseIterable {
    /// `,` — the RFC 4180 default and the usual export in English locales.
    case comma = ","
    /// `;` — the export of spreadsheets in locales with a decimal comma.
    case semicolon = ";"
    /// A tab — "tab-separated values".
    case tab = "\t"

    /// The byte in the file.
    package var byte: UInt8 { UInt8(ascii: rawValue.unicodeScalars.first ?? ",") }

    /// The character.
    package var character: Character { Character(rawValue) }

    /// How messages name it: `','`, `';'` or `tab`.
    package var displayName: String { self == .tab ? "tab" : "'\(rawValue)'" }

    /// Parses `,`, `;`, `tab` or `\t` (and the words comma, semicolon).
    package init?(parsing text: String) {
        switch text.lowercased() {
        case ",", "comma": self = .comma
        case ";", "semicolon": self = .semicolon
        case "\t", "\\t", "tab": self = .tab
        default: return nil
        }
    }
}

/// How a CSV file writes fields and numbers.
package struct CSVDialect: Sendable, Equatable {
    /// The field delimiter.
    package var delimiter: Delimiter
    /// The decimal mark of numbers.
    package var decimalMark: NumberParser.DecimalMark

    /// A dialect.
    package init(delimiter: Delimiter, decimalMark: NumberParser.DecimalMark) {
        self.delimiter = delimiter
        self.decimalMark = decimalMark
    }

    /// `,` and `.`: what scripts and most tools expect.
    package static let plain = CSVDialect(delimiter: .comma, decimalMark: .point)

    /// `;` and `,`: what Excel and LibreOffice write in Italy, Germany, France, Spain, Brazil.
    package static let european = CSVDialect(delimiter: .semicolon, decimalMark: .comma)
}

/// What was found out about a file's dialect, and how sure it is.
package struct DialectDetection: Sendable, Equatable {
    /// How a choice was made.
    package enum Basis: Sendable, Equatable {
        /// Given on the command line.
        case forced
        /// Seen in the file.
        case detected
        /// Not decidable from the file; the usual choice was taken.
        case assumed(String)
    }

    /// The dialect to read with.
    package var dialect: CSVDialect
    /// How the delimiter was chosen.
    package var delimiterBasis: Basis
    /// How the decimal mark was chosen.
    package var decimalBasis: Basis

    /// `';' separated, decimal comma`, with what was forced or assumed.
    package var description: String {
        var text = "\(dialect.delimiter.displayName) separated"
        if case .forced = delimiterBasis { text += " (as told)" }
        if case .assumed(let why) = delimiterBasis { text += " (assumed: \(why))" }
        text += ", \(dialect.decimalMark.name)"
        if case .forced = decimalBasis { text += " (as told)" }
        if case .assumed(let why) = decimalBasis { text += " (assumed: \(why))" }
        return text
    }
}

/// Finds the delimiter and the decimal mark of a CSV file from its header and
/// first rows.
///
/// - Delimiter: each of `,` `;` and tab splits the first 50 records; the one
///   that gives the header at least two fields and the data rows the same
///   count as the header most often wins, more fields breaking ties.
/// - Decimal mark: a number cell is evidence for a mark when it reads as a
///   number with that mark only (`12,5`, `0,125`, `1.234,56` for the comma;
///   `12.5`, `1,234.56` for the point); `1,234` or `3` is no evidence. The
///   mark with more evidence wins; with none, a `;` file is taken to use the
///   decimal comma (as the spreadsheets that write `;` do) and the others the
///   decimal point.
package enum DialectDetector {
    /// Records looked at.
    static let sampleRecords = 50

    /// The dialect of `bytes`, with either part forced when given.
    package static func detect(
        _ bytes: [UInt8], delimiter forcedDelimiter: Delimiter? = nil,
        decimalMark forcedDecimal: NumberParser.DecimalMark? = nil
    ) -> DialectDetection {
        let sample = Array(bytes.prefix(1 << 17))
        let delimiter: Delimiter
        let delimiterBasis: DialectDetection.Basis
        if let forcedDelimiter {
            delimiter = forcedDelimiter
            delimiterBasis = .forced
        } else if let found = detectDelimiter(sample) {
            delimiter = found
            delimiterBasis = .detected
        } else {
            delimiter = .comma
            delimiterBasis = .assumed("a single column")
        }
        if let forcedDecimal {
            return DialectDetection(
                dialect: CSVDialect(delimiter: delimiter, decimalMark: forcedDecimal),
                delimiterBasis: delimiterBasis, decimalBasis: .forced)
        }
        let (comma, point) = decimalEvidence(sample, delimiter: delimiter)
        let decimal: NumberParser.DecimalMark
        let decimalBasis: DialectDetection.Basis
        if comma == 0 && point == 0 {
            decimal = delimiter == .semicolon ? .comma : .point
            decimalBasis = .assumed("no decimals in the first rows")
        } else {
            decimal = comma > point ? .comma : .point
            decimalBasis = .detected
        }
        return DialectDetection(
            dialect: CSVDialect(delimiter: delimiter, decimalMark: decimal),
            delimiterBasis: delimiterBasis, decimalBasis: decimalBasis)
    }

    private static func records(_ sample: [UInt8], _ delimiter: Delimiter) -> [CSVRecord] {
        var result: [CSVRecord] = []
        for next in CSVReader(bytes: sample, delimiter: delimiter.byte) {
            guard case .success(let record) = next, !record.isBlank else { continue }
            result.append(record)
            if result.count >= sampleRecords { break }
        }
        return result
    }

    private static func detectDelimiter(_ sample: [UInt8]) -> Delimiter? {
        var best: (delimiter: Delimiter, consistency: Double, fields: Int)?
        for candidate in Delimiter.allCases {
            let sampled = records(sample, candidate)
            guard let header = sampled.first, header.fields.count >= 2 else { continue }
            let rows = sampled.dropFirst()
            let matching = rows.filter { $0.fields.count == header.fields.count }.count
            let consistency = rows.isEmpty ? 1 : Double(matching) / Double(rows.count)
            if let current = best,
                current.consistency > consistency
                    || (current.consistency == consistency && current.fields >= header.fields.count)
            {
                continue
            }
            best = (candidate, consistency, header.fields.count)
        }
        return best?.delimiter
    }

    private static func decimalEvidence(_ sample: [UInt8], delimiter: Delimiter) -> (comma: Int, point: Int) {
        var comma = 0
        var point = 0
        for record in records(sample, delimiter).dropFirst() {
            for field in record.fields {
                let text = field.trimmingSpaces()
                guard !text.isEmpty, text.contains(where: \.isASCIIDigit) else { continue }
                let asComma = NumberParser.number(in: text, decimalMark: .comma)
                let asPoint = NumberParser.number(in: text, decimalMark: .point)
                switch (asComma, asPoint) {
                case (.some, nil): comma += 1
                case (nil, .some): point += 1
                default: break
                }
            }
        }
        return (comma, point)
    }
}
