import DFCostEscaping
import DFCostTableLayout
import DFCostScenario
import DFCostModel

/// Writes an ``ImportedTable`` as a scenario file, format version 1, in the layout of the
/// published files: `[table]`, `[published_sums]`, `[conditions.*]`, `[[solutions]]`, `[[lines]]`.
struct ScenarioTOMLWriter {
    let table: ImportedTable
    let source: String
    /// The language of the two comment lines at the top (the file's keys are the same in both).
    var language: ImportLanguage = .nb

    func text() -> String {
        out(comments: ScenarioTOMLWriter.comments(source: Self.comment(source), layout: table.layout, language: language))
    }

    /// The two comment lines at the top: where the file came from, and what to check.
    static func comments(source: String, layout: ImportedTable.Layout, language: ImportLanguage) -> String {
        switch language {
        case .nb:
            let words = ImportReceiptWords.nb
            return "# Importert med `dfcost import` fra \(source) (\(layout == .human ? words.layoutHuman : words.layoutMachine)).\n"
                + "# Kontroller årene, de summerte årene og betingelsene, og kjør så `dfcost verify` på denne filen.\n"
        case .en:
            return "# Imported by `dfcost import` from \(source) (\(layout.rawValue) layout).\n"
                + "# Check the years, the summed years and the conditions, then run `dfcost verify` on this file.\n"
        }
    }

    private func out(comments: String) -> String {
        var out = comments
        out += "version = 1\n\n[table]\n"
        let m = table.metadata
        out += "title = \(Self.string(m.title))\n"
        if !m.document.isEmpty { out += "document = \(Self.string(m.document))\n" }
        if !m.section.isEmpty { out += "section = \(Self.string(m.section))\n" }
        if !m.asOf.isEmpty { out += "as_of = \(Self.string(m.asOf))\n" }
        out += "unit = \"MNOK\"\n"
        out += "years = [\(table.years.map(String.init).joined(separator: ", "))]\n"
        out += "summed_years = [\(table.summedYears.map(String.init).joined(separator: ", "))]\n"
        if !m.notes.isEmpty {
            out += "notes = [\n" + m.notes.map { "  \(Self.string($0)),\n" }.joined() + "]\n"
        }
        if let p = table.published {
            out += "\n[published_sums]\nprecision = \(p.precision.description)\n"
            for year in table.summedYears { if let v = p.values[year] { out += "\(year) = \(v.description)\n" } }
        }
        for c in table.conditions {
            out += "\n[conditions.\(c.id)]\ndescription = \(Self.string(c.description))\nmark = \(Self.string(c.mark))\n"
        }
        for s in table.solutions {
            out += "\n[[solutions]]\nid = \(Self.string(s.id))\nname = \(Self.string(s.name))\n"
        }
        for line in table.lines {
            out += "\n[[lines]]\nid = \(Self.string(line.id))\nsolution = \(Self.string(line.solution))\n"
            out += "initiative = \(Self.string(line.initiative))\n"
            if !line.part.isEmpty { out += "part = \(Self.string(line.part))\n" }
            if let old = line.continues { out += "continues = \(Self.string(old))\n" }
            if !line.tags.isEmpty { out += "tags = [\(line.tags.map(Self.string).joined(separator: ", "))]\n" }
            out += "cells = { " + line.cells.map { "\($0.year) = \(Self.cell($0))" }.joined(separator: ", ") + " }\n"
        }
        return out
    }

    /// A cell: a bare number when plainly counted, else the report's notation as a string ("(14)*", "-12*").
    static func cell(_ c: ImportedTable.ImportedCell) -> String {
        let number = c.amount.description
        guard c.isInternal || !c.marks.isEmpty else { return number }
        return string((c.isInternal ? "(\(number))" : number) + c.marks.joined())
    }

    /// A TOML basic string (``Escaper/tomlString(_:)``).
    static func string(_ s: String) -> String { Escaper.tomlString(s) }

    /// Text safe in a one-line comment.
    static func comment(_ s: String) -> String {
        String(s.map { $0.isNewline ? " " : $0 })
    }
}
