import BreakevenCore

import Dispatch

/// The evaluation pipeline: reads a catalog, evaluates every SKU on all cores
/// and hands each one, rendered by the caller's `render` (a CSV record, a
/// table row, a JSON object), to `emit` in output order, in bounded memory.
/// Every command that reads a catalog runs through it: `rank` in every
/// format, and the others with a `work` of their own on each accepted row
/// (the one SKU `explain` is about, a flip search, the scenarios of what-if).
///
/// The input is read a window at a time (``WindowedInput``); in each:
///
/// 1. One pass over the bytes finds where each record is, by exactly the rules
///    that read it (``CSVReader`` without building fields).
/// 2. Blocks of records are parsed, resolved and evaluated on every core;
///    each block's results stay in file order, so the output is the same with
///    one thread or many.
/// 3. In file order: repeated SKUs are rejected (the first one stays), and the
///    totals are added up, so sums do not depend on the threads either.
///
/// Unsorted (`sorted == false`), step 2 evaluates each SKU in full and
/// renders it, and each window's accepted rows go out as soon as it is
/// settled: memory stays bounded whatever the input size. Sorted by saving
/// (the default), step 2 computes only what the totals and the order need;
/// the bytes of the records to rank are kept, and a second pass evaluates
/// them best first — break-even volumes included — and renders them.
package struct RankPipeline: Sendable {
    /// The run's settings.
    package var settings: Settings
    /// Best saving first (true) or input order (false, streaming).
    package var sorted: Bool
    /// Records to write, best first; `nil` for all (only when sorted).
    package var top: Int?
    /// Threads to use; 1 for a single thread.
    package var threads: Int
    /// The longest record, line end excluded (see ``CSVReader``): a longer
    /// one is rejected without being kept, so that streaming memory stays
    /// bounded whatever the input.
    package var maximumRecordBytes: Int
    /// `--only`: rows whose SKU can be read and is not one of these are left
    /// out (not evaluated, not rejected, counted in ``Outcome/leftOut``).
    package var only: [String]?
    /// SKUs to look for (besides those of ``only``): whether rows have them,
    /// and the nearest SKUs when not (``Outcome/search``).
    package var lookFor: [String]

    /// A pipeline.
    package init(
        settings: Settings, sorted: Bool = true, top: Int? = nil, threads: Int,
        maximumRecordBytes: Int = CSVReader.defaultMaximumRecordBytes, only: [String]? = nil, lookFor: [String] = []
    ) {
        self.settings = settings
        self.sorted = sorted
        self.top = top
        self.threads = max(1, threads)
        self.maximumRecordBytes = maximumRecordBytes
        self.only = only
        self.lookFor = lookFor
    }

    /// One accepted row: what a command's `work` starts from.
    package struct Row: Sendable {
        /// The 1-based line of the row.
        package var line: Int
        /// Its inputs as read.
        package var inputs: SKUInputs
        /// Its inputs resolved under the run's settings.
        package var terms: SKUTerms
    }

    /// What `work` makes of one accepted row: its output, if any, and its
    /// share of the totals, if they are wanted.
    package typealias Work<Output> = @Sendable (Row) -> (output: Output?, share: PortfolioSummary.Share?)

    /// What a run found besides its output.
    package struct Outcome: Sendable {
        /// Data rows read (blank lines are not rows).
        package var rowsRead = 0
        /// Rows accepted: read and resolved (ranked, for `rank`).
        package var ranked = 0
        /// Rows left out by ``RankPipeline/only``.
        package var leftOut = 0
        /// The header read, when there was one.
        package var header: CatalogHeader?
        /// The SKUs looked for (``RankPipeline/only``, ``RankPipeline/lookFor``).
        package var search = SKUSearch()
        /// Rejected rows, in file order.
        package var rejected: [RejectedRow] = []
        /// Warnings about the file.
        package var warnings: [Diagnostic] = []
        /// Totals over the ranked SKUs.
        package var summary = PortfolioSummary()
        /// The rejects file (header, then each rejected row verbatim), when asked for.
        package var rejects: [UInt8] = []

        /// Nothing read yet.
        package init() {}

        /// The counts, rejected rows, warnings and totals of a catalog
        /// evaluated in memory, as a run of the pipeline reports them.
        package init(_ evaluation: CatalogEvaluation) {
            rowsRead = evaluation.rowsRead
            ranked = evaluation.entries.count
            rejected = evaluation.rejected
            warnings = evaluation.warnings
            summary = evaluation.summary
        }
    }

    /// Where the next bytes of the input come from: appends to the buffer and
    /// returns false at the end of the input.
    package typealias Source = ByteSource

    /// Records per block of parallel work.
    static let blockSize = 1024

    // MARK: Running

    /// Ranks the catalog that `source` delivers, in `dialect`: each accepted
    /// SKU is evaluated in full and rendered by `render` (on any thread, with
    /// the line of its row), and the rendered rows reach `emit` in output
    /// order — best saving first when sorted, else file order — a batch at a
    /// time. When sorted, `ranked` is called once the totals are known,
    /// before the first batch.
    ///
    /// Memory: about `windowBytes` plus ``maximumRecordBytes`` plus one read
    /// of `source`, whatever the input (blank lines before the header and the
    /// rest of a line after a record over the limit are read and dropped);
    /// when sorting, also the bytes of every record to rank (rejected ones are
    /// not kept) and about 40 bytes per ranked row.
    ///
    /// - Parameter windowBytes: input read and processed at a time.
    /// - Throws: ``CatalogError`` when the file is empty, the header is broken
    ///   (longer than the record limit, for one) or lacks a required column,
    ///   or no row follows the header.
    package func run<Output: Sendable>(
        file: String, dialect: CSVDialect, source: Source, windowBytes: Int = 256 << 10, keepRejects: Bool = false,
        render: @escaping @Sendable (_ line: Int, _ evaluation: SKUEvaluation) -> Output,
        ranked: (Outcome) -> Void = { _ in }, emit: ([Output]) -> Void
    ) throws(CatalogError) -> Outcome {
        try run(
            file: file, dialect: dialect, source: source, windowBytes: windowBytes, keepRejects: keepRejects,
            work: { row in
                let evaluation = Evaluator.evaluate(row.terms)
                return (render(row.line, evaluation), PortfolioSummary.Share(evaluation))
            },
            ranked: ranked, emit: emit)
    }

    /// Runs `work` on every accepted row, on any thread, and hands what it
    /// makes to `emit` in output order (as ``run(file:dialect:source:windowBytes:keepRejects:render:ranked:emit:)``
    /// does with evaluated SKUs): for the commands that need a row's inputs,
    /// or only some rows evaluated. The totals add up the shares `work` gives.
    /// When sorted, the order comes from a first pass of its own, and `work`
    /// runs in the second.
    package func run<Output: Sendable>(
        file: String, dialect: CSVDialect, source: Source, windowBytes: Int = 256 << 10, keepRejects: Bool = false,
        work: @escaping Work<Output>, ranked: (Outcome) -> Void = { _ in }, emit: ([Output]) -> Void
    ) throws(CatalogError) -> Outcome {
        // `Input` holds the source for the length of the run only.
        let result = withoutActuallyEscaping(source) { source in
            Result { () throws(CatalogError) in
                var input = WindowedInput(source: source, delimiter: dialect.delimiter.byte, maximumRecordBytes: maximumRecordBytes)
                return try run(
                    file: file, dialect: dialect, input: &input, windowBytes: windowBytes, keepRejects: keepRejects,
                    work: work, ranked: ranked, emit: emit)
            }
        }
        return try result.get()
    }

    private func run<Output: Sendable>(
        file: String, dialect: CSVDialect, input: inout WindowedInput, windowBytes: Int, keepRejects: Bool,
        work: @escaping Work<Output>, ranked: (Outcome) -> Void, emit: ([Output]) -> Void
    ) throws(CatalogError) -> Outcome {
        let headerRecord = try input.readHeader(file: file)
        let header = try CatalogHeader(
            titles: headerRecord.fields.map { $0.trimmingSpaces() }, file: file, line: headerRecord.line)
        var outcome = Outcome()
        outcome.header = header
        outcome.search = SKUSearch((only ?? []) + lookFor)
        if let warning = header.unknownColumnsWarning(file: file, line: headerRecord.line) {
            outcome.warnings.append(warning)
        }
        var context = Context(
            pipeline: self, header: header, file: file, dialect: dialect, keepRejects: keepRejects,
            headerBytes: input.buffer[headerRecord.bytes], crlf: input.endsWithCR(headerRecord), work: work)
        if sorted {
            runSorted(
                input: &input, windowBytes: windowBytes, context: &context, outcome: &outcome, ranked: ranked,
                emit: emit)
        } else {
            runStreaming(input: &input, windowBytes: windowBytes, context: &context, outcome: &outcome, emit: emit)
        }
        if outcome.rowsRead == 0 {
            throw CatalogError(Diagnostic(file: file, line: headerRecord.line, message: "no SKU rows after the header"))
        }
        outcome.rejects = context.rejects
        return outcome
    }

    // MARK: Sorted

    /// Reads the input in windows, keeping only the bytes of the records that
    /// will be ranked, then writes them best saving first.
    private func runSorted<Output>(
        input: inout WindowedInput, windowBytes: Int, context: inout Context<Output>, outcome: inout Outcome,
        ranked: (Outcome) -> Void, emit: ([Output]) -> Void
    ) {
        var kept = KeptRecords()
        readWindows(input: &input, windowBytes: windowBytes, context: &context, outcome: &outcome) {
            buffer, slots, accepted, _ in
            for row in accepted { kept.append(slots[row.slot], saving: row.saving, from: buffer) }
        }
        var order = CatalogEvaluation.orderBySaving(kept.savings)
        if let top { order = Array(order.prefix(max(0, top))) }
        if outcome.rowsRead > 0 {
            outcome.rejects = context.rejects
            ranked(outcome)
        }
        let window = Self.blockSize * 16
        for low in stride(from: 0, to: order.count, by: window) {
            let part = order[low..<min(order.count, low + window)]
            let slots = part.map(kept.slot)
            // Block by block: the window's rows are never copied into one array.
            for rows in context.render(buffer: kept.bytes, slots: slots, indices: Array(slots.indices), threads: threads) {
                emit(rows)
            }
        }
    }

    /// The records to rank, copied out of the input as it goes by: their
    /// bytes back to back, where each ends, its line and its saving.
    struct KeptRecords {
        var bytes: [UInt8] = []
        var ends: [Int] = []
        var lines: [Int] = []
        var savings: [Double?] = []

        mutating func append(_ slot: Slot, saving: Double?, from buffer: [UInt8]) {
            bytes.append(contentsOf: buffer[slot.start..<slot.end])
            ends.append(bytes.count)
            lines.append(slot.line)
            savings.append(saving)
        }

        /// Where record `index` is in ``bytes``.
        func slot(_ index: Int) -> Slot {
            let start = index == 0 ? 0 : ends[index - 1]
            return Slot(start: start, end: ends[index], line: lines[index], next: ends[index], nextLine: lines[index] + 1)
        }
    }

    // MARK: Streaming

    /// Writes each window of the input as soon as it is done.
    private func runStreaming<Output>(
        input: inout WindowedInput, windowBytes: Int, context: inout Context<Output>, outcome: inout Outcome,
        emit: ([Output]) -> Void
    ) {
        readWindows(input: &input, windowBytes: windowBytes, context: &context, outcome: &outcome) {
            buffer, slots, accepted, context in
            guard !accepted.isEmpty else { return }
            emit(accepted.compactMap(\.rendered))
        }
    }

    // MARK: Windows

    /// Reads the rest of the input a window at a time: finds its complete
    /// records, runs the first pass on them and settles them in file order,
    /// then hands the window's bytes, records and accepted records to `body`.
    private func readWindows<Output>(
        input: inout WindowedInput, windowBytes: Int, context: inout Context<Output>, outcome: inout Outcome,
        _ body: (_ buffer: [UInt8], _ slots: [Slot], _ accepted: [Accepted<Output>], _ context: Context<Output>) -> Void
    ) {
        input.readWindows(
            size: windowBytes,
            records: { window in
                let slots = slots(in: window)
                let first = context.firstPass(
                    buffer: window.buffer, fileOffset: window.fileOffset, slots: slots, threads: threads)
                let accepted = context.settle(first, slots: slots, buffer: window.buffer, outcome: &outcome)
                body(window.buffer, slots, accepted, context)
                return slots.last.map { ($0.next, $0.nextLine) } ?? (window.limit, window.line)
            },
            overLimit: { error in
                // Its bytes are not kept: the slot is empty.
                let slot = Slot(start: 0, end: 0, line: error.line, next: 0, nextLine: 0, error: error)
                _ = context.settle(
                    context.firstPass(buffer: [], fileOffset: 0, slots: [slot], threads: 1), slots: [slot], buffer: [],
                    outcome: &outcome)
            })
    }

    // MARK: Record slots

    /// Where one record is, and what the scan already knows about it.
    struct Slot: Sendable {
        var start: Int
        var end: Int
        var line: Int
        /// Where the next record starts, and its line.
        var next: Int
        var nextLine: Int
        /// A syntax error found while scanning (the record cannot be read).
        var error: CSVSyntaxError?
    }

    /// The records of `window`, found without building fields.
    func slots(in window: WindowedInput.Window) -> [Slot] {
        var reader = window.reader(boundsOnly: true)
        var slots: [Slot] = []
        slots.reserveCapacity(max(16, (window.limit - window.start) / 80))
        while reader.cursor.position < window.limit, let next = reader.next() {
            let cursor = reader.cursor
            switch next {
            case .success(let record):
                slots.append(
                    Slot(start: record.bytes.lowerBound, end: record.bytes.upperBound, line: record.line,
                         next: cursor.position, nextLine: cursor.line))
            case .failure(let error):
                slots.append(
                    Slot(start: error.bytes.lowerBound, end: error.bytes.upperBound, line: error.line,
                         next: cursor.position, nextLine: cursor.line, error: error))
            }
        }
        return slots
    }
}

extension RankPipeline {
    /// What the first pass learns about one record: only what the settling
    /// in file order needs, so that a window of records stays small.
    struct FirstPass<Output: Sendable>: Sendable {
        /// A blank line: not a row.
        var blank = false
        /// Left out by `--only`.
        var leftOut = false
        /// The SKU read, if any.
        var sku: String?
        /// The SKU as written, when the record has a field for it, even
        /// when it is rejected (for `--only` and the SKUs looked for).
        var writtenSKU: String?
        /// Its fingerprint for the register, hashed here, in parallel, so
        /// that settling in file order only looks it up.
        var key: SKUFirstLines.Fingerprint?
        /// Problems with the values.
        var errors: [Diagnostic] = []
        /// The SKU's share of the totals (when they are wanted), or why its
        /// inputs cannot be used, when the record's values are good.
        var resolved: Result<PortfolioSummary.Share?, InputError>?
        /// The SKU's output row, when streaming: evaluated in full in this
        /// one pass, written if the record is accepted.
        var rendered: Output?
    }

    /// A record that will be ranked.
    struct Accepted<Output: Sendable>: Sendable {
        var slot: Int
        var saving: Double?
        /// Its output row, when streaming.
        var rendered: Output?
    }

    /// The state of one run: what stays the same, and the SKUs seen so far.
    struct Context<Output: Sendable>: Sendable {
        let pipeline: RankPipeline
        let header: CatalogHeader
        let file: String
        let dialect: CSVDialect
        let keepRejects: Bool
        /// Whether the header ended with CRLF (the rejects file follows it).
        let crlf: Bool
        /// What to make of each accepted row.
        let work: Work<Output>
        var register = SKURegister()
        var rejects: [UInt8] = []

        init(
            pipeline: RankPipeline, header: CatalogHeader, file: String, dialect: CSVDialect, keepRejects: Bool,
            headerBytes: ArraySlice<UInt8>, crlf: Bool, work: @escaping Work<Output>
        ) {
            self.work = work
            self.pipeline = pipeline
            self.header = header
            self.file = file
            self.dialect = dialect
            self.keepRejects = keepRejects
            self.crlf = crlf
            if keepRejects {
                rejects = RejectsWriter.headerLine(headerBytes, delimiter: dialect.delimiter, crlf: crlf)
            }
        }

        /// Reads one record into its fields; `buffer[0]` is `fileOffset` bytes
        /// into the input, for byte offsets in messages.
        func record(_ slot: Slot, in buffer: [UInt8], fileOffset: Int = 0) -> Result<CSVRecord, CSVSyntaxError> {
            if let error = slot.error { return .failure(error) }
            var reader = CSVReader(
                bytes: buffer, delimiter: dialect.delimiter.byte, range: slot.start..<slot.end, line: slot.line,
                maximumRecordBytes: pipeline.maximumRecordBytes, fileOffset: fileOffset,
                expectedFields: header.titles.count)
            return reader.next() ?? .success(CSVRecord(line: slot.line, fields: [""], bytes: slot.start..<slot.end))
        }

        /// Parses and resolves every slot, in parallel blocks.
        func firstPass(buffer: [UInt8], fileOffset: Int, slots: [Slot], threads: Int)
            -> [Result<FirstPass<Output>, CSVSyntaxError>]
        {
            let reader = CatalogReader(dialect: dialect)
            let settings = pipeline.settings
            let streaming = !pipeline.sorted
            let work = self.work
            let skuColumn = header.column(of: .sku).map { $0 - 1 }
            let only = pipeline.only.map(Set.init)
            return parallelMap(count: slots.count, threads: threads) { index in
                switch record(slots[index], in: buffer, fileOffset: fileOffset) {
                case .failure(let error):
                    return .failure(error)
                case .success(let record) where record.isBlank:
                    return .success(FirstPass<Output>(blank: true))
                case .success(let record):
                    let parsed = reader.parseRecord(record, header: header, file: file)
                    let sku = parsed.inputs?.sku
                    let written =
                        sku ?? skuColumn.flatMap { $0 < record.fields.count ? record.fields[$0].trimmingSpaces() : nil }
                    if let only, let written, !only.contains(written) {
                        return .success(FirstPass(leftOut: true, writtenSKU: written, errors: parsed.errors))
                    }
                    var pass = FirstPass<Output>(
                        sku: sku, writtenSKU: written, key: SKURegister.key(for: sku), errors: parsed.errors)
                    if parsed.errors.isEmpty, let inputs = parsed.inputs {
                        pass.resolved = Result { () throws(InputError) in
                            let terms = try SKUTerms(inputs, settings: settings)
                            guard streaming else { return PortfolioSummary.Share(terms: terms) }
                            let made = work(Row(line: record.line, inputs: inputs, terms: terms))
                            pass.rendered = made.output
                            return made.share
                        }
                    }
                    return .success(pass)
                }
            }
        }

        /// In file order: repeated SKUs, rejections and the totals; returns the records to rank.
        mutating func settle(
            _ passes: [Result<FirstPass<Output>, CSVSyntaxError>], slots: [Slot], buffer: [UInt8], outcome: inout Outcome
        ) -> [Accepted<Output>] {
            var accepted: [Accepted<Output>] = []
            accepted.reserveCapacity(passes.count)
            for (index, pass) in passes.enumerated() {
                let slot = slots[index]
                switch pass {
                case .failure(let error):
                    outcome.rowsRead += 1
                    reject(CatalogReader.rejected(error, file: file), slot: slot, buffer: buffer, outcome: &outcome)
                case .success(let first):
                    guard !first.blank else { continue }
                    outcome.rowsRead += 1
                    guard !first.leftOut else {
                        // Still a SKU of the file, for "did you mean …?".
                        first.writtenSKU.map { outcome.search.consider($0, first.errors.isEmpty ? .unresolved : .rejected) }
                        outcome.leftOut += 1
                        continue
                    }
                    let row = CatalogRow(line: slot.line, inputs: SKUInputs(sku: first.sku ?? ""), bytes: slot.start..<slot.end)
                    if let errors = register.register(
                        sku: first.sku, key: first.key, errors: first.errors, line: slot.line, header: header,
                        file: file)
                    {
                        first.writtenSKU.map { outcome.search.consider($0, .rejected) }
                        reject(
                            RejectedRow(line: slot.line, fields: [], diagnostics: errors, bytes: row.bytes,
                                        sku: first.writtenSKU),
                            slot: slot, buffer: buffer, outcome: &outcome)
                    } else {
                        switch first.resolved {
                        case .success(let share)?:
                            outcome.search.consider(row.inputs.sku, .ranked)
                            if let share { outcome.summary.add(share) }
                            outcome.ranked += 1
                            accepted.append(Accepted(slot: index, saving: share?.saving, rendered: first.rendered))
                        case .failure(let error)?:
                            outcome.search.consider(row.inputs.sku, .unresolved)
                            var rejection = ResolvedCatalog.rejection(
                                error, row: row, header: header, file: file, settings: pipeline.settings)
                            rejection.sku = row.inputs.sku
                            reject(rejection, slot: slot, buffer: buffer, outcome: &outcome)
                        case nil:
                            break
                        }
                    }
                }
            }
            return accepted
        }

        private mutating func reject(_ row: RejectedRow, slot: Slot, buffer: [UInt8], outcome: inout Outcome) {
            var row = row
            row.fields = []
            outcome.rejected.append(row)
            if keepRejects {
                RejectsWriter.appendRow(
                    row, raw: buffer[slot.start..<slot.end], delimiter: dialect.delimiter, crlf: crlf, to: &rejects)
            }
        }

        /// Evaluates the records at `indices` in full and renders them, in that
        /// order, in blocks of ``RankPipeline/blockSize``.
        func render(buffer: [UInt8], slots: [Slot], indices: [Int], threads: Int) -> [[Output]] {
            let reader = CatalogReader(dialect: dialect)
            let settings = pipeline.settings
            let work = self.work
            let blocks = (indices.count + RankPipeline.blockSize - 1) / RankPipeline.blockSize
            return parallelMap(count: blocks, threads: threads) { block in
                let range = (block * RankPipeline.blockSize)..<min(indices.count, (block + 1) * RankPipeline.blockSize)
                var rows: [Output] = []
                rows.reserveCapacity(range.count)
                for index in indices[range] {
                    guard case .success(let record) = record(slots[index], in: buffer),
                        let inputs = reader.parseRecord(record, header: header, file: file).inputs,
                        let terms = try? SKUTerms(inputs, settings: settings)
                    else { continue }
                    if let output = work(Row(line: record.line, inputs: inputs, terms: terms)).output {
                        rows.append(output)
                    }
                }
                return rows
            }
        }
    }
}

/// `transform` of 0..<count, computed in blocks on up to `threads` threads,
/// in index order.
func parallelMap<T: Sendable>(count: Int, threads: Int, _ transform: @Sendable (Int) -> T) -> [T] {
    guard threads > 1, count > 1 else { return (0..<count).map(transform) }
    let chunks = min(count, threads * 8)
    var results = [[T]](repeating: [], count: chunks)
    results.withUnsafeMutableBufferPointer { buffer in
        nonisolated(unsafe) let slots = buffer
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let range = (chunk * count / chunks)..<((chunk + 1) * count / chunks)
            slots[chunk] = range.map(transform)
        }
    }
    return results.flatMap { $0 }
}
