import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An element of a parsed XML document (SVG, the XHTML report), for tests
/// that check markup is well-formed and read its geometry.
public final class XMLElementNode: @unchecked Sendable {
    public let name: String
    public let attributes: [String: String]
    public private(set) var children: [XMLElementNode] = []
    /// Text and child elements in document order.
    private var content: [Content] = []

    private enum Content {
        case text(String)
        case element(XMLElementNode)
    }
    weak private(set) var parent: XMLElementNode?

    init(name: String, attributes: [String: String], parent: XMLElementNode?) {
        self.name = name
        self.attributes = attributes
        self.parent = parent
    }

    public subscript(attribute: String) -> String? { attributes[attribute] }

    /// A numeric attribute.
    public func number(_ attribute: String) -> Double? { attributes[attribute].flatMap(Double.init) }

    /// The classes of the `class` attribute.
    public var classes: [String] { (attributes["class"] ?? "").split(separator: " ").map(String.init) }

    /// All text inside, descendants included, in document order.
    public var allText: String {
        content.map { part in
            switch part {
            case .text(let text): return text
            case .element(let child): return child.allText
            }
        }.joined()
    }

    /// This element and every element below it, in document order.
    public var descendants: [XMLElementNode] { [self] + children.flatMap(\.descendants) }

    /// The elements below named `name` with class `className`, when given.
    public func all(_ name: String, class className: String? = nil) -> [XMLElementNode] {
        descendants.filter { node in
            node.name == name && (className.map { node.classes.contains($0) } ?? true)
        }
    }

    /// The sum of the `translate(x,y)` offsets of the enclosing groups.
    public var offset: (x: Double, y: Double) {
        var x = 0.0
        var y = 0.0
        var node = parent
        while let current = node {
            if let transform = current["transform"], transform.hasPrefix("translate(") {
                let numbers = transform.dropFirst(10).dropLast().split(separator: ",").compactMap {
                    Double($0)
                }
                if numbers.count == 2 {
                    x += numbers[0]
                    y += numbers[1]
                }
            }
            node = current.parent
        }
        return (x, y)
    }

    fileprivate func add(_ child: XMLElementNode) {
        children.append(child)
        content.append(.element(child))
    }

    fileprivate func append(_ string: String) { content.append(.text(string)) }
}

/// Parses `text` with Foundation's `XMLParser`; throws with the line and
/// column of the first error when it is not well-formed XML.
public func parseXML(_ text: String) throws -> XMLElementNode {
    let builder = XMLTreeBuilder()
    let parser = XMLParser(data: Data(text.utf8))
    parser.delegate = builder
    guard parser.parse(), let root = builder.root else {
        throw XMLFailure(
            message: parser.parserError.map { "\($0)" } ?? "no root element",
            line: parser.lineNumber,
            column: parser.columnNumber)
    }
    return root
}

/// Why a document did not parse.
public struct XMLFailure: Error, CustomStringConvertible {
    public var message: String
    public var line: Int
    public var column: Int
    public var description: String { "not well-formed at \(line):\(column): \(message)" }
}

private final class XMLTreeBuilder: NSObject, XMLParserDelegate {
    var root: XMLElementNode?
    private var stack: [XMLElementNode] = []

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        let node = XMLElementNode(name: elementName, attributes: attributes, parent: stack.last)
        if let parent = stack.last { parent.add(node) } else { root = node }
        stack.append(node)
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
        qualifiedName: String?
    ) {
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        stack.last?.append(string)
    }

    func parser(_ parser: XMLParser, foundCDATA cdataBlock: Data) {
        stack.last?.append(String(decoding: cdataBlock, as: UTF8.self))
    }
}
