import DFCostModel
import DFCostScenario
import DFCostTableLayout

/// The ids an imported table's solutions, lines and conditions get.
///
/// An id depends only on what it names, never on row order: a solution's id is its name as a
/// slug (`Kjernejournal` -> `kjernejournal`), a line's is its solution's id, then its tiltak and
/// del (`kjernejournal-program-digital-samhandling-deling-av-journaldokumenter`), uncut. Two
/// different names that make the same slug (`Deling av` and `Deling-av`) each get a suffix from a
/// hash of their exact, normalized text, so neither depends on which came first. Ids written in the
/// table (an `id` column, as in a workbook dfcost wrote) are kept, and checked.
enum Identity {
    /// FNV-1a of the text, six hex digits: stable across runs and platforms.
    static func hash(_ text: String) -> String {
        var h: UInt32 = 2_166_136_261
        for b in text.utf8 { h = (h ^ UInt32(b)) &* 16_777_619 }
        let hex = String(h, radix: 16)
        return String((String(repeating: "0", count: max(0, 8 - hex.count)) + hex).prefix(6))
    }

    /// Ids for `names` (each a normalized identity text) from their slugs; a slug shared by two
    /// different names gets a hash suffix on each. `fallback` names an empty slug ("losning").
    static func ids(for names: [String], slug: (String) -> String, fallback: String) -> [String: String] {
        var bySlug: [String: Set<String>] = [:]
        for name in names {
            let s = slug(name)
            bySlug[s.isEmpty ? fallback : s, default: []].insert(name)
        }
        var out: [String: String] = [:]
        for (s, group) in bySlug {
            for name in group {
                out[name] = group.count == 1 && !(s == fallback && slug(name).isEmpty) ? s : "\(s)-\(hash(name))"
            }
        }
        return out
    }

    /// Gives `table` its ids: solutions, lines (its `solution` turned from a name into an id) and
    /// conditions. `explicitIDs` are line ids written in the table, by line index.
    /// - Throws: ``TableImportError`` for an explicit id that is not an id, or taken twice.
    static func assign(_ table: inout ImportedTable, explicitIDs: [Int: (String, SourceReference)], file: String) throws(TableImportError) {
        let solutionIDs = ids(for: table.solutions.map { TableLayout.normalized($0.name) }, slug: { ImportCell.slug($0, limit: .max) }, fallback: "losning")
        for k in table.solutions.indices {
            table.solutions[k].id = solutionIDs[TableLayout.normalized(table.solutions[k].name)]!
        }
        func solutionID(_ name: String) -> String { solutionIDs[TableLayout.normalized(name)] ?? ImportCell.slug(name, limit: .max) }
        let lineNames = table.lines.map { line in
            solutionID(line.solution) + "\u{1F}" + TableLayout.normalized(line.initiative) + "\u{1F}" + TableLayout.normalized(line.part)
        }
        let generated = ids(for: lineNames, slug: { name in
            let parts = name.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
            let rest = ImportCell.slug(parts.dropFirst().joined(separator: " "), limit: .max)
            return rest.isEmpty ? "" : parts[0] + "-" + rest
        }, fallback: "linje")
        var taken: [String: SourceReference] = [:]
        for (k, place) in explicitIDs.sorted(by: { $0.key < $1.key }) {
            let (id, at) = place
            guard id.count <= 200, !id.contains(where: { $0.isWhitespace || $0.isNewline || ($0.asciiValue ?? 0x20) < 0x20 }) else {
                throw TableImportError(at, .notALineID(id))
            }
            if let first = taken[id] {
                throw TableImportError(at, .idTaken(id, firstRow: first.line))
            }
            taken[id] = at
            _ = k
        }
        for k in table.lines.indices {
            table.lines[k].id = explicitIDs[k]?.0 ?? generated[lineNames[k]]!
            table.lines[k].solution = solutionID(table.lines[k].solution)
        }
        // A generated id that an explicit one already took: the generated one gets its hash.
        var seen = Set(explicitIDs.values.map(\.0))
        for k in table.lines.indices where explicitIDs[k] == nil {
            if seen.contains(table.lines[k].id) { table.lines[k].id += "-" + hash(lineNames[k]) }
            seen.insert(table.lines[k].id)
        }
        let conditionNames = table.conditions.map { TableLayout.normalized($0.description) + "\u{1F}" + $0.mark }
        let conditionIDs = ids(for: conditionNames, slug: { ImportCell.slug(String($0.split(separator: "\u{1F}").first ?? ""), limit: 48) },
                               fallback: "betingelse")
        for k in table.conditions.indices where table.conditions[k].id.isEmpty {
            table.conditions[k].id = conditionIDs[conditionNames[k]]!
        }
    }
}
