import BreakevenCore
import BreakevenCSV

/// A point on a chart, in SVG user units (pixels at 100%), y downwards.
package struct ChartPoint: Sendable, Equatable {
    /// Horizontal position from the left edge.
    package var x: Double
    /// Vertical position from the top edge.
    package var y: Double

    /// The point (x, y).
    package init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// A rectangle on a chart, in SVG user units, y downwards.
package struct ChartRect: Sendable, Equatable {
    /// Left edge.
    package var x: Double
    /// Top edge.
    package var y: Double
    /// Width, ≥ 0.
    package var width: Double
    /// Height, ≥ 0.
    package var height: Double

    /// The rectangle with its top-left corner at (x, y).
    package init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// Right edge.
    package var maxX: Double { x + width }
    /// Bottom edge.
    package var maxY: Double { y + height }

    /// Whether `point` lies inside or on the edge, give or take `tolerance`.
    package func contains(_ point: ChartPoint, tolerance: Double = 1e-6) -> Bool {
        point.x >= x - tolerance && point.x <= maxX + tolerance && point.y >= y - tolerance
            && point.y <= maxY + tolerance
    }
}

/// An SVG picture built element by element and written as text; every value
/// escaped, every number rounded to 0.01, so the output is well-formed XML
/// and stable for golden files.
///
///     var svg = SVGDocument(width: 100, height: 50)
///     svg.text("A & B", at: ChartPoint(x: 10, y: 20))
///     svg.rendered(title: "Example")  // "<svg xmlns=… viewBox=\"0 0 100 50\" …>"
package struct SVGDocument: Sendable, Equatable {
    /// How a text's x position is read.
    package enum Anchor: String, Sendable {
        /// x is where the text starts.
        case start
        /// x is the text's middle.
        case middle
        /// x is where the text ends.
        case end
    }

    /// Width in user units.
    package var width: Double
    /// Height in user units.
    package var height: Double
    /// The elements so far, as markup.
    package private(set) var content = ""

    /// An empty picture of `width` × `height` user units.
    package init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// Adds any element; `text`, when given, becomes its escaped content.
    package mutating func element(
        _ name: String, _ attributes: [(String, String)], text: String? = nil
    ) {
        if let text {
            content += Markup.element(name, attributes, text: text) + "\n"
        } else {
            content += Markup.tag(name, attributes, empty: true) + "\n"
        }
    }

    /// Adds a straight line from `start` to `end`.
    package mutating func line(
        from start: ChartPoint, to end: ChartPoint, stroke: String, width: Double = 1,
        dash: String? = nil,
        class name: String? = nil, extra: [(String, String)] = []
    ) {
        var attributes = classAttribute(name)
        attributes += [
            ("x1", Markup.number(start.x)), ("y1", Markup.number(start.y)),
            ("x2", Markup.number(end.x)), ("y2", Markup.number(end.y)),
            ("stroke", stroke), ("stroke-width", Markup.number(width)),
        ]
        if let dash { attributes.append(("stroke-dasharray", dash)) }
        element("line", attributes + extra)
    }

    /// Adds a rectangle.
    package mutating func rect(
        _ rect: ChartRect, fill: String, stroke: String? = nil, class name: String? = nil,
        extra: [(String, String)] = []
    ) {
        var attributes = classAttribute(name)
        attributes += [
            ("x", Markup.number(rect.x)), ("y", Markup.number(rect.y)),
            ("width", Markup.number(rect.width)), ("height", Markup.number(rect.height)),
            ("fill", fill),
        ]
        if let stroke { attributes += [("stroke", stroke), ("stroke-width", "0.5")] }
        element("rect", attributes + extra)
    }

    /// Adds an open line through `points`.
    package mutating func polyline(
        _ points: [ChartPoint], stroke: String, width: Double, dash: String? = nil,
        class name: String? = nil,
        extra: [(String, String)] = []
    ) {
        let coordinates = points.map { Markup.number($0.x) + "," + Markup.number($0.y) }.joined(
            separator: " ")
        var attributes = classAttribute(name)
        attributes += [
            ("points", coordinates), ("fill", "none"), ("stroke", stroke),
            ("stroke-width", Markup.number(width)),
            ("stroke-linejoin", "round"),
        ]
        if let dash { attributes.append(("stroke-dasharray", dash)) }
        element("polyline", attributes + extra)
    }

    /// Adds a circle centred on `centre`.
    package mutating func circle(
        at centre: ChartPoint, radius: Double, fill: String, stroke: String,
        class name: String? = nil,
        extra: [(String, String)] = []
    ) {
        var attributes = classAttribute(name)
        attributes += [
            ("cx", Markup.number(centre.x)), ("cy", Markup.number(centre.y)),
            ("r", Markup.number(radius)),
            ("fill", fill), ("stroke", stroke), ("stroke-width", "1.5"),
        ]
        element("circle", attributes + extra)
    }

    /// Adds a line of text with its baseline at `point.y`.
    package mutating func text(
        _ string: String, at point: ChartPoint, anchor: Anchor = .start, size: Double? = nil,
        fill: String? = nil, bold: Bool = false, class name: String? = nil,
        extra: [(String, String)] = []
    ) {
        var attributes = classAttribute(name)
        attributes += [("x", Markup.number(point.x)), ("y", Markup.number(point.y))]
        if anchor != .start { attributes.append(("text-anchor", anchor.rawValue)) }
        if let size { attributes.append(("font-size", Markup.number(size))) }
        if let fill { attributes.append(("fill", fill)) }
        if bold { attributes.append(("font-weight", "bold")) }
        element("text", attributes + extra, text: string)
    }

    /// Adds `other`'s elements shifted by `offset`, in a group of class `name`.
    package mutating func place(
        _ other: SVGDocument, at offset: ChartPoint, class name: String? = nil
    ) {
        content +=
            Markup.tag(
                "g",
                classAttribute(name) + [
                    (
                        "transform",
                        "translate(\(Markup.number(offset.x)),\(Markup.number(offset.y)))"
                    )
                ]) + "\n"
        content += other.content
        content += "</g>\n"
    }

    /// The whole `<svg>` element. `title` becomes its accessible name; the
    /// standalone form starts with an XML declaration, for an `.svg` file.
    package func rendered(title: String, standalone: Bool = false) -> String {
        let size = "0 0 \(Markup.number(width)) \(Markup.number(height))"
        var text = standalone ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" : ""
        text +=
            Markup.tag(
                "svg",
                [
                    ("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", size),
                    ("width", Markup.number(width)), ("height", Markup.number(height)),
                    ("role", "img"),
                    ("font-family", ChartStyle.fontFamily),
                    ("font-size", Markup.number(ChartStyle.fontSize)),
                ]) + "\n"
        text += Markup.element("title", [], text: title) + "\n"
        if standalone {
            text +=
                Markup.tag(
                    "rect", [("width", "100%"), ("height", "100%"), ("fill", "#ffffff")],
                    empty: true) + "\n"
        }
        text += content
        return text + "</svg>\n"
    }

    private func classAttribute(_ name: String?) -> [(String, String)] {
        name.map { [("class", $0)] } ?? []
    }
}
