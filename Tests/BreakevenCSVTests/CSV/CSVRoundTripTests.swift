import TestSupport
import Testing

@testable import BreakevenCore
@testable import BreakevenCSV

/// What the writers write, the readers read back unchanged: text fields,
/// numbers and whole catalogs, in every dialect, over seeded random data.
@Suite("CSV round trips")
struct CSVRoundTripTests {
    static let dialects: [CSVDialect] = [
        .plain, .european, CSVDialect(delimiter: .tab, decimalMark: .point),
    ]

    // MARK: Text

    /// Pieces of hostile text: every delimiter, quotes, CR, LF and CRLF,
    /// spaces and no-break spaces, NUL, a byte order mark, and UTF-8 of two,
    /// three and four bytes (a combining accent too).
    static let pieces = [
        ",", ";", "\t", "\"", "\"\"", "\r", "\n", "\r\n", " ", "  ", "a", "b", "xyz", "12,5", "1.5",
        "é",
        "e\u{301}", "€", "日本", "🙂", "'", "|", "\u{00A0}", "\u{0}", "\u{FEFF}", "=1+2",
    ]

    /// A random field: empty one time in six, else one to six pieces.
    static func field(_ random: inout SeededGenerator) -> String {
        guard !random.chance(1.0 / 6) else { return "" }
        return (0..<Int.random(in: 1...6, using: &random)).map { _ in
            pieces.randomElement(using: &random)!
        }.joined()
    }

    /// `count` random records of one to seven fields, after a fixed first
    /// record: a byte order mark at the very start of a file is skipped, as
    /// it must be, so a first field may not begin with one.
    static func records(_ count: Int, seed: UInt64) -> [[String]] {
        var random = SeededGenerator(seed: seed)
        return [["id", "text"]]
            + (0..<count).map { _ in
                (0..<Int.random(in: 1...7, using: &random)).map { _ in field(&random) }
            }
    }

    /// Line breaks in `text` as the reader counts them: CRLF, lone CR, lone LF.
    static func lineBreaks(_ text: String) -> Int {
        let bytes = Array(text.utf8)
        var count = 0
        for (index, byte) in bytes.enumerated() {
            if byte == 13 || (byte == 10 && (index == 0 || bytes[index - 1] != 13)) { count += 1 }
        }
        return count
    }

    /// Reads `bytes` back and checks every record's fields (byte for byte)
    /// and first line, given `recordEnd` line breaks after each record; the
    /// bounds-only reader the pipeline scans with must find the same records.
    static func checkReadBack(
        _ bytes: [UInt8], _ written: [[String]], delimiter: Delimiter, recordEnd: Int = 1,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        var read: [CSVRecord] = []
        for result in CSVReader(bytes: bytes, delimiter: delimiter.byte) {
            switch result {
            case .success(let record): read.append(record)
            case .failure(let error):
                Issue.record("line \(error.line): \(error.message)", sourceLocation: sourceLocation)
                return
            }
        }
        #expect(read.count == written.count, sourceLocation: sourceLocation)
        var line = 1
        for (record, fields) in zip(read, written) {
            #expect(record.line == line, "\(fields)", sourceLocation: sourceLocation)
            #expect(
                record.fields.map { Array($0.utf8) } == fields.map { Array($0.utf8) },
                sourceLocation: sourceLocation)
            line += recordEnd + fields.map(lineBreaks).reduce(0, +)
        }
        var bounds = CSVReader(
            bytes: bytes, delimiter: delimiter.byte, range: 0..<bytes.count, line: 1,
            boundsOnly: true)
        var index = 0
        while case .success(let record)? = bounds.next() {
            guard index < read.count else { break }
            #expect(
                record.line == read[index].line && record.bytes == read[index].bytes,
                sourceLocation: sourceLocation)
            index += 1
        }
        #expect(
            index == read.count, "the bounds-only reader stopped early",
            sourceLocation: sourceLocation)
    }

    /// 2,500 random records per dialect, written by `CSVRowWriter`, read back
    /// by `CSVReader`: the same fields, the same count, the right lines.
    @Test("text fields survive CSVRowWriter → CSVReader", arguments: dialects)
    func textFieldsRoundTrip(_ dialect: CSVDialect) {
        let written = Self.records(2_500, seed: 0x7E57 &+ UInt64(dialect.delimiter.byte))
        var writer = CSVRowWriter(dialect: dialect)
        for record in written {
            for field in record { writer.append(text: field) }
            writer.endRecord()
        }
        Self.checkReadBack(writer.bytes, written, delimiter: dialect.delimiter)
    }

    /// The same with `CSVWriter` and CRLF record ends (a line each).
    @Test func textFieldsRoundTripWithCRLFRecordEnds() {
        let written = Self.records(2_000, seed: 0xC41F)
        let writer = CSVWriter(delimiter: ";", lineEnd: "\r\n")
        let text = written.map(writer.record).joined()
        Self.checkReadBack(Array(text.utf8), written, delimiter: .semicolon)
    }

    // MARK: Numbers

    /// Random finite Doubles of every kind: any bit pattern (subnormals
    /// included), any power of ten from 10⁻³²⁴ to 10³⁰⁸, whole numbers up to
    /// 2⁵³, and the edges (±0, the extremes, around 10¹⁵ where the writer
    /// stops writing whole numbers as digits).
    static func doubles(_ count: Int, seed: UInt64) -> [Double] {
        var random = SeededGenerator(seed: seed)
        let edges: [Double] = [
            0, -0.0, 1, -1, 0.1, 1.0 / 3, 1e15, 1e15 - 1, 1e15 + 2, 999_999_999_999_999.9, 1e16,
            0x1p53, 0x1p53 + 2,
            .leastNonzeroMagnitude, -.leastNonzeroMagnitude, .leastNormalMagnitude,
            .greatestFiniteMagnitude,
            -.greatestFiniteMagnitude, 1e-100, 1e308, 0x1p-1060,
        ]
        var values = edges
        while values.count < count {
            let value: Double
            switch random.next() % 3 {
            case 0: value = Double(bitPattern: random.next())
            case 1:
                let exponent = random.uniform(-324, 308.25)
                value =
                    (random.chance(0.5) ? -1 : 1) * random.uniform(1, 10)
                    * pow10(exponent.rounded(.down))
            default: value = Double(Int64.random(in: -(1 << 53)...(1 << 53), using: &random))
            }
            if value.isFinite { values.append(value) }
        }
        return values
    }

    static func pow10(_ exponent: Double) -> Double { Double("1e\(Int(exponent))") ?? 0 }

    /// What a written number reads back as: itself, bit for bit, but for -0,
    /// which the writer writes as `0` (a spreadsheet would show `-0` as 0 too)
    /// and which ``NumberParser`` would turn into +0 anyway.
    static func readBack(_ value: Double) -> Double { value == 0 ? 0 : value }

    /// 24,000 Doubles written as numbers, eight to a record, in the plain
    /// (`,` and `.`) and the European (`;` and `,`) dialect, read back by
    /// `CSVReader` and `NumberParser` with the same decimal mark.
    @Test(
        "numbers survive CSVRowWriter → NumberParser, bit for bit",
        arguments: [CSVDialect.plain, .european])
    func numbersRoundTrip(_ dialect: CSVDialect) throws {
        let values = Self.doubles(24_000, seed: 0xD0_0B1E)
        var writer = CSVRowWriter(dialect: dialect)
        for (index, value) in values.enumerated() {
            writer.append(number: value)
            if index % 8 == 7 || index == values.count - 1 { writer.endRecord() }
        }
        let parser = NumberParser(decimalMark: dialect.decimalMark)
        var read: [Double] = []
        for result in CSVReader(bytes: writer.bytes, delimiter: dialect.delimiter.byte) {
            for field in try result.get().fields {
                let value = try #require(try parser.parse(field), "empty field")
                read.append(value)
            }
        }
        #expect(read.count == values.count)
        let wrong = zip(values, read).filter { Self.readBack($0).bitPattern != $1.bitPattern }
        #expect(wrong.isEmpty, "\(wrong.prefix(5))")
    }

    /// Finite Doubles an input accepts: 0, or 10⁻¹⁰⁰ to 10¹⁵ (see ``InputConstraint/largest``).
    static func inputValues(_ count: Int, seed: UInt64) -> [Double] {
        var random = SeededGenerator(seed: seed)
        var values: [Double] = [
            0, -0.0, InputConstraint.smallest, InputConstraint.largest,
            InputConstraint.largest.nextDown,
            InputConstraint.smallest.nextUp, 1e15 - 1, 0.1, 1.0 / 3,
        ]
        while values.count < count {
            let value =
                random.chance(0.5)
                ? abs(Double(bitPattern: random.next()))
                : random.uniform(1, 10) * pow10(random.uniform(-100, 15).rounded(.down))
            if value == 0 || (InputConstraint.smallest...InputConstraint.largest).contains(value) {
                values.append(value)
            }
        }
        return values
    }

    static let numberColumns: [InputName] = [
        .monthlyDemand, .virtualUnitCost, .weightKg, .volumeL, .orderCost, .moq, .supplierLeadDays,
    ]

    /// Input values written into a catalog and read by `CatalogReader`, in
    /// both dialects: bit for bit the same (-0 as +0); values past the
    /// bounds are rejected with the reason, never changed.
    @Test(
        "catalog values survive CSVRowWriter → CatalogReader",
        arguments: [CSVDialect.plain, .european])
    func catalogNumbersRoundTrip(_ dialect: CSVDialect) throws {
        let columns = Self.numberColumns
        let values = Self.inputValues(columns.count * 2_000, seed: 0xCA7A)
        let outside: [Double] = [
            InputConstraint.largest.nextUp, 1e300, .greatestFiniteMagnitude,
            InputConstraint.smallest.nextDown,
            1e-200, .leastNonzeroMagnitude,
        ]
        var writer = CSVRowWriter(dialect: dialect)
        for title in ["sku", "price"] + columns.map(\.name) { writer.append(text: title) }
        writer.endRecord()
        let rows = values.count / columns.count
        for row in 0..<(rows + outside.count) {
            writer.append(text: "S\(row)")
            writer.append(number: 10)
            for (column, _) in columns.enumerated() {
                if row < rows {
                    writer.append(number: values[row * columns.count + column])
                } else {
                    writer.append(number: column == 2 ? outside[row - rows] : 1)
                }
            }
            writer.endRecord()
        }
        let catalog = try CatalogReader(dialect: dialect).read(writer.bytes, file: "c.csv")
        #expect(catalog.rows.count == rows)
        for (index, row) in catalog.rows.enumerated() {
            for (column, input) in columns.enumerated() {
                let expected = Self.readBack(values[index * columns.count + column])
                #expect(
                    row.inputs.values[input]?.bitPattern == expected.bitPattern,
                    "\(input.name) \(expected)")
            }
        }
        let reasons = catalog.rejected.map { $0.diagnostics.map(\.message).joined() }
        #expect(reasons.count == outside.count)
        for (reason, value) in zip(reasons, outside) {
            let bound =
                value > 1
                ? "weight_kg must be at most 1e15" : "weight_kg must be 0 or at least 1e-100"
            #expect(reason.hasPrefix(bound), "\(value): \(reason)")
        }
    }

    // MARK: Dialects

    /// Random SKUs with what `RandomSKUs` leaves out: a product name that
    /// needs quoting in either dialect, today's model, a demand history.
    static func catalogSKUs(seed: UInt64) -> [SKUInputs] {
        var random = SeededGenerator(seed: seed)
        return RandomSKUs.make(count: 400, seed: seed).map { sku in
            var sku = sku
            if random.chance(0.5) { sku.name = "Lamp \"Arc\"; brass, 1,5 m \(random.next() % 100)" }
            if random.chance(0.5) {
                sku.currentModel = FulfilmentModel.allCases.randomElement(using: &random)
            }
            if random.chance(0.4) {
                sku.demandHistory = (0..<Int.random(in: 1...24, using: &random)).map { _ in
                    random.chance(0.5) ? Double(random.next() % 500) : random.logUniform(0.01, 900)
                }
            }
            return sku
        }
    }

    /// `skus` as a catalog in `dialect`: every column any SKU has, empty
    /// cells where one does not.
    static func catalog(_ skus: [SKUInputs], dialect: CSVDialect) -> [UInt8] {
        let names = InputName.allCases.filter { name in skus.contains { $0.values[name] != nil } }
        func number(_ value: Double) -> String {
            var writer = CSVRowWriter(dialect: dialect)
            writer.append(number: value)
            return String(decoding: writer.bytes, as: UTF8.self)
        }
        var writer = CSVRowWriter(dialect: dialect)
        for title in ["sku", "name", "current_model", "demand_history"] + names.map(\.name) {
            writer.append(text: title)
        }
        writer.endRecord()
        for sku in skus {
            writer.append(text: sku.sku)
            writer.append(text: sku.name ?? "")
            writer.append(text: sku.currentModel.map { "\($0)" } ?? "")
            writer.append(list: (sku.demandHistory ?? []).map(number), separator: "|")
            for name in names {
                if let value = sku.values[name] {
                    writer.append(number: value)
                } else {
                    writer.appendEmpty()
                }
            }
            writer.endRecord()
        }
        return writer.bytes
    }

    /// A random catalog written in the plain and in the European dialect is
    /// detected as written, reads back as the same SKUs (bit for bit) and
    /// ranks to the same output, byte for byte.
    @Test func aCatalogReadsTheSameInEitherDialect() throws {
        let skus = Self.catalogSKUs(seed: 20_261_127)
        var outputs: [[SKUEvaluation]] = []
        for dialect in [CSVDialect.plain, .european] {
            let bytes = Self.catalog(skus, dialect: dialect)
            let detection = DialectDetector.detect(bytes)
            #expect(detection.dialect == dialect)
            #expect(detection.delimiterBasis == .detected && detection.decimalBasis == .detected)
            let catalog = try CatalogReader(dialect: dialect).read(bytes, file: "c.csv")
            #expect(catalog.rejected.isEmpty, "\(catalog.rejected.first?.diagnostics ?? [])")
            #expect(catalog.rows.map(\.inputs) == skus)
            for (row, sku) in zip(catalog.rows, skus) {
                for name in InputName.allCases {
                    #expect(row.inputs.values[name]?.bitPattern == sku.values[name]?.bitPattern)
                }
                #expect(
                    row.inputs.demandHistory?.map(\.bitPattern)
                        == sku.demandHistory?.map(\.bitPattern))
            }
            outputs.append(CatalogEvaluation(reference: catalog).entries.map(\.evaluation))
        }
        #expect(outputs[0] == outputs[1])
        #expect(outputs[0].count == skus.count, "every SKU ranked")
    }
}
