/// The bytes the CSV code looks for and writes, by name. Computed, so each
/// use compiles to the literal.
extension UInt8 {
    /// `\n`.
    package static var lineFeed: UInt8 { UInt8(ascii: "\n") }
    /// `\r`.
    package static var carriageReturn: UInt8 { UInt8(ascii: "\r") }
    /// `"`.
    package static var quote: UInt8 { UInt8(ascii: "\"") }
    /// ` `.
    package static var space: UInt8 { UInt8(ascii: " ") }
    /// `.`.
    package static var point: UInt8 { UInt8(ascii: ".") }
    /// `,`.
    package static var comma: UInt8 { UInt8(ascii: ",") }
    /// `-`.
    package static var minus: UInt8 { UInt8(ascii: "-") }
    /// `0`.
    package static var zero: UInt8 { UInt8(ascii: "0") }
}
