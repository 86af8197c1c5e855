import BreakevenReport
import BreakevenCore
import BreakevenCSV

/// The invariants of `rank` from bytes to results or errors, for fuzzing and
/// for replaying the fuzz corpus in `swift test`.
///
/// The bytes go through dialect detection, ``CatalogReader``,
/// ``CatalogEvaluation/init(reference:settings:breakEven:)`` (the simple reference reading),
/// and through ``RankPipeline`` sorted and streaming (the path of `rank`),
/// served in small reads with small windows, and for half
/// the inputs with a small record size limit. Then:
/// - both paths fail with the same error, or neither does;
/// - rows read = ranked + rejected, and rows read is the count of non-blank
///   records after the header, counted by a plain ``CSVReader`` pass;
/// - the pipeline's CSV equals the in-memory evaluation's records, sorted
///   (also with `top`, on one input in four) and streaming (in file order);
/// - both paths reject the same lines, with the same rejects file, in which
///   every rejected row's bytes appear verbatim, in order (but for a record
///   over the size limit, whose bytes are not kept);
/// - every number in the output is finite, and so are the totals;
/// - the table, Markdown and JSON renderings are made without a crash.
package enum RankHarness {
    /// The file name used in messages.
    static let file = "fuzz.csv"

    /// Checks every invariant on `bytes`.
    package static func check(_ bytes: [UInt8]) -> HarnessLog {
        var log = HarnessLog()
        var parameters = HarnessParameters(bytes)
        let dialect = DialectDetector.detect(bytes).dialect
        // Half the inputs run with a small record limit, so that fuzzing reaches the limit's rules.
        let limit = parameters.pick(0...1) == 0 ? CSVReader.defaultMaximumRecordBytes : parameters.pick(8...300)
        let reader = CatalogReader(dialect: dialect, maximumRecordBytes: limit)
        let memory: Result<Catalog, CatalogError> = Result { () throws(CatalogError) in
            try reader.read(bytes, file: file)
        }
        let expectedRows = rowCount(bytes, delimiter: dialect.delimiter.byte, limit: limit)

        // The pipeline, sorted and streaming, with reads and windows from the input.
        let sortedRun = runPipeline(
            bytes, dialect: dialect, sorted: true, top: nil, threads: parameters.pick(1...2),
            chunk: parameters.pick(1...64), window: 1 << 20, limit: limit)
        let streamedRun = runPipeline(
            bytes, dialect: dialect, sorted: false, top: nil, threads: parameters.pick(1...2),
            chunk: parameters.pick(1...16), window: parameters.pick(1...96), limit: limit)
        // `--top` on one input in four: each run evaluates every SKU again.
        let top = parameters.pick(1...3)
        let topRun =
            parameters.pick(1...4) == 1
            ? runPipeline(
                bytes, dialect: dialect, sorted: true, top: top, threads: 1, chunk: parameters.pick(1...256),
                window: 1 << 20, limit: limit) : nil

        let catalog: Catalog
        switch memory {
        case .failure(let error):
            for (name, run) in [("sorted", sortedRun), ("streaming", streamedRun), ("top", topRun)] {
                guard let run else { continue }
                switch run {
                case .failure(let other):
                    log.check(other == error, "\(name): the pipeline fails with '\(other)', in memory '\(error)'")
                case .success:
                    log.fail("\(name): the pipeline ranks a file that fails in memory with '\(error)'")
                }
            }
            return log
        case .success(let read):
            catalog = read
        }

        // Nothing lost.
        log.check(
            expectedRows == catalog.rowsRead,
            "\(catalog.rowsRead) rows read, but \(expectedRows.map(String.init) ?? "no header") non-blank records after the header")
        let evaluation = CatalogEvaluation(reference: catalog)
        log.check(
            evaluation.rowsRead == catalog.rowsRead,
            "\(catalog.rowsRead) rows read, \(evaluation.entries.count) ranked + \(evaluation.rejected.count) rejected")
        let lines = evaluation.entries.map(\.line) + evaluation.rejected.map(\.line)
        log.check(Set(lines).count == lines.count, "a line is both ranked and rejected, or twice in one")
        log.check(
            evaluation.rejected.map(\.line) == evaluation.rejected.map(\.line).sorted(), "rejected rows out of file order")

        // Every number finite.
        for entry in evaluation.entries {
            for column in OutputColumns.all() {
                if case .number(let value) = column.value(entry.evaluation), !value.isFinite {
                    log.fail("line \(entry.line): \(column.name) is \(value)")
                }
            }
            for model in entry.evaluation.models {
                for line in CostLine.allCases where !model.costPerUnit[line].isFinite {
                    log.fail("line \(entry.line): \(model.model) \(line) per unit is \(model.costPerUnit[line])")
                }
            }
        }
        let summary = evaluation.summary
        for (name, value) in [
            ("profit today", summary.profitToday), ("profit recommended", summary.profitRecommended),
            ("saving", summary.saving), ("capital today", summary.workingCapitalToday),
            ("capital recommended", summary.workingCapitalRecommended),
        ] where !value.isFinite {
            log.fail("total \(name) is \(value)")
        }

        // The renderings.
        let ranked = evaluation.rankedBySaving()
        let csv = render(ranked, .csv(dialect), evaluation: evaluation)
        let inFileOrder = render(evaluation.entries, .csv(dialect), sorted: false, evaluation: evaluation)
        for format in [RankStream.Format.table, .markdown, .json] {
            for sorted in [true, false] { _ = render(ranked, format, sorted: sorted, evaluation: evaluation) }
        }

        // The rejects file holds every rejected row verbatim, in order.
        let rejects = RejectsWriter.bytes(for: ResolvedCatalog(catalog))
        var searchFrom = rejects.startIndex
        for row in evaluation.rejected where !row.bytes.isEmpty {  // empty: over the record limit, not kept
            let raw = catalog.source[row.bytes]
            guard let found = rejects[searchFrom...].firstRange(of: raw) else {
                log.fail("line \(row.line): the rejected row is not in the rejects file verbatim")
                continue
            }
            searchFrom = found.upperBound
        }

        // The pipeline agrees.
        for (name, run, expected) in [
            ("sorted", sortedRun, csv), ("streaming", streamedRun, inFileOrder),
            ("top \(top)", topRun, render(Array(ranked.prefix(top)), .csv(dialect), evaluation: evaluation)),
        ] {
            guard let run else { continue }
            switch run {
            case .failure(let error):
                log.fail("\(name): the pipeline fails with '\(error)', but the file ranks in memory")
            case .success(let (output, outcome)):
                log.check(output == expected, "\(name): the pipeline's CSV differs from the renderer's")
                log.check(
                    outcome.rowsRead == catalog.rowsRead && outcome.ranked == evaluation.entries.count
                        && outcome.rejected.count == evaluation.rejected.count,
                    "\(name): \(outcome.rowsRead) read, \(outcome.ranked) ranked, \(outcome.rejected.count) rejected; "
                        + "in memory \(catalog.rowsRead), \(evaluation.entries.count), \(evaluation.rejected.count)")
                log.check(
                    outcome.rejected.map(\.line) == evaluation.rejected.map(\.line),
                    "\(name): rejected lines \(outcome.rejected.map(\.line)), in memory \(evaluation.rejected.map(\.line))")
                log.check(
                    outcome.rejected.map(\.diagnostics) == evaluation.rejected.map(\.diagnostics),
                    "\(name): the rejection reasons differ from the in-memory ones")
                log.check(outcome.rejects == rejects, "\(name): the rejects file differs from the in-memory one")
                log.check(outcome.summary == summary, "\(name): the totals differ from the in-memory ones")
                log.check(outcome.warnings == evaluation.warnings, "\(name): the warnings differ")
            }
        }
        return log
    }

    /// `entries` written in `format` as `rank` writes them.
    static func render(
        _ entries: [CatalogEvaluation.Entry], _ format: RankStream.Format, sorted: Bool = true,
        evaluation: CatalogEvaluation
    ) -> [UInt8] {
        RankStream(format: format, sorted: sorted, file: file).render(entries, outcome: RankPipeline.Outcome(evaluation))
    }

    /// Non-blank records after the first non-blank one, counted with a plain
    /// reader; `nil` when there is no header.
    static func rowCount(_ bytes: [UInt8], delimiter: UInt8, limit: Int = CSVReader.defaultMaximumRecordBytes) -> Int? {
        var header = false
        var rows = 0
        for next in CSVReader(bytes: bytes, delimiter: delimiter, maximumRecordBytes: limit) {
            if case .success(let record) = next, record.isBlank { continue }
            if header { rows += 1 } else { header = true }
        }
        return header ? rows : nil
    }

    /// One run of the pipeline, `bytes` served `chunk` bytes at a time.
    static func runPipeline(
        _ bytes: [UInt8], dialect: CSVDialect, sorted: Bool, top: Int?, threads: Int, chunk: Int, window: Int,
        limit: Int = CSVReader.defaultMaximumRecordBytes
    ) -> Result<([UInt8], RankPipeline.Outcome), CatalogError> {
        let pipeline = RankPipeline(
            settings: Settings(), sorted: sorted, top: top, threads: threads, maximumRecordBytes: limit)
        var stream = RankStream(format: .csv(dialect), sorted: sorted, file: file)
        let renderer = stream
        var output: [UInt8] = []
        var offset = 0
        return Result { () throws(CatalogError) in
            let outcome = try pipeline.run(
                file: file, dialect: dialect,
                source: { buffer in
                    guard offset < bytes.count else { return false }
                    let end = min(bytes.count, offset + chunk)
                    buffer += bytes[offset..<end]
                    offset = end
                    return true
                }, windowBytes: window, keepRejects: true,
                render: { renderer.row(line: $0, evaluation: $1) }, emit: { output += stream.write($0) })
            output += stream.finish(outcome)
            return (output, outcome)
        }
    }
}
