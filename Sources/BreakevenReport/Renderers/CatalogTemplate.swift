import BreakevenCore
import BreakevenCSV

/// A ready-to-fill catalog: every input column and two example rows, in the
/// dialect the merchant's spreadsheet uses.
package enum CatalogTemplate {
    /// One example value: a number, a rate (written as a percentage in the
    /// European dialect, where spreadsheets type rates that way), or text.
    enum Value {
        case number(Double)
        case rate(Double)
        case text(String)
    }

    /// A marketplace phone case with most figures filled in, and a
    /// print-on-demand tee with a demand history and little else.
    static let examples: [[CatalogColumn: Value]] = [
        [
            .input(.sku): .text("PHONE-CASE-BLK"), .productName: .text("Phone case, black"),
            .input(.price): .number(14.99), .input(.monthlyDemand): .number(300), .input(.demandSD): .number(90),
            .input(.historyMonths): .number(18), .input(.weightKg): .number(0.06), .input(.volumeL): .number(0.3),
            .input(.virtualUnitCost): .number(3.5), .input(.virtualOrderFee): .number(0.5),
            .input(.virtualDeliveryDays): .number(12), .input(.stockedUnitCost): .number(1.2),
            .input(.inboundCost): .number(0.1), .input(.orderCost): .number(50), .input(.moq): .number(300),
            .input(.supplierLeadDays): .number(30), .input(.leadTimeSDDays): .number(6),
            .input(.pickPackFee): .number(2.5),
            .input(.stockedShipping): .number(3.2), .input(.stockedDeliveryDays): .number(2),
            .input(.marketplaceFeeRate): .rate(0.15), .input(.marketplaceFulfillmentFee): .number(2.9),
            .input(.returnRate): .rate(0.06), .input(.currentModel): .text("marketplace"),
        ],
        [
            .input(.sku): .text("TEE-POD-WHT"), .productName: .text("T-shirt \"Sunrise\", print on demand"),
            .input(.price): .number(24.99), .input(.demandHistory): .text("40|52|47|61|58|66"),
            .input(.weightKg): .number(0.2), .input(.virtualUnitCost): .number(11.5),
            .input(.virtualShipping): .number(4.5), .input(.virtualDeliveryDays): .number(5),
            .input(.returnRate): .rate(0.07), .input(.currentModel): .text("virtual"),
        ],
    ]

    /// The columns of the template: `sku`, `name`, then every other input in reference order.
    package static var columns: [CatalogColumn] {
        [.input(.sku), .productName] + InputName.allCases.dropFirst().map(CatalogColumn.input)
    }

    /// The template as CSV text in `dialect`, with CRLF line ends for the
    /// European dialect (as Excel writes) and LF otherwise.
    package static func csv(dialect: CSVDialect = .plain) -> String {
        let european = dialect.decimalMark == .comma
        let writer = CSVWriter(delimiter: dialect.delimiter.character, lineEnd: european ? "\r\n" : "\n")
        func number(_ value: Double) -> String {
            let text = NumberFormatting.readable(value)
            return european ? text.replacing(".", with: ",") : text
        }
        var text = writer.record(columns.map(\.title))
        for example in examples {
            text += writer.record(
                columns.map { column in
                    switch example[column] {
                    case .number(let value)?: return number(value)
                    case .rate(let value)?: return european ? number(value * 100) + "%" : number(value)
                    case .text(let value)?: return value
                    case nil: return ""
                    }
                })
        }
        return text
    }
}
