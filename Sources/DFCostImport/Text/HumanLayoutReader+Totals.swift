import DFCostModel
import DFCostScenario
import DFCostTableLayout

/// The totals a table writes, collected on the pass over its rows (HumanLayoutReader.swift).
struct WrittenTotals {
    /// Year -> the Sum row's amount and place; the same for `Sum, avrundet` and the cumulative level.
    var sums: [Int: (ExactDecimal, SourceReference)]
    var rounded: [Int: (ExactDecimal, SourceReference)]
    var cumulative: [Int: (ExactDecimal, SourceReference)]
    /// `Sum <solution>` rows, per year.
    var subtotals: [(solution: Solution, year: Int, amount: ExactDecimal, place: SourceReference)]
    /// A total row's decimals (by line): every amount of the row is checked at that precision.
    var rowScale: [Int: Int]
}

/// Checking the written totals against the lines: subtotals, Sum, rounded Sum and the cumulative
/// level, each at its row's decimals, and a line that is a total under an unknown label.
extension HumanLayoutReader {
    func check(_ written: WrittenTotals, lines: [ImportedTable.ImportedLine], linePlaces: [SourceReference], years: [Int],
               receipt: inout ImportReceipt) throws(TableImportError) {
        let (sums, rounded, cumulative, subtotals, rowScale) = (written.sums, written.rounded, written.cumulative, written.subtotals, written.rowScale)
        func agrees(_ written: ExactDecimal, _ computed: ExactDecimal, at place: SourceReference) -> Bool {
            ImportCell.agrees(written: written, computed: computed, scale: rowScale[place.line] ?? ImportCell.scale(of: written))
        }
        // The counted amounts per year, of every line and of each solution's (by normalized name).
        var all: [Int: ExactDecimal] = [:], bySolution: [String: [Int: ExactDecimal]] = [:]
        for line in lines {
            let key = TableLayout.normalized(line.solution)
            for cell in line.cells where !cell.isInternal {
                do {
                    all[cell.year] = try (all[cell.year] ?? .zero).adding(cell.amount)
                    bySolution[key, default: [:]][cell.year] = try (bySolution[key]?[cell.year] ?? .zero).adding(cell.amount)
                } catch {
                    throw TableImportError(.init(file: file, line: 1, column: 1), .sumBeyondRange(year: cell.year))
                }
            }
        }
        func counted(_ year: Int, solution: String? = nil) throws(TableImportError) -> ExactDecimal {
            guard let solution else { return all[year] ?? .zero }
            return bySolution[TableLayout.normalized(solution)]?[year] ?? .zero
        }
        // A line whose amounts equal the sum of every line above it (two or more), in two or
        // more years or in its one year when two or more lines above have amounts there (a
        // total of the summed years only): a total under a label dfcost does not know. Refused,
        // never counted twice.
        var above: [Int: ExactDecimal] = [:]  // year -> the counted lines above, summed as we go
        var contributors: [Int: Int] = [:]  // year -> how many lines above have an amount there
        var suspect: TableImportError?
        for (k, line) in lines.enumerated() where suspect == nil {
            let counted = line.cells.filter { !$0.isInternal && !$0.amount.isZero }
            let equal = k >= 2 && (counted.count >= 2 || counted.count == 1 && contributors[counted[0].year, default: 0] >= 2)
                && counted.allSatisfy { ImportCell.agrees(written: $0.amount, computed: above[$0.year] ?? .zero) }
            for c in line.cells where !c.isInternal {
                above[c.year] = (try? (above[c.year] ?? .zero).adding(c.amount)) ?? above[c.year]
                if !c.amount.isZero { contributors[c.year, default: 0] += 1 }
            }
            if equal {
                let label = line.part.isEmpty ? line.initiative : "\(line.initiative) / \(line.part)"
                let words = Array(TableLayout.sumLabels)
                let suggestion = Suggestion.closest(to: TableLayout.normalized(line.initiative), in: words)
                suspect = TableImportError(linePlaces[k], .unlabelledTotal(label: label, suggestion: suggestion, failing: nil))
            }
        }
        // A line with the amounts of every line above it is a total under an unknown label when
        // no total says otherwise: with no Sum row, or when a total fails with it counted.
        if let suspect, sums.isEmpty, rounded.isEmpty { throw suspect }
        func failing(_ error: TableImportError) -> TableImportError {
            guard var suspect, case .unlabelledTotal(let label, let suggestion, _) = suspect.reason else { return error }
            suspect.reason = .unlabelledTotal(label: label, suggestion: suggestion, failing: error.origin)
            return suspect
        }
        for s in subtotals {
            let computed = try counted(s.year, solution: s.solution.name)
            guard agrees(s.amount, computed, at: s.place) else {
                throw failing(TableImportError(s.place, .subtotalDiffers(solution: s.solution.name, year: s.year, written: s.amount, computed: computed)))
            }
            receipt.checks.append(.init(kind: .subtotal(s.solution.name), year: s.year, written: s.amount, computed: computed, place: s.place))
        }
        for (written, kind) in [(sums, ImportReceipt.Check.Kind.sum), (rounded, .roundedSum)] {
            for (year, (amount, place)) in written.sorted(by: { $0.key < $1.key }) {
                let computed = try counted(year)
                guard agrees(amount, computed, at: place) else {
                    let decimals = rowScale[place.line] ?? 0
                    throw failing(TableImportError(place, .totalDiffers(rounded: kind == .roundedSum, year: year, written: amount,
                                                                          decimals: decimals > ImportCell.scale(of: amount) ? decimals : nil, computed: computed)))
                }
                receipt.checks.append(.init(kind: kind, year: year, written: amount, computed: computed, place: place))
            }
        }
        if !cumulative.isEmpty {
            // The running total of the exact sums (written rounded or not), or of the sums as
            // written (a level kept as the sum of the published figures): either checks.
            var running = ExactDecimal.zero, runningWritten = ExactDecimal.zero
            let summedForRunning = years.filter { sums[$0] != nil || rounded[$0] != nil }
            for year in years {
                if summedForRunning.contains(year) {
                    do {
                        running = try running.adding(try counted(year))
                        runningWritten = try runningWritten.adding((rounded[year] ?? sums[year])!.0)
                    } catch {
                        throw TableImportError(.init(file: file, line: 1, column: 1), .cumulativeBeyondRange(year: year))
                    }
                }
                guard let (amount, place) = cumulative[year] else { continue }
                guard agrees(amount, running, at: place) || amount == runningWritten else {
                    throw failing(TableImportError(place, .cumulativeDiffers(year: year, written: amount, computed: running, asWritten: runningWritten == running ? nil : runningWritten)))
                }
                receipt.checks.append(.init(kind: .cumulative, year: year, written: amount, computed: ImportCell.agrees(written: amount, computed: running) ? running : runningWritten, place: place))
            }
        }
    }
}
