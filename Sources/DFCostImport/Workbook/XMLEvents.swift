import DFCostTableLayout
import DFCostScenario
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One pass over an XML document with Foundation's `XMLParser`, element and attribute names
/// without their namespace prefixes (`x:c` -> `c`, `r:id` -> `id`), as OOXML parts may be
/// written with or without them.
///
/// The part is fed to the parser as a stream, in chunks: `XMLParser(data:)` hands libxml2 the
/// whole part at once, and libxml2 without `XML_PARSE_HUGE` (which Foundation does not set)
/// refuses input beyond 10 MB as "Huge input lookup" (error 1), so a valid 38 000-line sheet was
/// reported as not well-formed. Fed in chunks, only a single token beyond 10 MB is refused, and
/// no token that long gets that far: a cell's text stops at ``WorkbookLimits/cellCharacters``.
final class XMLEvents: NSObject, XMLParserDelegate {
    typealias Start = (String, [String: String]) throws(WorkbookError) -> Void
    typealias End = (String) throws(WorkbookError) -> Void
    typealias Text = (String) throws(WorkbookError) -> Void

    private var onStart: Start = { _, _ in }
    private var onEnd: End = { _ in }
    private var onText: Text = { _ in }
    /// The first error a handler threw; the parse stops there.
    private var failure: WorkbookError?
    /// Elements open, and whether the root element was seen (a part that stops inside an
    /// element is cut short: the parser fed in chunks does not say so itself).
    private var open = 0, sawRoot = false

    /// Parses `data`, calling the handlers in document order; the first error a handler throws
    /// stops the parse and is thrown.
    /// - Throws: ``WorkbookError`` for XML that is not UTF-8 or not well formed, that ends inside
    ///   an element, or that carries a DTD (OOXML parts never do, and a DTD is how
    ///   entity-expansion bombs arrive); and whatever a handler throws.
    static func parse(_ data: Data, part: String, file: String,
                      start: @escaping Start,
                      end: @escaping End = { _ in },
                      text: @escaping Text = { _ in }) throws(WorkbookError) {
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil || data.range(of: Data("<!ENTITY".utf8)) != nil {
            throw WorkbookError(file, .partDeclaresDTD(part: part))
        }
        // Foundation's XMLParser on Linux traps on names that are not valid UTF-8, and the parts
        // of every workbook Excel or LibreOffice writes are UTF-8.
        guard data.withUnsafeBytes({ String(validating: $0.bindMemory(to: UInt8.self), as: UTF8.self) }) != nil else {
            throw WorkbookError(file, .partNotUTF8(part: part))
        }
        let events = XMLEvents()
        events.onStart = start
        events.onEnd = end
        events.onText = text
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = events
        let ok = parser.parse()
        if let failure = events.failure { throw failure }
        if !ok {
            throw WorkbookError(file, .partNotWellFormed(part: part, line: parser.lineNumber, code: parser.parserError.map { ($0 as NSError).code }))
        }
        if events.open != 0 || !events.sawRoot {
            throw WorkbookError(file, .partUnclosed(part: part))
        }
    }

    /// `x:c` -> `c`.
    static func local(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }

    private func run(_ parser: XMLParser, _ body: () throws(WorkbookError) -> Void) {
        guard failure == nil else { return }
        do throws(WorkbookError) {
            try body()
        } catch {
            failure = error
            parser.abortParsing()
        }
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        open += 1
        sawRoot = true
        run(parser) { () throws(WorkbookError) in
            var attributes: [String: String] = [:]
            for (k, v) in attributeDict { attributes[Self.local(k)] = v }
            try onStart(Self.local(elementName), attributes)
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        open -= 1
        run(parser) { () throws(WorkbookError) in try onEnd(Self.local(elementName)) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        run(parser) { () throws(WorkbookError) in try onText(string) }
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        run(parser) { () throws(WorkbookError) in try onText(String(decoding: CDATABlock, as: UTF8.self)) }
    }
}
