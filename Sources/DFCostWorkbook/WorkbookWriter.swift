import DFCostEscaping
import DFCostTableLayout
import DFCostModel
import Foundation
import ZIPFoundation

/// Writes a ``Workbook`` as an Office Open XML workbook (.xlsx): the XML parts by hand (they are
/// plain text), the zip container by ZIPFoundation. The same workbook gives the same bytes
/// (entries dated 2000-01-01).
public enum WorkbookWriter {
    /// Why a workbook could not be assembled (ZIPFoundation's failure, which should not happen in memory).
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// The .xlsx bytes of `workbook`.
    public static func data(_ workbook: Workbook) throws(Failure) -> Data {
        var styles = StyleBook()
        var parts: [(String, Data)] = []
        let sheetXML = workbook.sheets.map { sheetPart($0, styles: &styles) }
        parts.append(("[Content_Types].xml", contentTypes(count: workbook.sheets.count)))
        parts.append(("_rels/.rels", Data("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
            </Relationships>
            """.utf8)))
        parts.append(("xl/workbook.xml", workbookPart(workbook)))
        parts.append(("xl/_rels/workbook.xml.rels", workbookRels(count: workbook.sheets.count)))
        parts.append(("xl/styles.xml", styles.xml()))
        for (i, xml) in sheetXML.enumerated() { parts.append(("xl/worksheets/sheet\(i + 1).xml", xml)) }
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            let date = Date(timeIntervalSince1970: 946_684_800)
            for (path, data) in parts {
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                                     compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let bytes = archive.data else { throw Failure(description: "the zip archive has no data") }
            return bytes
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(description: "cannot assemble the zip archive: \(error)")
        }
    }

    /// The most characters of a page header's left text: about half the width of an A4
    /// landscape page in the header's 11-point font, so it stays clear of the right part.
    static let pageHeaderLength = 80

    /// Text for a workbook part (``Escaper/workbookXML``).
    static func escape(_ text: String) -> String { Escaper.workbookXML.escape(text) }

    static func contentTypes(count: Int) -> Data {
        var xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
            """
        for i in 1...max(count, 1) where i <= count {
            xml += "<Override PartName=\"/xl/worksheets/sheet\(i).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        return Data((xml + "</Types>").utf8)
    }

    static func workbookPart(_ workbook: Workbook) -> Data {
        var xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView/></bookViews><sheets>
            """
        for (i, sheet) in workbook.sheets.enumerated() {
            let state = sheet.isHidden ? " state=\"hidden\"" : ""
            xml += "<sheet name=\"\(escape(sheet.name))\" sheetId=\"\(i + 1)\"\(state) r:id=\"rId\(i + 1)\"/>"
        }
        // Recalculate on opening: the cached values are dfcost's, the formulas are the spreadsheet's.
        xml += "</sheets><calcPr calcId=\"191029\" fullCalcOnLoad=\"1\"/></workbook>"
        return Data(xml.utf8)
    }

    static func workbookRels(count: Int) -> Data {
        var xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            """
        for i in 0..<count {
            xml += "<Relationship Id=\"rId\(i + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\(i + 1).xml\"/>"
        }
        xml += "<Relationship Id=\"rId\(count + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        return Data((xml + "</Relationships>").utf8)
    }

    static func sheetPart(_ sheet: Workbook.Sheet, styles: inout StyleBook) -> Data {
        var xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
            """
        // Printed one page wide (as many pages tall as it takes): <pageSetup> below says how.
        xml += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
        xml += "<sheetViews><sheetView workbookViewId=\"0\">"
        if sheet.frozenRows > 0 {
            xml += "<pane ySplit=\"\(sheet.frozenRows)\" topLeftCell=\"A\(sheet.frozenRows + 1)\" activePane=\"bottomLeft\" state=\"frozen\"/>"
            xml += "<selection pane=\"bottomLeft\" activeCell=\"A\(sheet.frozenRows + 1)\" sqref=\"A\(sheet.frozenRows + 1)\"/>"
        }
        xml += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"
        let columns = Set(sheet.widths.keys).union(sheet.hiddenColumns).sorted()
        if !columns.isEmpty {
            xml += "<cols>"
            for column in columns {
                let width = sheet.widths[column] ?? 10
                let hidden = sheet.hiddenColumns.contains(column) ? " hidden=\"1\"" : ""
                xml += "<col min=\"\(column)\" max=\"\(column)\" width=\"\(width)\"\(hidden) customWidth=\"1\"/>"
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        for (row, columns) in sheet.cells.sorted(by: { $0.key < $1.key }) {
            xml += "<row r=\"\(row)\">"
            for (column, cell) in columns.sorted(by: { $0.key < $1.key }) {
                let reference = CellReference(row: row, column: column).name
                let s = styles.index(cell.style)
                let style = s == 0 ? "" : " s=\"\(s)\""
                switch cell.value {
                case .text(let text):
                    let space = text.first == " " || text.last == " " ? " xml:space=\"preserve\"" : ""
                    xml += "<c r=\"\(reference)\"\(style) t=\"inlineStr\"><is><t\(space)>\(escape(text))</t></is></c>"
                case .number(let n):
                    xml += "<c r=\"\(reference)\"\(style)><v>\(n.description)</v></c>"
                case .formula(let f, let cached):
                    xml += "<c r=\"\(reference)\"\(style)><f>\(escape(f))</f><v>\(cached.description)</v></c>"
                }
            }
            xml += "</row>"
        }
        xml += "</sheetData>"
        if !sheet.merges.isEmpty {
            xml += "<mergeCells count=\"\(sheet.merges.count)\">"
            for m in sheet.merges { xml += "<mergeCell ref=\"\(m)\"/>" }
            xml += "</mergeCells>"
        }
        xml += "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
        // A4 (paper size 9), landscape, fit to one page wide and any number of pages tall.
        xml += "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
        if let header = sheet.pageHeader {
            // In header codes '&' starts a code: a literal one is "&&". The left text is cut so
            // that it never runs into the page number on the right ("&P/&N": page 1/3).
            let short = header.count > Self.pageHeaderLength ? String(header.prefix(Self.pageHeaderLength - 1)) + "…" : header
            let left = escape(short.replacingOccurrences(of: "&", with: "&&"))
            xml += "<headerFooter><oddHeader>&amp;L\(left)&amp;R&amp;P/&amp;N</oddHeader></headerFooter>"
        }
        xml += "</worksheet>"
        return Data(xml.utf8)
    }
}

/// The cell formats of a workbook: each distinct ``Workbook/Style`` once, in `cellXfs`.
struct StyleBook {
    private(set) var styles: [Workbook.Style] = [Workbook.Style()]
    private var indexes: [Workbook.Style: Int] = [Workbook.Style(): 0]
    private var formatIDs: [String: Int] = [:]

    mutating func index(_ style: Workbook.Style) -> Int {
        if let i = indexes[style] { return i }
        styles.append(style)
        indexes[style] = styles.count - 1
        if let code = style.numberFormat, formatIDs[code] == nil { formatIDs[code] = 164 + formatIDs.count }
        return styles.count - 1
    }

    func xml() -> Data {
        var xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
            """
        if !formatIDs.isEmpty {
            xml += "<numFmts count=\"\(formatIDs.count)\">"
            for (code, id) in formatIDs.sorted(by: { $0.value < $1.value }) {
                xml += "<numFmt numFmtId=\"\(id)\" formatCode=\"\(WorkbookWriter.escape(code))\"/>"
            }
            xml += "</numFmts>"
        }
        xml += """
            <fonts count="4"><font><sz val="11"/><name val="Calibri"/></font>\
            <font><b/><sz val="11"/><name val="Calibri"/></font>\
            <font><i/><sz val="11"/><name val="Calibri"/></font>\
            <font><b/><i/><sz val="11"/><name val="Calibri"/></font></fonts>\
            <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
            <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
            """
        xml += "<cellXfs count=\"\(styles.count)\">"
        for s in styles {
            let format = s.numberFormat.flatMap { formatIDs[$0] } ?? 0
            let font = (s.bold ? 1 : 0) + (s.italic ? 2 : 0)
            var xf = "<xf numFmtId=\"\(format)\" fontId=\"\(font)\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
            xf += format != 0 ? " applyNumberFormat=\"1\"" : ""
            xf += font != 0 ? " applyFont=\"1\"" : ""
            if s.indent > 0 || s.wrap {
                xf += " applyAlignment=\"1\"><alignment"
                if s.indent > 0 { xf += " horizontal=\"left\" indent=\"\(s.indent)\"" }
                if s.wrap { xf += " wrapText=\"1\" vertical=\"top\"" }
                xf += "/></xf>"
            } else {
                xf += "/>"
            }
            xml += xf
        }
        xml += "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>"
        return Data(xml.utf8)
    }
}
