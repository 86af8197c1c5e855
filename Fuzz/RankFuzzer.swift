// libFuzzer entry for `rank`, bytes in → results or errors out. `scripts/fuzz`
// compiles it together with the library's sources with
// -sanitize=fuzzer,address. The checks are in
// Sources/BreakevenFuzzing/RankHarness.swift, shared with `swift test`.
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRank(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let log = RankHarness.check(bytes)
    if !log.passed {
        for failure in log.failures { fputs("invariant: \(failure)\n", stderr) }
        abort()
    }
    return 0
}
