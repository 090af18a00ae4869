import DFCostModel
import DFCostTableLayout

/// The previous round of a table (`import --like FILE`): its identity carried into a new import.
///
/// A line of the new table matches a previous line with the same solution name, tiltak and del
/// (case and white space ignored); it takes that line's id, tags and `continues`. Solutions take the
/// previous ids of the solutions with the same name, conditions the previous ids of the conditions
/// with the same mark. Lines that match nothing keep their generated ids and are listed in the
/// receipt, as are previous lines the new table does not have.
struct PreviousRound {
    let table: CostTable

    static func key(_ solution: String, _ initiative: String, _ part: String) -> String {
        TableLayout.normalized(solution) + "\u{1F}" + TableLayout.normalized(initiative) + "\u{1F}" + TableLayout.normalized(part)
    }

    func adopt(into imported: inout ImportedTable) {
        let previousNames = Dictionary(table.solutions.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let previousByName = Dictionary(table.solutions.map { (TableLayout.normalized($0.name), $0.id) }, uniquingKeysWith: { a, _ in a })
        var previousLines: [String: CostLine] = [:]
        for line in table.lines {
            previousLines[Self.key(previousNames[line.solution] ?? line.solution, line.initiative, line.part)] = line
        }
        // Solutions: the previous id for the same name.
        var solutionRename: [String: String] = [:]
        let names = Dictionary(imported.solutions.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        for k in imported.solutions.indices {
            if let id = previousByName[TableLayout.normalized(imported.solutions[k].name)], id != imported.solutions[k].id {
                solutionRename[imported.solutions[k].id] = id
                imported.solutions[k].id = id
            }
        }
        // Conditions: the previous id and description for the same mark.
        for k in imported.conditions.indices {
            if let previous = table.conditions.first(where: { $0.mark == imported.conditions[k].mark }) {
                imported.conditions[k].id = previous.id
            }
        }
        imported.receipt.conditions = imported.receipt.conditions.map { c in
            (c.mark, imported.conditions.first { $0.mark == c.mark }?.id ?? c.id, c.description, c.cells)
        }
        // Lines.
        var matched = Set<String>()
        var taken = Set(imported.lines.map(\.id))
        for k in imported.lines.indices {
            let line = imported.lines[k]
            let name = names[line.solution] ?? line.solution
            imported.lines[k].solution = solutionRename[line.solution] ?? line.solution
            if let previous = previousLines[Self.key(name, line.initiative, line.part)] {
                if previous.id != line.id {
                    guard !taken.contains(previous.id) else { continue }
                    taken.remove(line.id)
                    taken.insert(previous.id)
                    imported.lines[k].id = previous.id
                }
                imported.lines[k].tags = previous.tags
                // The previous line's `continues` (an earlier round's id) only while no line of
                // the new table has that id: a file whose line continues a line it still has is refused.
                if let old = previous.continues, !imported.lines.contains(where: { $0.id == old }) {
                    imported.lines[k].continues = old
                }
                matched.insert(previous.id)
            } else {
                let label = line.part.isEmpty ? "\(name) / \(line.initiative)" : "\(name) / \(line.initiative) / \(line.part)"
                imported.receipt.warnings.append(.init(place: line.origin ?? .init(file: "", line: 1, column: 1), warning: .unmatchedLine(label)))
            }
        }
        for line in table.lines where !matched.contains(line.id) {
            imported.receipt.warnings.append(.init(place: line.origin ?? .init(file: "", line: 1, column: 1), warning: .previousLineMissing(line.id)))
        }
    }
}
