import DFCostScenario
import DFCostImport
import Foundation
import FuzzSupport
import ZIPFoundation

/// A structure-aware workbook harness: the input is not a workbook but a program of edits to a
/// valid seed workbook (a D&F table with shared strings, number formats, a formula, merged
/// headings and a notes sheet). Each edit, chosen by the input's bytes, works on one XML part
/// (either sheet, the shared strings, the styles or the workbook part) cut into tokens (tags and
/// text): delete, duplicate, repeat (up to thousands of times), move or swap tokens, insert a tag
/// from a list of workbook shapes, set an attribute (`r=`, `ref=`, `t=`, `s=`, `numFmtId=`, ...) to
/// a chosen or huge value, add an attribute, or replace a text (numbers, years, "(14)", huge
/// repeats). The parts are then packed into a valid zip, so every input reaches the XML and
/// sheet readers, and read as `dfcost import` reads them (each sheet by name, and the automatic
/// choice); what the reader accepts must come out as a scenario file the loader reads.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWorkbookStructure(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    var program = Program(bytes: Array(UnsafeBufferPointer(start: data, count: size)))
    var parts = Seed.parts.map { Tokens($0.text) }
    var edits = 0
    while !program.done, edits < 24 {
        let part = program.next() % parts.count
        parts[part].apply(&program)
        edits += 1
    }
    guard let workbook = pack(parts.map(\.text)) else { return 0 }
    // DFCOST_FUZZ_DUMP=FILE writes the workbook an input makes, to replay a finding with `dfcost import`.
    if let dump = ProcessInfo.processInfo.environment["DFCOST_FUZZ_DUMP"] { try? workbook.write(to: URL(fileURLWithPath: dump)) }
    for sheet in [nil, "Ark1", "Notater"] as [String?] {
        let table: ImportedTable
        do {
            table = try WorkbookReader.read(data: workbook, name: "fuzzed.xlsx", sheet: sheet)
        } catch {
            _ = error.description
            continue
        }
        let toml = TableImporter.scenarioText(table, source: "fuzzed.xlsx")
        let path = Array(toml.utf8).withUnsafeBytes { FuzzWorkspace.write($0, as: "imported-structure.toml") }
        do {
            _ = try ScenarioLoader.load(path: path)
        } catch {
            if case .syntax = error {
                fatalError("a workbook imported as a scenario file that is not TOML: \(error)\n--- imported-structure.toml ---\n\(toml)")
            }
        }
    }
    return 0
}

/// The input read as small numbers; zeros once it is used up.
struct Program {
    let bytes: [UInt8]
    var at = 0
    var done: Bool { at >= bytes.count }
    mutating func next() -> Int {
        defer { at += 1 }
        return at < bytes.count ? Int(bytes[at]) : 0
    }
    /// Two bytes, for counts and positions.
    mutating func wide() -> Int { next() << 8 | next() }
    mutating func pick<T>(_ list: [T]) -> T { list[next() % list.count] }
}

/// An XML part as tokens: each tag (`<...>`) one token, each run of text between tags one.
struct Tokens {
    var tokens: [String]

    init(_ text: String) {
        tokens = []
        var current = ""
        for ch in text {
            if ch == "<", !current.isEmpty { tokens.append(current); current = "" }
            current.append(ch)
            if ch == ">" { tokens.append(current); current = "" }
        }
        if !current.isEmpty { tokens.append(current) }
    }

    var text: String { tokens.joined() }

    /// At most this many tokens, so that repeats stay within libFuzzer's memory limit.
    static let most = 200_000

    mutating func apply(_ p: inout Program) {
        guard !tokens.isEmpty else { tokens = [p.pick(Shapes.tags)]; return }
        let i = p.wide() % tokens.count
        switch p.next() % 10 {
        case 0:
            tokens.remove(at: i)
        case 1:
            let n = min(p.next() % 8 + 1, tokens.count - i)
            tokens.insert(contentsOf: tokens[i..<(i + n)], at: i)
        case 2:
            // A huge repeat: one token (a cell, a row, a merge) thousands of times.
            let times = min(p.wide(), Self.most - tokens.count)
            if times > 0 { tokens.insert(contentsOf: repeatElement(tokens[i], count: times), at: i) }
        case 3:
            let j = p.wide() % tokens.count
            tokens.swapAt(i, j)
        case 4:
            let token = tokens.remove(at: i)
            tokens.insert(token, at: p.wide() % (tokens.count + 1))
        case 5:
            tokens.insert(p.pick(Shapes.tags), at: i)
        case 6:
            tokens[i] = Self.setAttribute(tokens[i], &p)
        case 7:
            tokens[i] = Self.addAttribute(tokens[i], &p)
        case 8:
            if !tokens[i].hasPrefix("<") { tokens[i] = Shapes.text(&p) } else { tokens.insert(Shapes.text(&p), at: i + 1) }
        default:
            // A closing tag for an element opened before, or a stray one.
            tokens.insert("</" + p.pick(Shapes.names) + ">", at: i)
        }
        if tokens.count > Self.most { tokens.removeLast(tokens.count - Self.most) }
    }

    /// The tag with one of its attribute values replaced.
    static func setAttribute(_ tag: String, _ p: inout Program) -> String {
        guard tag.hasPrefix("<") else { return tag }
        let quotes = tag.indices.filter { tag[$0] == "\"" }
        guard quotes.count >= 2 else { return tag }
        let k = (p.next() % (quotes.count / 2)) * 2
        let start = tag.index(after: quotes[k]), end = quotes[k + 1]
        return String(tag[..<start]) + Shapes.value(&p) + String(tag[end...])
    }

    static func addAttribute(_ tag: String, _ p: inout Program) -> String {
        guard tag.hasPrefix("<"), !tag.hasPrefix("</"), tag.count >= 2 else { return tag }
        let close = tag.hasSuffix("/>") ? tag.index(tag.endIndex, offsetBy: -2) : tag.index(before: tag.endIndex)
        return String(tag[..<close]) + " \(p.pick(Shapes.attributes))=\"\(Shapes.value(&p))\"" + String(tag[close...])
    }
}

/// What edits insert: workbook shapes, attribute values and texts that mean something to the reader.
enum Shapes {
    static let names = ["row", "c", "v", "f", "is", "t", "si", "rPh", "mergeCell", "mergeCells", "sheetData", "worksheet", "sst", "xf", "cellXfs", "numFmt", "sheet", "sheets", "r", "x:c"]
    static let attributes = ["r", "t", "s", "ref", "numFmtId", "formatCode", "name", "id", "r:id", "x:r", "count"]
    static let tags = [
        "<row r=\"12\">", "</row>", "<row>", "<c r=\"A1\" t=\"s\"><v>0</v></c>", "<c r=\"C4\"><v>14</v></c>",
        "<c r=\"B9\" t=\"inlineStr\"><is><t>(14)</t></is></c>", "<c t=\"str\"><f>A1</f></c>", "<c t=\"b\"><v>1</v></c>",
        "<c r=\"D3\" s=\"2\"><v>-2</v></c>", "<c r=\"E2\"><v>2026</v></c>", "<mergeCells>", "</mergeCells>",
        "<mergeCell ref=\"A1:A9\"/>", "<mergeCell ref=\"A3:D100000\"/>", "<mergeCell ref=\"B2:A1\"/>",
        "<si><t>Sum</t></si>", "<si><r><t>E-</t></r><r><t>resept</t></r></si>", "<rPh><t>x</t></rPh>",
        "<xf numFmtId=\"165\"/>", "<numFmt numFmtId=\"167\" formatCode=\"#,##0;(#,##0)\"/>",
        "<sheet name=\"Ny\" sheetId=\"3\" r:id=\"rId1\"/>", "<![CDATA[2024]]>", "<!-- x -->", "<?pi x?>",
        "<v>", "</v>", "<is>", "<t>", "</t>", "</c>", "<sheetData>", "</sheetData>",
    ]
    static let values = [
        "A1", "B2", "C2", "D2", "E2", "A0", "A100000", "A100001", "ALL1", "ALM1", "XFD1048576", "XFE1", "ZZZZ1", "1A", "a5", "",
        "s", "n", "str", "inlineStr", "b", "e", "d", "0", "1", "2", "3", "-1", "99999", "9223372036854775807", "2024", "2025",
        "A1:A2", "A1:D100000", "A5:A3", "A1:XFD1048576", "rId1", "rId2", "rId3", "Ark1", "Notater", "0;\\(0\\)", "0.0\" *\"",
        "#,##0;[Red]-#,##0", "@", "General", ";;;", "1e308", "-0", "NaN",
    ]
    static func value(_ p: inout Program) -> String {
        if p.next() % 8 == 0 { return String(repeating: p.pick(["9", "A", "0", "ø"]), count: p.wide() * 4) }
        return p.pick(values)
    }
    static let texts = ["2024", "2025", "(14)", "-12 *", "9,5", "Sum", "Tiltak", "Del", "E-resept", "", " ", "-", "1e5", "&amp;", "&lt;", "&#0;", "&#x1F600;", "Kjøp", "* Er avhengig av FM.", "0.1", "-0.0"]
    static func text(_ p: inout Program) -> String {
        if p.next() % 6 == 0 { return String(repeating: p.pick(["a", "9", "ø", " "]), count: p.wide() * 16) }
        return p.pick(texts)
    }
}

/// The seed workbook's editable parts, in order: two sheets, shared strings, styles, workbook.
enum Seed {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let parts: [(path: String, text: String)] = [
        ("xl/worksheets/sheet1.xml", """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <worksheet xmlns="\(main)" xmlns:r="\(rel)"><dimension ref="A1:D10"/><sheetData>\
        <row r="1"><c r="A1" t="s"><v>0</v></c></row>\
        <row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="s"><v>2</v></c><c r="C2" t="n"><v>2024</v></c><c r="D2" t="n"><v>2025</v></c></row>\
        <row r="3"><c r="A3" s="1" t="s"><v>3</v></c><c r="B3" s="1"/></row>\
        <row r="4"><c r="A4" t="s"><v>4</v></c><c r="B4" t="s"><v>5</v></c><c r="C4" t="s"><v>6</v></c><c r="D4" t="n"><v>55</v></c></row>\
        <row r="5"><c r="A5" t="s"><v>4</v></c><c r="B5" t="s"><v>7</v></c><c r="C5" s="2" t="n"><v>-2</v></c><c r="D5" t="s"><v>8</v></c></row>\
        <row r="6"><c r="A6" s="1" t="s"><v>9</v></c></row>\
        <row r="7"><c r="A7" t="s"><v>10</v></c><c r="B7" t="inlineStr"><is><t>Deling av journaldokumenter</t></is></c><c r="C7" t="n"><v>8</v></c><c r="D7" s="3" t="n"><v>9.5</v></c></row>\
        <row r="8"><c r="A8" t="s"><v>12</v></c><c r="C8" t="n"><f>C5+C7</f><v>6</v></c><c r="D8" t="n"><f>D4-12+D7</f><v>52.5</v></c></row>\
        <row r="10"><c r="A10" t="s"><v>13</v></c></row>\
        </sheetData><mergeCells count="2"><mergeCell ref="A3:D3"/><mergeCell ref="A6:D6"/></mergeCells></worksheet>
        """),
        ("xl/worksheets/sheet2.xml", """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <worksheet xmlns="\(main)"><sheetData><row r="1"><c r="A1" t="s"><v>14</v></c></row></sheetData>\
        <mergeCells count="1"><mergeCell ref="A1:C4"/></mergeCells></worksheet>
        """),
        ("xl/sharedStrings.xml", """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <sst xmlns="\(main)" count="15" uniqueCount="15"><si><t>Tabell (MNOK)</t></si><si><t>Tiltak</t></si><si><t>Del</t></si>\
        <si><t>E-resept</t></si><si><t>Program Pasientens legemiddelliste</t></si><si><t>SFM</t></si><si><t>(14)</t></si>\
        <si><t>FM</t></si><si><t>-12 *</t></si><si><t>Kjernejournal</t></si><si><t>Program digital samhandling</t></si>\
        <si><t>Deling av journaldokumenter</t></si><si><t>Sum</t></si><si><t>* Er avhengig av full utfasing av FM.</t></si>\
        <si><r><t>Tallene er </t></r><r><t>fra NHN.</t></r><rPh><t>x</t></rPh></si></sst>
        """),
        ("xl/styles.xml", """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="\(main)"><numFmts count="3"><numFmt numFmtId="164" formatCode="General"/>\
        <numFmt numFmtId="165" formatCode="0;\\(0\\)"/><numFmt numFmtId="166" formatCode="0.0&quot; *&quot;"/></numFmts>\
        <cellXfs count="4"><xf numFmtId="164"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/></cellXfs></styleSheet>
        """),
        ("xl/workbook.xml", """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <workbook xmlns="\(main)" xmlns:r="\(rel)"><sheets><sheet name="Ark1" sheetId="1" r:id="rId2"/>\
        <sheet name="Notater" sheetId="2" r:id="rId4"/></sheets></workbook>
        """),
    ]

    /// The parts that tie the others together, not edited.
    static let fixed: [(path: String, text: String)] = [
        ("_rels/.rels", #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#),
        ("xl/_rels/workbook.xml.rels", #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/></Relationships>"#),
    ]
}

/// The parts packed into an .xlsx zip (stored, not deflated).
func pack(_ texts: [String]) -> Data? {
    var entries = Seed.fixed.map { ($0.path, Data($0.text.utf8)) }
    for (i, part) in Seed.parts.enumerated() { entries.append((part.path, Data(texts[i].utf8))) }
    guard let archive = try? Archive(data: Data(), accessMode: .create, pathEncoding: nil) else { return nil }
    for (path, data) in entries {
        do {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: .none) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        } catch {
            return nil
        }
    }
    return archive.data
}
