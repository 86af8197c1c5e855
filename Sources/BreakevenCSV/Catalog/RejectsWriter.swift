import BreakevenCore

/// Writes the rejected rows of a catalog to a file of their own, so they can
/// be fixed and fed back: each row verbatim, byte for byte, after two added
/// fields, its line number and the reasons.
///
/// ```
/// line;reason;sku;price;monthly_demand
/// 12;"price: 'abc' is not a number";lamp;abc;10
/// ```
/// The header is the input's header with the same two fields in front; the
/// delimiter is the input's, and so is the line end (CRLF when the header ended
/// with one, ``Catalog/crlf``).
package enum RejectsWriter {
    /// The rejects file for a resolved catalog.
    package static func bytes(for resolved: ResolvedCatalog) -> [UInt8] {
        let catalog = resolved.catalog
        return bytes(
            rejected: resolved.rejected, source: catalog.source, header: catalog.headerBytes,
            delimiter: catalog.dialect.delimiter, crlf: catalog.crlf)
    }

    /// The rejects file: `rejected` rows of `source`, whose header is at
    /// `header`, each line ended with CRLF when `crlf`, else LF.
    package static func bytes(
        rejected: [RejectedRow], source: [UInt8], header: Range<Int>, delimiter: Delimiter, crlf: Bool
    ) -> [UInt8] {
        var output = headerLine(source[header.clamped(to: 0..<source.count)], delimiter: delimiter, crlf: crlf)
        for row in rejected {
            appendRow(row, raw: source[row.bytes.clamped(to: 0..<source.count)], delimiter: delimiter, crlf: crlf, to: &output)
        }
        return output
    }

    /// The first line: `line`, `reason`, then the input's header verbatim.
    static func headerLine<C: Collection>(_ header: C, delimiter: Delimiter, crlf: Bool) -> [UInt8]
    where C.Element == UInt8 {
        Array("line\(delimiter.rawValue)reason\(delimiter.rawValue)".utf8) + header + (crlf ? [.carriageReturn, .lineFeed] : [.lineFeed])
    }

    /// Appends one rejected row: its line, its reasons, its bytes verbatim.
    static func appendRow<C: Collection>(
        _ row: RejectedRow, raw: C, delimiter: Delimiter, crlf: Bool, to output: inout [UInt8]
    ) where C.Element == UInt8 {
        let writer = CSVWriter(delimiter: delimiter.character)
        let reason = row.diagnostics.map { diagnostic in
            diagnostic.column.map { "column \($0): \(diagnostic.message)" } ?? diagnostic.message
        }.joined(separator: "; ")
        output += Array("\(row.line)\(delimiter.rawValue)\(writer.field(reason))\(delimiter.rawValue)".utf8)
        output += raw
        output += crlf ? [.carriageReturn, .lineFeed] : [.lineFeed]
    }
}
