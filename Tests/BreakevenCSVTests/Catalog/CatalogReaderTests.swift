import TestSupport
import Testing

@testable import BreakevenCore
@testable import BreakevenCSV

@Suite("Reading a catalog: every bad row reported, every good row kept")
struct CatalogReaderTests {
    static let header = "sku,price,monthly_demand,virtual_unit_cost,stocked_unit_cost,return_rate"

    static func read(_ text: String) throws(CatalogError) -> Catalog {
        try CatalogReader().read(Array(text.utf8), file: "c.csv")
    }

    /// The one error of a catalog whose third line is `row`.
    static func error(in row: String) throws -> Diagnostic {
        let catalog = try Self.read("\(header)\nGOOD,10,5,4,3,0.1\n\(row)\nALSO,12,8,5,4,0.05\n")
        #expect(catalog.rows.map(\.inputs.sku) == ["GOOD", "ALSO"])
        #expect(catalog.rejected.count == 1)
        return try #require(catalog.rejected.first?.diagnostics.first)
    }

    @Test func readsValuesByColumnName() throws {
        let catalog = try Self.read("\(Self.header)\nA,10,5,4,3,0.1\n")
        let inputs = try #require(catalog.rows.first?.inputs)
        #expect(inputs.sku == "A")
        #expect(inputs.values[.price] == 10)
        #expect(inputs.values[.returnRate] == 0.1)
        #expect(inputs.values[.moq] == nil)
        #expect(catalog.rows.first?.line == 2)
    }

    @Test func anEmptyCellIsNotGiven() throws {
        let catalog = try Self.read("\(Self.header)\nA,10,5,,3,\n")
        let inputs = try #require(catalog.rows.first?.inputs)
        #expect(inputs.values[.virtualUnitCost] == nil)
        #expect(inputs.values[.returnRate] == nil)
    }

    @Test func aNonNumber() throws {
        let error = try Self.error(in: "BAD,abc,5,4,3,0.1")
        #expect(error.description == "c.csv:3:2: error: 'abc' is not a number (column price)")
    }

    @Test func aNegativeCost() throws {
        let error = try Self.error(in: "BAD,10,5,-4,3,0.1")
        #expect(error.line == 3 && error.column == 4)
        #expect(error.message == "virtual_unit_cost must not be negative, found '-4' (column virtual_unit_cost)")
    }

    /// `lead_time_sd_days` is read as any input: a value in the row, a
    /// negative one refused at its line and column.
    @Test func leadTimeDeviation() throws {
        let text = "sku,price,monthly_demand,stocked_unit_cost,lead_time_sd_days\nA,10,5,3,4.5\nB,10,5,3,-1\nC,10,5,3,\n"
        let catalog = try Self.read(text)
        #expect(catalog.rows.map(\.inputs.sku) == ["A", "C"])
        #expect(catalog.rows.first?.inputs.values[.leadTimeSDDays] == 4.5)
        #expect(catalog.rows.last?.inputs.values[.leadTimeSDDays] == nil)
        let error = try #require(catalog.rejected.first?.diagnostics.first)
        #expect(
            error.description
                == "c.csv:3:5: error: lead_time_sd_days must not be negative, found '-1' (column lead_time_sd_days)")
    }

    @Test func aRateAboveOne() throws {
        let error = try Self.error(in: "BAD,10,5,4,3,1.5")
        #expect(error.line == 3 && error.column == 6)
        #expect(error.message.contains("return_rate must be between 0 and 1"))
    }

    @Test func aZeroPrice() throws {
        let error = try Self.error(in: "BAD,0,5,4,3,0.1")
        #expect(error.column == 2 && error.message.contains("price must be greater than 0"))
    }

    @Test func anEmptySKU() throws {
        let error = try Self.error(in: " ,10,5,4,3,0.1")
        #expect(error.line == 3 && error.column == 1)
        #expect(error.message == "the sku is empty")
    }

    @Test func aRepeatedSKUPointsToTheFirstLine() throws {
        let error = try Self.error(in: "GOOD,11,5,4,3,0.1")
        #expect(error.line == 3 && error.column == 1)
        #expect(error.message == "sku 'GOOD' repeats the one on line 2")
    }

    @Test func aRaggedRow() throws {
        let short = try Self.error(in: "BAD,10,5")
        #expect(short.line == 3 && short.column == 4)
        #expect(short.message == "the row has 3 fields, the header has 6")
        let long = try Self.error(in: "BAD,10,5,4,3,0.1,extra")
        #expect(long.column == 7)
    }

    @Test func anUnterminatedQuoteRejectsItsRowOnly() throws {
        let catalog = try Self.read("\(Self.header)\nGOOD,10,5,4,3,0.1\n\"BAD,10,5,4,3,0.1\nALSO,12,8,5,4,0.05\n")
        #expect(catalog.rows.map(\.inputs.sku) == ["GOOD", "ALSO"])
        let error = try #require(catalog.rejected.first?.diagnostics.first)
        #expect(error.line == 3 && error.column == 1)
        #expect(error.message.contains("never closed"))
    }

    @Test func severalProblemsInOneRowAreAllReported() throws {
        let catalog = try Self.read("\(Self.header)\nBAD,x,-1,4,3,2\n")
        #expect(catalog.rejected.first?.diagnostics.map(\.column) == [2, 3, 6])
        #expect(catalog.rowsRead == 1)
    }

    @Test func missingRequiredColumnsStopEverything() {
        #expect(throws: CatalogError.self) { try Self.read("sku,monthly_demand\nA,5\n") }
        do {
            _ = try Self.read("sku,monthly_demand,virtual_unit_cost\nA,5,3\n")
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostic.description.hasPrefix("c.csv:1: error: missing required column 'price'"))
        }
        #expect(throws: CatalogError.self) { try Self.read("sku,price\nA,5\n") }
    }

    @Test func anEmptyFileAndAHeaderAloneStopEverything() {
        for text in ["", "\n\n", "\(Self.header)\n", "\(Self.header)\n\n,,,,,\n"] {
            #expect(throws: CatalogError.self) { try Self.read(text) }
        }
    }

    @Test func aRepeatedColumnStopsEverything() {
        #expect(throws: CatalogError.self) { try Self.read("sku,price,Price,monthly_demand\nA,1,2,3\n") }
    }

    @Test func headersMatchIgnoringCaseSpacesAndHyphens() throws {
        let catalog = try Self.read("SKU,Price,Monthly Demand,virtual-unit-cost\nA,10,5,4\n")
        #expect(catalog.rows.first?.inputs.values[.monthlyDemand] == 5)
        #expect(catalog.rows.first?.inputs.values[.virtualUnitCost] == 4)
    }

    @Test func unknownColumnsGiveOneWarning() throws {
        let catalog = try Self.read("sku,price,monthly_demand,virtual_unit_cost,colour,notes\nA,10,5,4,red,x\n")
        #expect(catalog.warnings.count == 1)
        #expect(catalog.warnings[0].description == "c.csv:1: warning: ignoring unknown columns 'colour', 'notes'")
        #expect(catalog.rows.count == 1)
    }

    @Test func historyAndCurrentModel() throws {
        let catalog = try Self.read(
            "sku,price,demand_history,virtual_unit_cost,current_model\nA,10,3|4 5;6,4,Dropship\nB,10,1|x,4,\nC,10,1,4,teleport\n")
        let a = try #require(catalog.rows.first?.inputs)
        #expect(a.demandHistory == [3, 4, 5, 6])
        #expect(a.currentModel == .virtual)
        #expect(catalog.rejected.map(\.line) == [3, 4])
        #expect(catalog.rejected[0].diagnostics[0].message == "'x' is not a number (column demand_history)")
        #expect(catalog.rejected[1].diagnostics[0].message.hasPrefix("'teleport' is not a model"))
    }

    @Test func nonFiniteNumbersAreRejected() throws {
        for text in ["nan", "inf", "1e400", "-infinity"] {
            let error = try Self.error(in: "BAD,\(text),5,4,3,0.1")
            #expect(error.column == 2)
        }
    }

    /// Read from a source, a catalog keeps the records' bytes and a window:
    /// 16 MiB without a line end never sit in memory, and what is kept is
    /// exactly the header and the rows, so the rejects file stays verbatim.
    @Test func aSourceIsReadInBoundedMemory() throws {
        let head = Array("sku,price,monthly_demand,virtual_unit_cost\r\nA,10,5,4\r\nB,10,5,".utf8)
        let tail = Array("\r\nC,12,6,5\r\n".utf8)
        let chunk = [UInt8](repeating: UInt8(ascii: "7"), count: 64 << 10)
        var served = 0
        var largest = 0
        let catalog = try CatalogReader().read(
            file: "c.csv",
            source: { buffer in
                largest = max(largest, buffer.count)
                if served == 0 { buffer += head }
                if served == 16 << 20 {
                    buffer += tail
                    served += 1
                    return true
                }
                guard served < 16 << 20 else { return false }
                buffer += chunk
                served += chunk.count
                return true
            })
        #expect(largest < 4 << 20, "the buffer grew to \(largest) bytes")
        #expect(catalog.rows.map(\.inputs.sku) == ["A", "C"])
        #expect(catalog.rejected.map(\.line) == [3])
        #expect(catalog.rejected.first?.bytes.isEmpty == true)
        #expect(catalog.source.count < 100)
        let rejects = String(decoding: RejectsWriter.bytes(for: ResolvedCatalog(catalog)), as: UTF8.self)
        #expect(rejects.hasPrefix("line,reason,sku,price,monthly_demand,virtual_unit_cost\r\n3,"))
        #expect(String(decoding: catalog.source[catalog.rows[1].bytes], as: UTF8.self) == "C,12,6,5")
    }
}
