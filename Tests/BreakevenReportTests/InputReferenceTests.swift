import TestSupport
import Foundation
import Testing

@testable import BreakevenCore
@testable import BreakevenCSV
@testable import BreakevenReport

@Suite("Input reference")
struct InputReferenceTests {
    @Test func everyInputHasAUnitAndAMeaning() {
        for row in InputReference.rows {
            #expect(!row.unit.isEmpty && !row.meaning.isEmpty, "\(row.name)")
        }
        #expect(InputReference.rows.count == InputName.allCases.count)
    }

    @Test func defaultsAreMODELsDefaults() {
        // A few typed out from MODEL.md §1.
        let expected: [InputName: Double] = [
            .unitsPerOrder: 1, .weightKg: 0.5, .volumeL: 1, .virtualDistanceKm: 8000, .virtualDeliveryDays: 12,
            .orderCost: 50, .supplierLeadDays: 30, .storageRateL: 0.02, .pickPackFee: 2.5,
            .stockedDistanceKm: 300, .stockedDeliveryDays: 2, .marketplaceFeeRate: 0.15,
            .marketplaceStorageRateL: 0.028, .peakStorageMultiplier: 3, .marketplaceInboundCost: 0.3,
            .marketplaceInboundDays: 7, .marketplaceDeliveryDays: 2, .returnRate: 0.05,
            .returnHandlingCost: 4, .virtualRestockRate: 0, .restockRate: 0.8, .paymentFeeRate: 0.03,
            .capitalRate: 0.12, .obsolescenceRate: 0.10, .serviceLevel: 0.95, .expectedDeliveryDays: 4,
            .lostSalesPerLateDay: 0.03, .minHistoryMonths: 3, .xyzXMaxCV: 0.5, .xyzYMaxCV: 1.0,
            .shipBase: 3.0, .shipPerKg: 1.0, .shipPer1000Km: 0.8, .virtualOrderFee: 0, .inboundCost: 0, .moq: 1,
            .leadTimeSDDays: 0,  // the v2 MODEL.md §1
        ]
        for (input, value) in expected { #expect(input.spec.builtInValue == value, "\(input.name)") }
    }

    /// The README shows exactly the generated table.
    @Test func readmeHasTheGeneratedTable() throws {
        let readme = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        #expect(text.contains(InputReference.markdown()), "regenerate the README's input table: swift run breakeven columns --format markdown")
    }
}
