import TestSupport
import Testing

@testable import BreakevenCore
@testable import BreakevenCSV
@testable import BreakevenReport

@Suite("SVG documents")
struct SVGDocumentTests {
    @Test func everyElementIsWellFormedWithHostileText() throws {
        var svg = SVGDocument(width: 200, height: 100)
        let hostile = "<script>alert('x') & \"y\"</script>]]>\u{01}"
        svg.text(
            hostile, at: ChartPoint(x: 10, y: 20), anchor: .middle, size: 12, fill: "#000",
            bold: true, class: hostile)
        svg.line(
            from: ChartPoint(x: 0, y: 0), to: ChartPoint(x: 10, y: 10), stroke: "#123", dash: "2 2")
        svg.rect(
            ChartRect(x: 1, y: 2, width: 3, height: 4), fill: "red", stroke: "white",
            extra: [("data-x", hostile)])
        svg.polyline(
            [ChartPoint(x: 0, y: 0), ChartPoint(x: 1.006, y: 2)], stroke: "blue", width: 2)
        svg.circle(at: ChartPoint(x: 5, y: 5), radius: 3, fill: "none", stroke: "green")
        let root = try parseXML(svg.rendered(title: hostile, standalone: true))
        #expect(root.name == "svg")
        #expect(root["viewBox"] == "0 0 200 100")
        #expect(
            root.all("title").first?.allText
                == hostile.replacingOccurrences(of: "\u{01}", with: "\u{FFFD}"))
        #expect(
            root.all("text").first?.allText
                == hostile.replacingOccurrences(of: "\u{01}", with: "\u{FFFD}"))
        #expect(root.all("text").first?["text-anchor"] == "middle")
        #expect(root.all("rect").last?["data-x"] != nil)
        #expect(root.all("polyline").first?["points"] == "0,0 1.01,2")
    }

    @Test func standaloneFilesStartWithAnXMLDeclarationAndAWhiteBackground() {
        let svg = SVGDocument(width: 10, height: 10)
        #expect(
            svg.rendered(title: "t", standalone: true).hasPrefix(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "))
        #expect(svg.rendered(title: "t", standalone: true).contains("fill=\"#ffffff\""))
        #expect(svg.rendered(title: "t").hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
    }

    @Test func placedPicturesAreShiftedGroups() throws {
        var inner = SVGDocument(width: 10, height: 10)
        inner.circle(at: ChartPoint(x: 1, y: 2), radius: 1, fill: "none", stroke: "red")
        var outer = SVGDocument(width: 100, height: 100)
        outer.place(inner, at: ChartPoint(x: 30, y: 40.5), class: "inner")
        let root = try parseXML(outer.rendered(title: "t"))
        let circle = try #require(root.all("circle").first)
        #expect(circle.offset.x == 30 && circle.offset.y == 40.5)
        #expect(root.all("g", class: "inner").count == 1)
    }

    @Test func rectContainment() {
        let rect = ChartRect(x: 10, y: 20, width: 30, height: 40)
        #expect(rect.maxX == 40 && rect.maxY == 60)
        #expect(rect.contains(ChartPoint(x: 10, y: 60)))
        #expect(!rect.contains(ChartPoint(x: 9.9, y: 30)))
        #expect(rect.contains(ChartPoint(x: 9.99, y: 30), tolerance: 0.02))
    }
}
