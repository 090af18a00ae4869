import DFCostTableLayout
import DFCostModel
import DFCostRender
import DFCostScenario
import Foundation

/// `--format xlsx`: the table, comparisons and a simulation as a workbook a committee member
/// opens and audits. It arranges dfcost's results; the sums it writes are formulas whose cached
/// values are dfcost's exact results, never computed here.
public enum WorkbookRenderer {
    /// `totals --format xlsx`: the table sheet, and with `--by payer` or `--by initiative` a
    /// sheet of that breakdown.
    public static func totals(_ applied: AppliedScenario, totals: Totals, locale: DFCostRender.Language,
                              payers: PayerAllocation? = nil, initiatives: InitiativeSubtotals? = nil, level: TotalLevel? = nil) throws -> Data {
        let words = WorkbookLabels.of(locale)
        var book = Workbook()
        let (sheet, anchors) = try TableSheet.build(name: words.table, applied: applied, totals: totals, locale: locale)
        book.sheets.append(sheet)
        if let payers {
            book.sheets.append(payerSheet(payers, keys: applied.payerKeys, anchors: anchors, precisionScale: applied.precisionScale,
                                          locale: locale, taken: book.sheets.map(\.name)))
        }
        if let initiatives {
            book.sheets.append(initiativeSheet(initiatives, totals: totals, locale: locale, taken: book.sheets.map(\.name)))
        }
        if let level { book.sheets.append(levelSheet(level, applied: applied, locale: locale, taken: book.sheets.map(\.name))) }
        book.sheets.append(metaSheet(applied, taken: book.sheets.map(\.name)))
        return try WorkbookWriter.data(book)
    }

    /// The payers' parts as the text report gives them: exact, rounded and cumulative per payer.
    ///
    /// The exact parts are formulas over the table sheet's subtotals times each payer's share
    /// (`'Tabell'!D10*0.45+'Tabell'!D15*1/3`), and the cumulative parts add them up, so an edit
    /// in the table moves them; each caches dfcost's exact value. Where a share has no finite
    /// decimal (1/3), dfcost splits the subtotal at its precision by the largest-remainder method
    /// so the parts add up exactly, while the formula gives the unrounded share: the sheet says
    /// so in a note. The rounded parts are dfcost's values (largest remainder, which no plain
    /// formula reproduces), as the rounding note says.
    static func payerSheet(_ a: PayerAllocation, keys: PayerKeys?, anchors: TableSheet.Anchors?, precisionScale: Int,
                           locale: DFCostRender.Language, taken: [String]) -> Workbook.Sheet {
        let words = locale.labels.payers, sheetWords = WorkbookLabels.of(locale)
        var sheet = Workbook.Sheet(name: Workbook.sheetName(sheetWords.payers, taken: taken))
        let bold = Workbook.Style(bold: true)
        sheet.set(1, 1, .text(words.heading), bold)
        sheet.set(3, 1, .text(words.payer), bold)
        for (i, y) in a.years.enumerated() { sheet.set(3, i + 3, .number(ExactDecimal(y)), Workbook.Style(numberFormat: "0", bold: true)) }
        sheet.frozenRows = 3
        var row = 3
        var apportioned = false  // a share without a finite decimal was used
        for p in a.payers {
            let exactRow = row + 1
            for (k, (word, values)) in [(words.exact, a.exact), (words.rounded, a.rounded), (words.cumulative, a.cumulative)].enumerated() {
                row += 1
                if k == 0 { sheet.set(row, 1, .text(p.name)) }
                sheet.set(row, 2, .text(word))
                for (i, y) in a.years.enumerated() {
                    guard let v = values[p.id]?[y] else { continue }
                    let style = Workbook.Style(numberFormat: TableSheet.format(decimals: TableSheet.significantDecimals(v)))
                    let column = CellReference.letters(i + 3)
                    switch k {
                    case 0:
                        if let (formula, inexact) = shareFormula(payer: p.id, year: y, keys: keys, anchors: anchors) {
                            apportioned = apportioned || inexact
                            sheet.set(row, i + 3, .formula(formula, cached: v), style)
                        } else {
                            sheet.set(row, i + 3, .number(v), style)
                        }
                    case 2 where sheet.cells[exactRow]?[i + 3].map({ if case .formula = $0.value { true } else { false } }) == true:
                        let previous = i == 0 ? "" : "\(CellReference.letters(i + 2))\(row)+"
                        sheet.set(row, i + 3, .formula("\(previous)\(column)\(exactRow)", cached: v), style)
                    default:
                        sheet.set(row, i + 3, .number(v), style)
                    }
                }
            }
        }
        // The Sum rows: each kind of part summed over the payers by a formula over the rows above.
        let firstPayerRow = 4
        for (k, (word, values)) in [(words.exact, a.exact), (words.rounded, a.rounded), (words.cumulative, a.cumulative)].enumerated() {
            guard let sums = try? a.sum(values), !a.payers.isEmpty else { break }
            row += 1
            if k == 0 { sheet.set(row, 1, .text(locale.labels.sum), bold) }
            sheet.set(row, 2, .text(word), bold)
            for (i, y) in a.years.enumerated() {
                let v = sums[y] ?? .zero
                let column = CellReference.letters(i + 3)
                let terms = a.payers.indices.map { "\(column)\(firstPayerRow + 3 * $0 + k)" }.joined(separator: ",")
                sheet.set(row, i + 3, .formula("SUM(\(terms))", cached: v),
                          Workbook.Style(numberFormat: TableSheet.format(decimals: TableSheet.significantDecimals(v)), bold: true))
            }
        }
        row += 2
        sheet.set(row, 1, .text(words.roundingNote))
        row += 1
        sheet.set(row, 1, .text(sheetWords.payerFormulas))
        if apportioned { row += 1; sheet.set(row, 1, .text(sheetWords.payerApportioned(precisionScale))) }
        for note in a.assumptions { row += 1; sheet.set(row, 1, .text(PayersBuilder(language: locale).assumptionLine(note))) }
        sheet.widths = [1: 30, 2: 12]
        for i in a.years.indices { sheet.widths[i + 3] = 10 }
        return sheet
    }

    /// The formula of a payer's exact part in `year`: each solution's subtotal on the table sheet
    /// times the payer's share (`'Tabell'!D10*0.45`, `'Tabell'!D27*1/3`), and whether a share
    /// had no finite decimal. Nil when the table sheet or the keys are not at hand, or a
    /// solution with a share has no subtotal cell that year.
    static func shareFormula(payer: String, year: Int, keys: PayerKeys?, anchors: TableSheet.Anchors?) -> (String, Bool)? {
        guard let keys, let anchors, let column = anchors.columns[year] else { return nil }
        var terms: [String] = [], inexact = false
        for (solution, row) in anchors.subtotalRows.sorted(by: { $0.value < $1.value }) {
            guard let key = keys.key(solution: solution, year: year) else { return nil }
            guard let share = key.shares[payer], share.numerator > 0 else { continue }
            guard anchors.subtotalYears[solution]?.contains(year) == true else { return nil }
            let cell = reference(anchors.sheet, column, row)
            if share.numerator == share.denominator {
                terms.append(cell)
            } else if let d = share.exactDecimal {
                terms.append("\(cell)*\(d.description)")
            } else {
                terms.append("\(cell)*\(share.numerator)/\(share.denominator)")
                inexact = true
            }
        }
        return (terms.isEmpty ? "0" : terms.joined(separator: "+"), inexact)
    }

    /// The hidden sheet of the table's meta rows (``TableMetaRows``, the same rows as the CSV's),
    /// for `dfcost import`: columns A..D hold kind, key, value and description, all as text.
    static func metaSheet(_ applied: AppliedScenario, taken: [String]) -> Workbook.Sheet {
        var sheet = Workbook.Sheet(name: Workbook.sheetName(TableLayout.metaSheetName, taken: taken))
        sheet.isHidden = true
        for (r, fields) in TableMetaRows.rows(applied).enumerated() {
            for (c, field) in fields.enumerated() where !field.isEmpty { sheet.set(r + 1, c + 1, .text(field)) }
        }
        sheet.widths = [1: 8, 2: 30, 3: 30, 4: 40]
        return sheet
    }

    /// One row per initiative (its parts summed across solutions) and a Sum row of formulas,
    /// equal to the table's Sum: the ``InitiativesBuilder`` table as a ``DocumentSheet``.
    static func initiativeSheet(_ s: InitiativeSubtotals, totals: Totals, locale: DFCostRender.Language, taken: [String]) -> Workbook.Sheet {
        let words = WorkbookLabels.of(locale)
        let table = InitiativesBuilder(language: locale).table(s, totals: totals)
        return DocumentSheet.build(name: Workbook.sheetName(words.initiatives, taken: taken),
                                   sections: [Section(title: words.initiatives, level: .section, blocks: [.table(table)])])
    }

    /// The total D&F level (``TotalLevelBuilder``'s sections as a ``DocumentSheet``): each table's
    /// Sum row a `SUM` formula over its solutions.
    static func levelSheet(_ level: TotalLevel, applied: AppliedScenario, locale: DFCostRender.Language, taken: [String]) -> Workbook.Sheet {
        DocumentSheet.build(name: Workbook.sheetName(locale.baseline.sheet, taken: taken),
                            sections: TotalLevelBuilder(language: locale).sections(level, table: applied.table, precisionScale: applied.precisionScale))
    }

    /// `compare --format xlsx`: a table sheet per scenario (the base first) and a sheet of the
    /// changes whose totals are formulas over the scenario sheets' sums.
    public static func comparison(base: AppliedScenario, others: [AppliedScenario], comparisons: [ScenarioComparison],
                                  locale: DFCostRender.Language) throws -> Data {
        var book = Workbook()
        try appendComparison(base: base, baseAnchors: nil, others: others, comparisons: comparisons, locale: locale, into: &book)
        return try WorkbookWriter.data(book)
    }

    /// `report --format xlsx`: the table (and payers), with --compare a sheet per compared
    /// scenario and the changes, with --simulate the percentiles, KS2 table and sensitivities, and
    /// the analysis model on a sheet of its own; last the hidden sheet of the table's meta rows.
    /// - Parameter others: the compared scenarios, applied, in the order of `report.comparisons`.
    public static func report(_ report: Report, others: [AppliedScenario], locale: DFCostRender.Language) throws -> Data {
        var book = Workbook()
        let words = WorkbookLabels.of(locale)
        let name = Workbook.sheetName(words.table, taken: [])
        let (sheet, anchors) = try TableSheet.build(name: name, applied: report.applied, totals: report.totals, locale: locale)
        book.sheets.append(sheet)
        if let payers = report.payers {
            book.sheets.append(payerSheet(payers, keys: report.applied.payerKeys, anchors: anchors, precisionScale: report.applied.precisionScale,
                                          locale: locale, taken: book.sheets.map(\.name)))
        }
        if let initiatives = report.initiatives {
            book.sheets.append(initiativeSheet(initiatives, totals: report.totals, locale: locale, taken: book.sheets.map(\.name)))
        }
        if let level = report.level { book.sheets.append(levelSheet(level, applied: report.applied, locale: locale, taken: book.sheets.map(\.name))) }
        if !report.comparisons.isEmpty {
            try appendComparison(base: report.applied, baseAnchors: anchors, others: others, comparisons: report.comparisons,
                                 locale: locale, into: &book)
        }
        if let simulation = report.simulation {
            book.sheets.append(simulationSheet(simulation, locale: locale, taken: book.sheets.map(\.name)))
            book.sheets.append(analysisSheet(simulation, locale: locale, taken: book.sheets.map(\.name)))
        }
        // As `totals` does: the hidden sheet lets `dfcost import` read the table back with its
        // ids, tags, conditions, notes and summed years.
        book.sheets.append(metaSheet(report.applied, taken: book.sheets.map(\.name)))
        return try WorkbookWriter.data(book)
    }

    static func appendComparison(base: AppliedScenario, baseAnchors: TableSheet.Anchors?, others: [AppliedScenario],
                                 comparisons: [ScenarioComparison], locale: DFCostRender.Language, into book: inout Workbook) throws {
        let labels = locale.labels, words = WorkbookLabels.of(locale)
        var baseAnchors = baseAnchors
        if baseAnchors == nil {
            let (sheet, anchors) = try TableSheet.build(name: Workbook.sheetName(base.name.isEmpty ? words.table : base.name, taken: book.sheets.map(\.name)),
                                                        applied: base, totals: try base.totals(), locale: locale)
            book.sheets.append(sheet)
            baseAnchors = anchors
        }
        var otherAnchors: [TableSheet.Anchors] = []
        for other in others {
            let (sheet, anchors) = try TableSheet.build(name: Workbook.sheetName(other.name.isEmpty ? words.table : other.name, taken: book.sheets.map(\.name)),
                                                        applied: other, totals: try other.totals(), locale: locale)
            book.sheets.append(sheet)
            otherAnchors.append(anchors)
        }
        var sheet = Workbook.Sheet(name: Workbook.sheetName(words.changes, taken: book.sheets.map(\.name)))
        let bold = Workbook.Style(bold: true)
        var row = 0
        var width = 20
        for (i, c) in comparisons.enumerated() {
            guard let b = baseAnchors, i < otherAnchors.count else { break }
            let o = otherAnchors[i]
            let years = c.years.map(\.year)
            // Each number with the decimals its value needs (93, 21,5).
            func style(_ v: ExactDecimal, bold: Bool = false) -> Workbook.Style {
                Workbook.Style(numberFormat: TableSheet.format(decimals: TableSheet.significantDecimals(v)), bold: bold)
            }
            row += 1
            sheet.set(row, 1, .text("\(c.baseName) → \(c.otherName)"), bold)
            row += 1
            sheet.set(row, 1, .text(labels.sum), bold)
            for (k, y) in years.enumerated() { sheet.set(row, k + 2, .number(ExactDecimal(y)), Workbook.Style(numberFormat: "0", bold: true)) }
            let baseRow = row + 1, otherRow = row + 2, deltaRow = row + 3
            sheet.set(baseRow, 1, .text(c.baseName))
            sheet.set(otherRow, 1, .text(c.otherName))
            sheet.set(deltaRow, 1, .text(labels.comparison.delta.capitalizedFirstLetter), bold)
            width = max(width, c.baseName.count + 2, c.otherName.count + 2)
            for (k, d) in c.years.enumerated() {
                let column = CellReference.letters(k + 2)
                if let bc = b.columns[d.year], let oc = o.columns[d.year], let bs = b.sumRow, let os = o.sumRow,
                   b.cellsWithSum.contains(d.year), o.cellsWithSum.contains(d.year) {
                    sheet.set(baseRow, k + 2, .formula(reference(b.sheet, bc, bs), cached: d.base), style(d.base))
                    sheet.set(otherRow, k + 2, .formula(reference(o.sheet, oc, os), cached: d.other), style(d.other))
                    sheet.set(deltaRow, k + 2, .formula("\(column)\(otherRow)-\(column)\(baseRow)", cached: d.delta), style(d.delta, bold: true))
                } else {
                    sheet.set(baseRow, k + 2, .number(d.base), style(d.base))
                    sheet.set(otherRow, k + 2, .number(d.other), style(d.other))
                    sheet.set(deltaRow, k + 2, .number(d.delta), style(d.delta, bold: true))
                }
            }
            row = deltaRow
            // Per solution: the other's subtotal minus the base's, where both sheets have it.
            var solutions: [String] = []
            for d in c.bySolution where !solutions.contains(d.solution) { solutions.append(d.solution) }
            if !solutions.isEmpty {
                row += 2
                sheet.set(row, 1, .text("\(labels.comparison.delta.capitalizedFirstLetter), \(labels.comparison.solution)"), bold)
                for s in solutions {
                    row += 1
                    let name = base.table.solution(s)?.name ?? s
                    sheet.set(row, 1, .text(name), Workbook.Style(indent: 1))
                    width = max(width, name.count + 3)
                    for d in c.bySolution where d.solution == s {
                        guard let k = years.firstIndex(of: d.year) else { continue }
                        if let bc = b.columns[d.year], let oc = o.columns[d.year], let br = b.subtotalRows[s], let orow = o.subtotalRows[s],
                           b.subtotalYears[s]?.contains(d.year) == true, o.subtotalYears[s]?.contains(d.year) == true {
                            sheet.set(row, k + 2, .formula("\(reference(o.sheet, oc, orow))-\(reference(b.sheet, bc, br))", cached: d.delta), style(d.delta))
                        } else {
                            sheet.set(row, k + 2, .number(d.delta), style(d.delta))
                        }
                    }
                }
            }
            if !c.hasChanges { row += 1; sheet.set(row, 1, .text(labels.comparison.nothingDiffers)) }
            row += 1
            sheet.widths = [1: Double(min(width, 70))]
            for k in years.indices { sheet.widths[k + 2] = max(sheet.widths[k + 2] ?? 0, 10) }
        }
        book.sheets.append(sheet)
    }

    /// `'Sheet name'!C30`.
    static func reference(_ sheet: String, _ column: Int, _ row: Int) -> String {
        "'\(sheet.replacingOccurrences(of: "'", with: "''"))'!\(CellReference.letters(column))\(row)"
    }

    /// The simulation: statistics, KS2 breakdown and sensitivities, each under its title
    /// (``SimulationBuilder/reportSections(_:)``; the charts are left out).
    static func simulationSheet(_ simulation: ReportSimulation, locale: DFCostRender.Language, taken: [String]) -> Workbook.Sheet {
        DocumentSheet.build(name: Workbook.sheetName(locale.labels.report.simulation, taken: taken),
                            sections: SimulationBuilder(language: locale).reportSections(simulation))
    }
}

extension WorkbookRenderer {
    /// The analysis model on a sheet of its own (``SimulationBuilder/analysisSections(_:)``).
    static func analysisSheet(_ simulation: ReportSimulation, locale: DFCostRender.Language, taken: [String]) -> Workbook.Sheet {
        DocumentSheet.build(name: Workbook.sheetName(locale.analysisModel.heading, taken: taken),
                            sections: SimulationBuilder(language: locale).analysisSections(simulation))
    }
}

extension String {
    /// "endring" -> "Endring".
    var capitalizedFirstLetter: String { prefix(1).uppercased() + dropFirst() }
}

extension ExactDecimal {
    /// A statistic rounded to `decimals` decimals as an exact decimal (for display only), or nil
    /// when it is not finite.
    static func rounding(_ value: Double, decimals: Int) -> ExactDecimal? {
        guard value.isFinite, abs(value) < 1e15 else { return nil }
        let scaled = (value * pow(10, Double(decimals))).rounded()
        return try? ExactDecimal(significand: Int64(scaled), scale: decimals)
    }
}
