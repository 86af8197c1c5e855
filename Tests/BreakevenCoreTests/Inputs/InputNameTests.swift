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

    @Test func namesReadBack() {
        for name in InputName.allCases { #expect(InputName(name: name.name) == name) }
        #expect(InputName(name: "prize") == nil)
    }
}
