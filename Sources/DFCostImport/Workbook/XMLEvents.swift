import DFCostTableLayout
import DFCostScenario
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One pass over an XML document with Foundation's `XMLParser`, element and attribute names
/// without their namespace prefixes (`x:c` -> `c`, `r:id` -> `id`), as OOXML parts may be
/// written with or without them.
final class XMLEvents: NSObject, XMLParserDelegate {
    private var onStart: (String, [String: String]) -> Void = { _, _ in }
    private var onEnd: (String) -> Void = { _ in }
    private var onText: (String) -> Void = { _ in }

    /// Parses `data`, calling the handlers in document order.
    /// - Throws: ``WorkbookError`` for XML that is not UTF-8 or not well formed, or that carries a
    ///   DTD (OOXML parts never do, and a DTD is how entity-expansion bombs arrive).
    static func parse(_ data: Data, part: String, file: String,
                      start: @escaping (String, [String: String]) -> Void,
                      end: @escaping (String) -> Void = { _ in },
                      text: @escaping (String) -> Void = { _ in }) throws(WorkbookError) {
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil || data.range(of: Data("<!ENTITY".utf8)) != nil {
            throw WorkbookError(file, "the part \(part) declares a DTD, which a workbook never holds; not read")
        }
        // Foundation's XMLParser on Linux traps on names that are not valid UTF-8, and the parts
        // of every workbook Excel or LibreOffice writes are UTF-8.
        guard data.withUnsafeBytes({ String(validating: $0.bindMemory(to: UInt8.self), as: UTF8.self) }) != nil else {
            throw WorkbookError(file, "the part \(part) is not UTF-8 text; save the workbook again")
        }
        let events = XMLEvents()
        events.onStart = start
        events.onEnd = end
        events.onText = text
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = events
        let ok = parser.parse()
        if !ok {
            let reason = parser.parserError.map { "\(($0 as NSError).code)" } ?? "unknown"
            throw WorkbookError(file, "the part \(part) is not well-formed XML (line \(parser.lineNumber), error \(reason)); save the workbook again")
        }
    }

    /// `x:c` -> `c`.
    static func local(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        var attributes: [String: String] = [:]
        for (k, v) in attributeDict { attributes[Self.local(k)] = v }
        onStart(Self.local(elementName), attributes)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        onEnd(Self.local(elementName))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        onText(string)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        onText(String(decoding: CDATABlock, as: UTF8.self))
    }
}

/// The first failure a handler of ``XMLEvents`` met, raised after parsing.
struct XMLFailure {
    private(set) var error: WorkbookError?
    mutating func fail(_ e: WorkbookError) { if error == nil { error = e } }
    func check() throws(WorkbookError) { if let error { throw error } }
}
