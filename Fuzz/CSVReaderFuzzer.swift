// libFuzzer entry for the CSV reader. `scripts/fuzz` compiles it together
// with the library's sources (one module, so the package-level harness is in
// reach) with -sanitize=fuzzer,address. The checks are in
// Sources/BreakevenFuzzing/CSVReaderHarness.swift, shared with `swift test`.
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVReader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let log = CSVReaderHarness.check(bytes)
    if !log.passed {
        for failure in log.failures { fputs("invariant: \(failure)\n", stderr) }
        abort()
    }
    return 0
}
