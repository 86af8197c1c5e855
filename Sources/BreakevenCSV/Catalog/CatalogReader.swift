import BreakevenCore

/// Reads a catalog CSV into SKU rows, checking every value.
package struct CatalogReader: Sendable {
    /// How the file separates fields and writes numbers.
    package var dialect: CSVDialect
    /// The longest record, line end excluded; a longer one is rejected
    /// (see ``CSVReader``).
    package var maximumRecordBytes: Int

    /// A reader for files of `dialect` (by default `,`-separated with a
    /// decimal point), with records up to `maximumRecordBytes` (1 MiB).
    package init(dialect: CSVDialect = .plain, maximumRecordBytes: Int = CSVReader.defaultMaximumRecordBytes) {
        self.dialect = dialect
        self.maximumRecordBytes = maximumRecordBytes
    }

    private var numbers: NumberParser { NumberParser(decimalMark: dialect.decimalMark) }

    /// Reads `bytes`, the contents of `file`.
    ///
    /// A bad row is rejected with one diagnostic per problem (line, column,
    /// reason) and reading goes on; blank rows are skipped.
    ///
    /// - Throws: ``CatalogError`` when the file is empty, the header is broken
    ///   or lacks a required column, or there is no row after the header.
    package func read(_ bytes: [UInt8], file: String) throws(CatalogError) -> Catalog {
        var pending = true
        return try read(
            file: file,
            source: { buffer in
                guard pending else { return false }
                pending = false
                buffer += bytes
                return true
            })
    }

    /// Reads a catalog from `source`, a window at a time (as ``read(_:file:)``
    /// does with bytes at hand).
    ///
    /// Memory: the bytes of the records read and of the header, plus a
    /// window; a record over ``maximumRecordBytes`` is rejected without being
    /// kept, so a file without line ends cannot fill memory.
    ///
    /// - Throws: ``CatalogError`` when the file is empty, the header is broken
    ///   or lacks a required column, or there is no row after the header.
    package func read(file: String, source: ByteSource) throws(CatalogError) -> Catalog {
        let result = withoutActuallyEscaping(source) { source in
            Result { () throws(CatalogError) in
                var input = WindowedInput(
                    source: source, delimiter: dialect.delimiter.byte, maximumRecordBytes: maximumRecordBytes)
                return try read(file: file, input: &input)
            }
        }
        return try result.get()
    }

    private func read(file: String, input: inout WindowedInput) throws(CatalogError) -> Catalog {
        let headerRecord = try input.readHeader(file: file)
        let header = try CatalogHeader(
            titles: headerRecord.fields.map { $0.trimmingSpaces() }, file: file, line: headerRecord.line)
        // The kept bytes: the header, then each record read, back to back.
        var kept = Array(input.buffer[headerRecord.bytes])
        var catalog = Catalog(
            file: file, header: header, rows: [], rejected: [], warnings: [], source: [],
            headerBytes: 0..<headerRecord.bytes.count, crlf: input.endsWithCR(headerRecord), dialect: dialect)
        if let warning = header.unknownColumnsWarning(file: file, line: headerRecord.line) {
            catalog.warnings.append(warning)
        }

        var skus = SKURegister()
        func keep(_ range: Range<Int>, of buffer: [UInt8]) -> Range<Int> {
            let start = kept.count
            kept += buffer[range]
            return start..<kept.count
        }
        func add(_ next: Result<CSVRecord, CSVSyntaxError>, in buffer: [UInt8]) {
            switch next {
            case .failure(var error):
                error.bytes = keep(error.bytes, of: buffer)
                catalog.rejected.append(Self.rejected(error, file: file))
            case .success(let record) where record.isBlank:
                return
            case .success(var record):
                record.bytes = keep(record.bytes, of: buffer)
                switch skus.register(parseRecord(record, header: header, file: file), header: header, file: file) {
                case .success(let row): catalog.rows.append(row)
                case .failure(let rejected): catalog.rejected.append(rejected)
                }
            }
        }
        input.readWindows(
            size: 1 << 20,
            records: { window in
                var reader = window.reader()
                while reader.cursor.position < window.limit, let next = reader.next() { add(next, in: window.buffer) }
                return reader.cursor
            },
            overLimit: { error in
                var error = error
                error.bytes = 0..<0  // not kept
                add(.failure(error), in: [])
            })
        catalog.source = kept
        if catalog.rowsRead == 0 {
            throw CatalogError(
                Diagnostic(file: file, line: headerRecord.line, message: "no SKU rows after the header"))
        }
        return catalog
    }

    /// The row a syntax error leaves: rejected, with the error.
    static func rejected(_ error: CSVSyntaxError, file: String) -> RejectedRow {
        RejectedRow(
            line: error.line, fields: [],
            diagnostics: [Diagnostic(file: file, line: error.line, column: error.column, message: error.message)],
            bytes: error.bytes)
    }

    /// One data record read into an SKU's inputs, or its problems; the SKU
    /// is not yet checked against earlier rows (``SKURegister`` does that, in
    /// file order). Pure, so records can be parsed in parallel.
    package func parseRecord(_ record: CSVRecord, header: CatalogHeader, file: String) -> ParsedRecord {
        var errors: [Diagnostic] = []
        func fail(_ column: Int?, _ message: String) {
            errors.append(Diagnostic(file: file, line: record.line, column: column, message: message))
        }
        guard record.fields.count == header.titles.count else {
            fail(
                min(record.fields.count, header.titles.count) + 1,
                "the row has \(record.fields.count) field\(record.fields.count == 1 ? "" : "s"), "
                    + "the header has \(header.titles.count)")
            return ParsedRecord(record: record, inputs: nil, errors: errors)
        }
        var inputs = SKUInputs(sku: "")
        for (index, (text, catalogColumn)) in zip(record.fields, header.columns).enumerated() {
            let column = index + 1
            guard case .input(let input)? = catalogColumn else {
                if catalogColumn == .productName, !text.trimmingSpaces().isEmpty { inputs.name = text.trimmingSpaces() }
                continue
            }
            switch input {
            case .sku:
                inputs.sku = text.trimmingSpaces()
                if inputs.sku.isEmpty { fail(column, "the sku is empty") }
            case .currentModel:
                let trimmed = text.trimmingSpaces()
                guard !trimmed.isEmpty else { continue }
                if let model = FulfilmentModel(parsing: trimmed) {
                    inputs.currentModel = model
                } else {
                    fail(column, "'\(trimmed)' is not a model: use virtual, stocked, marketplace or hybrid "
                        + "(column current_model)")
                }
            case .demandHistory:
                switch parseHistory(text) {
                case .success(let history): inputs.demandHistory = history
                case .failure(let failure):
                    fail(column, "'\(failure.text)' \(failure.reason) (column demand_history)")
                }
            default:
                do {
                    guard let value = try numbers.parse(text, allowPercent: input.isRate) else { continue }
                    if let reason = input.constraint.violation(by: value) {
                        var message = "\(input.name) \(reason), found '\(text.trimmingSpaces())'"
                        if input.isRate, value > 1, value <= 100 {
                            message += " (a rate: write \(ExactNumber.text(value))% or "
                                + "\(ExactNumber.text(value / 100)))"
                        }
                        fail(column, message + " (column \(input.name))")
                    } else {
                        inputs.values[input] = value
                    }
                } catch {
                    fail(column, "'\(error.text)' \(error.reason) (column \(input.name))")
                }
            }
        }
        return ParsedRecord(record: record, inputs: inputs, errors: errors)
    }

    /// Monthly units separated by `|`, `;` or spaces; `nil` when empty.
    private func parseHistory(_ text: String) -> Result<[Double]?, NumberParser.Failure> {
        let parts = text.split { $0 == "|" || $0 == ";" || $0 == " " || $0 == "\t" }
        guard !parts.isEmpty else { return .success(nil) }
        var history: [Double] = []
        for part in parts {
            do {
                guard let value = try numbers.parse(String(part)) else { continue }
                guard value >= 0 else {
                    return .failure(.init(text: String(part), reason: "is negative: monthly sales cannot be"))
                }
                history.append(value)
            } catch {
                return .failure(error)
            }
        }
        return .success(history)
    }
}

/// A data record as read: its inputs and any problems found in its values.
package struct ParsedRecord: Sendable {
    /// The record.
    package var record: CSVRecord
    /// The inputs read (the SKU is known even when some values are bad); `nil`
    /// when the record's shape is wrong.
    package var inputs: SKUInputs?
    /// One diagnostic per problem.
    package var errors: [Diagnostic]
}

/// The SKUs seen so far, in file order: a repeated SKU is an error that
/// points to the first line it was on. Only rows without other errors claim
/// their SKU. About 16 bytes per SKU (``SKUFirstLines``).
package struct SKURegister: Sendable {
    private var firstLines = SKUFirstLines()

    /// An empty register.
    package init() {}

    /// The row, or its rejection with every problem, the repeat included.
    package mutating func register(_ parsed: ParsedRecord, header: CatalogHeader, file: String)
        -> Result<CatalogRow, RejectedRow>
    {
        let record = parsed.record
        if let errors = register(
            sku: parsed.inputs?.sku, errors: parsed.errors, line: record.line, header: header, file: file)
        {
            return .failure(RejectedRow(line: record.line, fields: record.fields, diagnostics: errors, bytes: record.bytes))
        }
        guard let inputs = parsed.inputs else {
            preconditionFailure("a record without inputs has errors")
        }
        return .success(CatalogRow(line: record.line, inputs: inputs, bytes: record.bytes))
    }

    /// Registers `sku` (if the record read one) for the record on `line` with
    /// `errors`; returns every problem in column order, or `nil` when the row
    /// is good.
    package mutating func register(
        sku: String?, errors: [Diagnostic], line: Int, header: CatalogHeader, file: String
    ) -> [Diagnostic]? {
        register(sku: sku, key: Self.key(for: sku), errors: errors, line: line, header: header, file: file)
    }

    /// The fingerprint `sku` is registered under; `nil` when there is no SKU
    /// (none read, or empty), which claims nothing.
    static func key(for sku: String?) -> SKUFirstLines.Fingerprint? {
        guard let sku, !sku.isEmpty else { return nil }
        return SKUFirstLines.Fingerprint(sku)
    }

    /// ``register(sku:errors:line:header:file:)`` with the SKU's fingerprint
    /// already worked out (`nil` when there is no SKU).
    mutating func register(
        sku: String?, key: SKUFirstLines.Fingerprint?, errors: [Diagnostic], line: Int, header: CatalogHeader,
        file: String
    ) -> [Diagnostic]? {
        var errors = errors
        if let sku, let key {
            if let first = firstLines.firstLine(of: key) {
                errors.append(
                    Diagnostic(
                        file: file, line: line, column: header.column(of: .sku),
                        message: "sku '\(sku)' repeats the one on line \(first)"))
            } else if errors.isEmpty {
                firstLines.insert(key, line: line)
            }
        }
        guard errors.isEmpty else { return errors.sorted { ($0.column ?? 0) < ($1.column ?? 0) } }
        return nil
    }
}
