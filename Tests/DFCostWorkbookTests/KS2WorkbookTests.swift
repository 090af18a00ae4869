import DFCostModel
import DFCostNumerics
import DFCostRender
import DFCostScenario
import DFCostSimulation
import DFCostTestSupport
import Foundation
import Testing
@testable import DFCostWorkbook

/// The report's workbook: the KS2 table's two differences are formulas over the cells of the
/// figures they subtract, caching dfcost's value; the analysis model is a sheet of its own.
@Suite struct KS2WorkbookTests {
    static func simulation() throws -> ReportSimulation {
        let model = try SimulationModel(scenario: try ScenarioLoader.load(path: PackageRoot.path("Scenarios/bench/standard-workload.toml")))
        let result = try MonteCarlo.run(spec: model.spec, trials: 2_000, seed: 3, threads: 1, options: SimulationOptions())
        return ReportSimulation(result: result, model: model)
    }

    /// The number or cached value of a cell.
    static func value(_ cell: Workbook.Cell?) -> ExactDecimal? {
        switch cell?.value {
        case .number(let v)?, .formula(_, let v)?: v
        default: nil
        }
    }

    @Test(arguments: [Language.nb, .en])
    func theTwoDifferencesAreFormulasOverTheFiguresCells(language: Language) throws {
        let sim = try Self.simulation()
        let ks2 = try #require(sim.ks2)
        let sheet = WorkbookRenderer.simulationSheet(sim, locale: language, taken: [])
        let words = language.ks2
        func row(_ label: String) throws -> Int {
            try #require(sheet.cells.first { _, cells in cells[1]?.value == .text(label) }?.key, "\(label)")
        }
        let base = try row(words.baseCost), addition = try row(words.expectedAddition), management = try row(words.managementFrame)
        let reserve = try row(words.contingencyReserve), cost = try row(words.costFrame)
        #expect(sheet.cells[addition]?[2]?.value == .formula("B\(management)-B\(base)", cached: ks2.expectedAddition))
        #expect(sheet.cells[reserve]?[2]?.value == .formula("B\(cost)-B\(management)", cached: ks2.contingencyReserve))
        // The cells the formulas refer to hold the figures as printed, so the formulas compute the cached values.
        let b = try #require(Self.value(sheet.cells[base]?[2])), m = try #require(Self.value(sheet.cells[management]?[2]))
        let c = try #require(Self.value(sheet.cells[cost]?[2]))
        #expect(b == ks2.baseCost && m == ks2.managementFrame && c == ks2.costFrame)
        #expect(try m.subtracting(b) == ks2.expectedAddition && c.subtracting(m) == ks2.contingencyReserve)
        // Shown with the table's two decimals.
        #expect(sheet.cells[reserve]?[2]?.style.numberFormat == TableSheet.format(decimals: 2))
    }

    @Test func theAnalysisModelIsASheetOfItsOwn() throws {
        let sim = try Self.simulation()
        let sheet = WorkbookRenderer.analysisSheet(sim, locale: .nb, taken: [])
        #expect(sheet.name == "Analysemodell")
        let texts = sheet.cells.values.flatMap(\.values).compactMap { cell -> String? in if case .text(let t) = cell.value { t } else { nil } }
        for expected in ["Usikkerhetsfaktorer", "trekantfordeling", "Korrelasjoner", "PLL", "Hendelsesregister (usikre betingelser)", "Kjøringen"] {
            #expect(texts.contains(expected), "\(expected)")
        }
    }

    /// The factors' line counts are whole numbers: an integer format, not a money format's
    /// two decimals.
    @Test func aLineCountIsAWholeNumber() throws {
        let sim = try Self.simulation()
        let sheet = WorkbookRenderer.analysisSheet(sim, locale: .nb, taken: [])
        let words = Language.nb.analysisModel
        let header = try #require(sheet.cells.first { _, cells in cells.values.contains { $0.value == .text(words.lineCount) } })
        let column = try #require(header.value.first { $0.value.value == .text(words.lineCount) }?.key)
        let rows = (header.key + 1)...(header.key + sim.analysis.factors.count)
        let counts = rows.compactMap { sheet.cells[$0]?[column] }
        #expect(counts.count == sim.analysis.factors.count)
        for cell in counts {
            #expect(cell.style.numberFormat == "#,##0", "\(cell)")
            #expect(Self.value(cell)?.scale == 0, "\(cell)")
        }
    }
}
