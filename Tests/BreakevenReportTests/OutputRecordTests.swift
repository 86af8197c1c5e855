import TestSupport
import Testing

@testable import BreakevenCore
@testable import BreakevenCSV
@testable import BreakevenReport
import SyntheticCatalogs

/// The CSV record written directly is the cells of ``OutputColumns/all``, the
/// declarative list the names and JSON come from.
@Suite("Output record")
struct OutputRecordTests {
    static func generic(_ evaluation: SKUEvaluation, _ dialect: CSVDialect) -> [UInt8] {
        var writer = CSVRowWriter(dialect: dialect)
        for column in OutputColumns.all() { writer.append(column.value(evaluation)) }
        writer.endRecord()
        return writer.bytes
    }

    static func direct(_ evaluation: SKUEvaluation, _ dialect: CSVDialect) -> [UInt8] {
        var writer = CSVRowWriter(dialect: dialect)
        OutputColumns.writeRecord(evaluation, to: &writer)
        return writer.bytes
    }

    /// 1,500 generated rows (every model, history, current models, quoted
    /// names, rows without marketplace figures) and 500 random SKUs, in both
    /// dialects: byte for byte the same.
    @Test func isTheCellsOfEveryColumn() throws {
        let catalog = try CatalogReader().read(
            SyntheticCatalog(rows: 1_500, seed: 12, historyMonths: 12).bytes(), file: "generated.csv")
        var evaluations = ResolvedCatalog(catalog).rows.map { Evaluator.evaluate($0.terms) }
        evaluations += try RandomSKUs.make(count: 500, seed: 77).map { Evaluator.evaluate(try SKUTerms($0)) }
        #expect(evaluations.count == 2_000)
        var models = Set<FulfilmentModel>()
        for evaluation in evaluations {
            models.insert(evaluation.decision.recommended)
            for dialect in [CSVDialect.plain, .european] {
                #expect(Self.direct(evaluation, dialect) == Self.generic(evaluation, dialect), "\(evaluation.sku)")
            }
        }
        #expect(models.count == 4)
    }

    /// A SKU with VIRTUAL figures only: every other model's cells are empty.
    @Test func missingModelsAreEmptyCells() throws {
        let evaluation = Evaluator.evaluate(
            try SKUTerms(SKUInputs(sku: "V", [.price: 10, .monthlyDemand: 5, .virtualUnitCost: 4])))
        let record = String(decoding: Self.direct(evaluation, .plain), as: UTF8.self)
        let cells = record.split(separator: ",", omittingEmptySubsequences: false)
        let names = OutputColumns.names
        #expect(cells[names.firstIndex(of: "stocked_profit")!] == "")
        #expect(cells[names.firstIndex(of: "hybrid_breakeven_volume")!] == "")
        #expect(cells[names.firstIndex(of: "recommended")!] == "VIRTUAL")
        #expect(cells[names.firstIndex(of: "virtual_capital")!] == "0")
    }
}
