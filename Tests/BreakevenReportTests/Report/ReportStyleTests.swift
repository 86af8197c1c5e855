import TestSupport
import Testing

@testable import BreakevenCore
@testable import BreakevenCSV
@testable import BreakevenReport

@Suite("Report style and script")
struct ReportStyleTests {
    @Test func styleAndScriptAreSafeInsideXML() {
        #expect(!ReportStyle.css.contains("<") && !ReportStyle.css.contains("&"))
        #expect(!ReportStyle.css.contains("]]>"))
        let simulation = ReportStyle.simulationCSS
        #expect(!simulation.contains("<") && !simulation.contains("&") && !simulation.contains("]]>"))
        #expect(!ReportStyle.script.contains("]]>"))
        #expect(!ReportStyle.script.lowercased().contains("</script"))
    }

    @Test func everyModelHasItsColourClass() {
        for model in FulfilmentModel.allCases {
            #expect(
                ReportStyle.css.contains(
                    ".m-\(model.rawValue) { color: \(ChartStyle.colour(model)); }"))
        }
    }

    @Test func printsWithoutNavigationAndOneSKUPerPage() {
        let print = ReportStyle.css.split(separator: "@media print").last ?? ""
        #expect(print.contains("nav"))
        #expect(print.contains("#details, article.sku { break-before: page"))
        #expect(print.contains("print-color-adjust: exact"))
    }

    @Test func scriptSortsOnlyTablesMarkedSortable() {
        #expect(ReportStyle.script.contains("querySelectorAll('table.sortable')"))
        #expect(ReportStyle.script.contains("aria-sort"))
    }
}
