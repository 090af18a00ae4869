import DFCostRender
import DFCostTableLayout
import Testing

/// The writers' words are the importer's: what the totals CSV and the workbook write as total rows
/// is what `dfcost import` recognises, in both languages (DFCostTableLayout is the one place).
@Suite struct TableLayoutContractTests {
    @Test(arguments: [Labels.norwegian, Labels.english])
    func theTotalRowsTheWritersWriteAreTheTotalRowsTheImporterReads(_ labels: Labels) {
        #expect(TableLayout.sumLabels.contains(TableLayout.normalized(labels.sum)))
        #expect(TableLayout.roundedSumLabels.contains(TableLayout.normalized(labels.sumRounded)))
        #expect(TableLayout.cumulativeLabels.contains(TableLayout.normalized(labels.cumulative)))
    }

    @Test func everyRowKindTheCSVWritesIsAKindTheImporterReads() {
        let kinds: [TotalsLayout.RowKind] = [.solution, .line, .subtotal, .sum, .sumRounded, .cumulative]
        #expect(Set(kinds.map(\.machine.rawValue)).isSubset(of: Set(TableLayout.RowKind.allCases.map(\.rawValue))))
        #expect(Set(kinds.map(\.machine)).count == kinds.count)
    }
}
