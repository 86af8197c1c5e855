import BreakevenCore

/// One accepted row of a catalog.
package struct CatalogRow: Sendable, Equatable {
    /// The 1-based line where the row starts.
    package var line: Int
    /// The SKU's inputs as given.
    package var inputs: SKUInputs
    /// Where the row's bytes are in the catalog's ``Catalog/source``.
    package var bytes: Range<Int>
}

/// A row that cannot be used, and why.
package struct RejectedRow: Error, Sendable, Equatable {
    /// The 1-based line where the row starts.
    package var line: Int
    /// The fields of the row, as read (empty when the row broke the CSV syntax).
    package var fields: [String]
    /// One error per problem found.
    package var diagnostics: [Diagnostic]
    /// Where the row's bytes are in the catalog's ``Catalog/source``, line
    /// end excluded; empty for a record over the size limit (not kept).
    package var bytes: Range<Int>
    /// The row's SKU as written, when it has a field for it.
    package var sku: String?

    /// A rejected row; see the properties.
    package init(line: Int, fields: [String], diagnostics: [Diagnostic], bytes: Range<Int>, sku: String? = nil) {
        self.line = line
        self.fields = fields
        self.diagnostics = diagnostics
        self.bytes = bytes
        self.sku = sku
    }
}

/// A catalog file read into rows: the accepted, the rejected, and warnings.
/// Every data row is in exactly one of ``rows`` and ``rejected``.
package struct Catalog: Sendable, Equatable {
    /// The file name, for messages.
    package var file: String
    /// The header.
    package var header: CatalogHeader
    /// Rows read without error, in file order.
    package var rows: [CatalogRow]
    /// Rows rejected, in file order.
    package var rejected: [RejectedRow]
    /// Warnings about the file (unknown columns, …).
    package var warnings: [Diagnostic]
    /// The bytes kept from the file, for writing rejected rows verbatim:
    /// the header's, then each record's, back to back (line ends and blank
    /// lines left out).
    package var source: [UInt8]
    /// Where the header's bytes are in ``source``.
    package var headerBytes: Range<Int>
    /// Whether the header ended with CRLF (the rejects file follows it).
    package var crlf: Bool
    /// The dialect the file was read with.
    package var dialect: CSVDialect

    /// Data rows read (blank lines are not rows).
    package var rowsRead: Int { rows.count + rejected.count }
}

extension Catalog {
    /// The catalog with only the rows of `skus` (`--only`), and how many rows
    /// were left out. Rejected rows whose SKU cannot be read (a broken CSV
    /// record) are kept, since they might be one of them.
    package func restricted(to skus: Set<String>) -> (catalog: Catalog, leftOut: Int) {
        var copy = self
        copy.rows = rows.filter { skus.contains($0.inputs.sku) }
        let skuColumn = header.column(of: .sku).map { $0 - 1 }
        copy.rejected = rejected.filter { row in
            guard let skuColumn, skuColumn < row.fields.count else { return true }
            return skus.contains(row.fields[skuColumn].trimmingSpaces())
        }
        return (copy, rowsRead - copy.rowsRead)
    }

    /// The SKUs of the file's readable rows, in file order.
    package var skus: [String] {
        let skuColumn = header.column(of: .sku).map { $0 - 1 }
        let rejectedSKUs = rejected.compactMap { row -> String? in
            guard let skuColumn, skuColumn < row.fields.count else { return nil }
            return row.fields[skuColumn].trimmingSpaces()
        }
        return rows.map(\.inputs.sku) + rejectedSKUs
    }
}
