import DFCostTableLayout
import DFCostScenario
import Foundation

/// What a sheet's cells refer to: the workbook's sheets, its shared strings and its cell formats.
struct WorkbookParts {
    struct Sheet {
        var name: String
        var path: String
    }

    var sheets: [Sheet] = []
    var sharedStrings: [String] = []
    /// Cell format index (`s="3"`) -> number format code.
    var formats: [String] = []

    init(archive: WorkbookArchive) throws(WorkbookError) {
        let file = archive.name
        var workbookPath = "xl/workbook.xml"
        if let rels = try archive.entry("_rels/.rels") {
            for r in try Self.relationships(rels, part: "_rels/.rels", file: file) where r.type.hasSuffix("/officeDocument") {
                workbookPath = Self.resolve(r.target, from: "")
            }
        }
        guard let workbook = try archive.entry(workbookPath) else {
            throw WorkbookError(file, .notAnExcelWorkbook(part: workbookPath))
        }
        let folder = workbookPath.split(separator: "/").dropLast().joined(separator: "/")
        let relsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/" + (workbookPath.split(separator: "/").last.map(String.init) ?? "") + ".rels"
        var targets: [String: String] = [:]
        var sharedStringsPath: String?, stylesPath: String?
        if let rels = try archive.entry(relsPath) {
            for r in try Self.relationships(rels, part: relsPath, file: file) {
                let path = Self.resolve(r.target, from: folder)
                targets[r.id] = path
                if r.type.hasSuffix("/sharedStrings") { sharedStringsPath = path }
                if r.type.hasSuffix("/styles") { stylesPath = path }
            }
        }
        var sheets: [Sheet] = []
        try XMLEvents.parse(workbook, part: workbookPath, file: file, start: { name, attributes in
            guard name == "sheet", let sheetName = attributes["name"] else { return }
            let path = attributes["id"].flatMap { targets[$0] } ?? "\(folder)/worksheets/sheet\(sheets.count + 1).xml"
            sheets.append(Sheet(name: sheetName, path: path))
        })
        guard sheets.count <= WorkbookLimits.sheets else {
            throw WorkbookError(file, .tooManySheets(count: sheets.count, limit: WorkbookLimits.sheets))
        }
        self.sheets = sheets
        if let data = try archive.entry(sharedStringsPath ?? "\(folder)/sharedStrings.xml") {
            sharedStrings = try Self.strings(data, part: sharedStringsPath ?? "sharedStrings.xml", file: file)
        }
        if let data = try archive.entry(stylesPath ?? "\(folder)/styles.xml") {
            formats = try Self.formats(data, part: stylesPath ?? "styles.xml", file: file)
        }
    }

    struct Relationship {
        var id: String
        var type: String
        var target: String
    }

    static func relationships(_ data: Data, part: String, file: String) throws(WorkbookError) -> [Relationship] {
        var out: [Relationship] = []
        try XMLEvents.parse(data, part: part, file: file, start: { name, a in
            guard name == "Relationship", let id = a["Id"], let target = a["Target"], a["TargetMode"] != "External" else { return }
            out.append(Relationship(id: id, type: a["Type"] ?? "", target: target))
        })
        return out
    }

    /// A relationship's target as a path inside the archive: "worksheets/sheet1.xml" from "xl"
    /// -> "xl/worksheets/sheet1.xml"; "/xl/..." is absolute; ".." steps up.
    static func resolve(_ target: String, from folder: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : folder.split(separator: "/")
        for p in target.split(separator: "/") {
            if p == ".." { if !parts.isEmpty { parts.removeLast() } } else if p != "." { parts.append(p) }
        }
        return parts.joined(separator: "/")
    }

    /// The shared strings (`<si>`), each the text of its `<t>` runs; phonetic runs (`<rPh>`) left out.
    /// - Throws: ``WorkbookError`` for a string longer than ``WorkbookLimits/cellCharacters``
    ///   (stopped as soon as it is, not read to its end) or strings holding more than
    ///   ``WorkbookLimits/sharedStringBytes`` together.
    static func strings(_ data: Data, part: String, file: String) throws(WorkbookError) -> [String] {
        var out: [String] = []
        var current = "", inT = false, phonetic = 0, total = 0
        func tooLong() -> WorkbookError {
            WorkbookError(file, .sharedStringTooLong(index: out.count, part: part, limit: WorkbookLimits.cellCharacters))
        }
        try XMLEvents.parse(data, part: part, file: file, start: { name, _ in
            switch name {
            case "si": current = ""
            case "t": inT = true
            case "rPh": phonetic += 1
            default: break
            }
        }, end: { (name: String) throws(WorkbookError) in
            switch name {
            case "si":
                if WorkbookBudget.tooLong(current) { throw tooLong() }
                total += current.utf8.count
                if total > WorkbookLimits.sharedStringBytes {
                    throw WorkbookError(file, .sharedStringsTooLarge(part: part, megabytes: WorkbookLimits.sharedStringBytes / 1_048_576))
                }
                out.append(current)
            case "t": inT = false
            case "rPh": phonetic -= 1
            default: break
            }
        }, text: { (t: String) throws(WorkbookError) in
            guard inT, phonetic == 0 else { return }
            current += t
            if current.utf8.count > 3 * WorkbookLimits.cellCharacters { throw tooLong() }
        })
        return out
    }

    /// Number format codes by cell format index (`cellXfs`), custom ones from `numFmts`, the
    /// rest from Excel's built-in table.
    static func formats(_ data: Data, part: String, file: String) throws(WorkbookError) -> [String] {
        var custom: [Int: String] = [:]
        var xfs: [Int] = []
        var inCellXfs = false
        try XMLEvents.parse(data, part: part, file: file, start: { name, a in
            switch name {
            case "numFmt":
                if let id = a["numFmtId"].flatMap({ Int($0) }), let code = a["formatCode"] { custom[id] = code }
            case "cellXfs": inCellXfs = true
            case "xf" where inCellXfs:
                xfs.append(a["numFmtId"].flatMap { Int($0) } ?? 0)
            default: break
            }
        }, end: { name in
            if name == "cellXfs" { inCellXfs = false }
        })
        return xfs.map { custom[$0] ?? NumberFormat.builtin[$0] ?? "General" }
    }
}
