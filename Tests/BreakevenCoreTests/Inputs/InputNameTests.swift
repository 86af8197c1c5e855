import Testing

@testable import BreakevenCore

@Suite("Input names")
struct InputNameTests {
    /// The hand-written ordinal is each input's position in `allCases`, so
    /// the storage indexed by it and the reference order agree.
    @Test func ordinalIsThePositionInAllCases() {
        for (position, name) in InputName.allCases.enumerated() {
            #expect(name.ordinal == position, "\(name)")
        }
        #expect(Set(InputName.allCases.map(\.ordinal)).count == InputName.allCases.count)
    }

    /// `lead_time_sd_days`: days, default 0, not negative, a SKU's own figure
    /// (not run-wide policy), listed right after `supplier_lead_days`.
    @Test func leadTimeDeviation() {
        let name = InputName.leadTimeSDDays
        #expect(InputName(name: "lead_time_sd_days") == name)
        #expect(name.spec.unit == "days" && name.builtInValue == 0 && name.constraint == .nonNegative)
        #expect(!name.isPolicy && name.isNumeric && !name.isRate)
        #expect(InputName.allCases[InputName.supplierLeadDays.ordinal + 1] == name)
        #expect(name.constraint.violation(by: -1) == "must not be negative")
        #expect(name.constraint.violation(by: 0) == nil && name.constraint.violation(by: 4.5) == nil)
    }

    @Test func namesReadBack() {
        for name in InputName.allCases { #expect(InputName(name: name.name) == name) }
        #expect(InputName(name: "prize") == nil)
    }
}
