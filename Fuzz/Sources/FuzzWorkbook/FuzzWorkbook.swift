import DFCostScenario
import DFCostImport
import Foundation
import FuzzSupport
import ZIPFoundation

/// The input is an Excel workbook, in one of two forms:
/// - bytes that start as a zip archive or an OLE file (`PK\3\4`, `PK\5\6`, `D0 CF 11 E0`) are the
///   .xlsx file itself, so the container (truncated, damaged, lying sizes, encrypted, .xls) is fuzzed;
/// - anything else is the workbook's XML parts separated by NUL bytes, in the order
///   `xl/worksheets/sheet1.xml`, `xl/sharedStrings.xml`, `xl/styles.xml`, `xl/workbook.xml`, which
///   the harness packs into a valid zip (a part left out gets a minimal one). A mutated byte of a
///   deflated entry only breaks its checksum; this form lets libFuzzer reach the sheet reader.
///
/// Whatever the reader accepts must come out as a scenario file the loader reads (a TOML syntax
/// error is a finding, as in fuzz-import); a trap anywhere is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWorkbook(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    let workbook = WorkbookReader.looksLikeWorkbook(bytes) ? bytes : packed(bytes)
    guard let workbook else { return 0 }
    let table: ImportedTable
    do {
        table = try WorkbookReader.read(data: workbook, name: "fuzzed.xlsx")
    } catch {
        _ = error.description
        return 0
    }
    let toml = TableImporter.scenarioText(table, source: "fuzzed.xlsx")
    let path = Array(toml.utf8).withUnsafeBytes { FuzzWorkspace.write($0, as: "imported-workbook.toml") }
    do {
        _ = try ScenarioLoader.load(path: path)
    } catch {
        if case .syntax = error {
            fatalError("a workbook imported as a scenario file that is not TOML: \(error)\n--- imported-workbook.toml ---\n\(toml)")
        }
    }
    FuzzWorkspace.exercise(path: path)
    return 0
}

/// The parts of the second form, each with the minimal part used when the input leaves it out.
let parts: [(path: String, fallback: String)] = [
    ("xl/worksheets/sheet1.xml", #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>"#),
    ("xl/sharedStrings.xml", #"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>"#),
    ("xl/styles.xml", #"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs><xf numFmtId="0"/></cellXfs></styleSheet>"#),
    ("xl/workbook.xml", #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Ark1" sheetId="1" r:id="rId2"/></sheets></workbook>"#),
]

/// The fixed parts that tie the others together.
let fixedParts: [(path: String, text: String)] = [
    ("_rels/.rels", #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#),
    ("xl/_rels/workbook.xml.rels", #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#),
]

/// The input's NUL-separated parts packed into an .xlsx zip (stored, not deflated).
func packed(_ input: Data) -> Data? {
    let pieces = input.split(separator: 0, maxSplits: parts.count - 1, omittingEmptySubsequences: false)
    var entries = fixedParts.map { ($0.path, Data($0.text.utf8)) }
    for (i, part) in parts.enumerated() {
        entries.append((part.path, i < pieces.count ? Data(pieces[i]) : Data(part.fallback.utf8)))
    }
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
