import Testing

@testable import BreakevenCSV

@Suite struct ExactNumberTests {
    @Test func exactRoundTrips() {
        for value in [0.1, 1.0 / 3, 304.0467800264368, 1e-7, 123_456_789.0, -2.5, 1e300] {
            #expect(Double(ExactNumber.text(value)) == value)
        }
        #expect(ExactNumber.text(12) == "12")
        #expect(ExactNumber.text(-0.0) == "0")
    }
}
