import DFCostModel
import Testing

/// A small table worked by hand:
///
/// | line | solution | 2023 (not summed) | 2024       | 2025   |
/// |------|----------|-------------------|------------|--------|
/// | x    | alpha    | 100               | 10         | 1.25   |
/// | y    | alpha    |                   | (7) intern | -0.75  |
/// | z    | beta     |                   | 0.5        | 2*     |
///
/// Summed years 2024, 2025. Solution gamma has no lines.
/// 2024 = 10 + 0.5 = 10.5 (the internal 7 is not summed); 2025 = 1.25 - 0.75 + 2 = 2.5.
/// alpha: 10 / 0.5; beta: 0.5 / 2; gamma: 0 / 0. Cumulative: 10.5, 13.
func handTable(published: PublishedSums? = nil) -> CostTable {
    CostTable(
        metadata: TableMetadata(title: "Hand-built"),
        solutions: [Solution(id: "alpha", name: "Alpha"), Solution(id: "beta", name: "Beta"), Solution(id: "gamma", name: "Gamma")],
        conditions: [ConditionDefinition(id: "late", description: "Late.")],
        years: [2023, 2024, 2025],
        summedYears: [2025, 2024],  // deliberately unordered: Totals sorts them
        lines: [
            CostLine(id: "x", solution: "alpha", initiative: "X", cells: [
                Cell(year: 2025, amount: dec("1.25")), Cell(year: 2023, amount: dec("100")), Cell(year: 2024, amount: dec("10")),
            ]),
            CostLine(id: "y", solution: "alpha", initiative: "Y", part: "P", cells: [
                Cell(year: 2024, amount: dec("7"), isInternal: true), Cell(year: 2025, amount: dec("-0.75")),
            ]),
            CostLine(id: "z", solution: "beta", initiative: "Z", cells: [
                Cell(year: 2024, amount: dec("0.5")), Cell(year: 2025, amount: dec("2"), conditions: ["late"]),
            ]),
        ],
        published: published)
}

@Suite struct TotalsTests {
    @Test func sumsOnlyCountedCellsOfSummedYears() throws {
        let totals = try Totals(table: handTable())
        #expect(totals.summedYears == [2024, 2025])
        #expect(totals.years == [2023, 2024, 2025])
        #expect(totals.totals == [2024: dec("10.5"), 2025: dec("2.5")])
        #expect(totals.totals[2023] == nil)
    }

    @Test func internalCellsAreShownButNeverSummed() throws {
        var table = handTable()
        table.lines[1].cells[0].isInternal = false
        // Counting the 7 moves 2024 from 10.5 to 17.5: the flag is what keeps it out.
        #expect(try Totals(table: table).totals[2024] == dec("17.5"))
        #expect(try Totals(table: handTable()).totals[2024] == dec("10.5"))
    }

    @Test func roundsTotalsHalfAwayFromZeroAtWholeMNOKByDefault() throws {
        let totals = try Totals(table: handTable())
        #expect(totals.roundingPrecision == .one)
        #expect(totals.roundedTotals == [2024: dec("11"), 2025: dec("3")])
    }

    @Test func roundsAtThePublishedPrecision() throws {
        let table = handTable(published: PublishedSums(precision: dec("0.1"), values: [2024: dec("10.5")]))
        let totals = try Totals(table: table)
        #expect(totals.roundingPrecision == dec("0.1"))
        #expect(totals.roundedTotals == [2024: dec("10.5"), 2025: dec("2.5")])
    }

    @Test func givesEverySolutionASubtotalPerSummedYear() throws {
        let totals = try Totals(table: handTable())
        #expect(totals.bySolution["alpha"] == [2024: dec("10"), 2025: dec("0.5")])
        #expect(totals.bySolution["beta"] == [2024: dec("0.5"), 2025: dec("2")])
        #expect(totals.bySolution["gamma"] == [2024: .zero, 2025: .zero])
    }

    @Test func cumulativeLevelAddsTheIncreasesYearOverYear() throws {
        let totals = try Totals(table: handTable())
        #expect(totals.cumulative == [2024: dec("10.5"), 2025: dec("13")])
        #expect(totals.horizonTotal == dec("13"))
    }

    @Test func aSummedYearWithoutCellsTotalsZero() throws {
        var table = handTable()
        table.years.append(2026)
        table.summedYears.append(2026)
        let totals = try Totals(table: table)
        #expect(totals.totals[2026] == .zero)
        #expect(totals.cumulative[2026] == dec("13"))
    }

    @Test func overflowingSumsThrowInsteadOfTrapping() throws {
        var table = handTable()
        let huge = try ExactDecimal(significand: .max, scale: 0)
        table.lines[0].cells = [Cell(year: 2024, amount: huge)]
        table.lines[2].cells = [Cell(year: 2024, amount: huge)]
        #expect(throws: ArithmeticError.overflow) { try Totals(table: table) }
    }

    @Test func rejectsAPublishedPrecisionThatIsNotAPowerOfTen() {
        let table = handTable(published: PublishedSums(precision: dec("0.5"), values: [:]))
        #expect(throws: ArithmeticError.invalidPrecision("0.5")) { try Totals(table: table) }
    }

    @Test func costLineKeepsCellsInYearOrderAndFindsThemByYear() {
        let line = handTable().lines[0]
        #expect(line.cells.map(\.year) == [2023, 2024, 2025])
        #expect(line.cell(in: 2025)?.amount == dec("1.25"))
        #expect(line.cell(in: 2026) == nil)
        #expect(line.label == "X")
        #expect(handTable().lines[1].label == "Y / P")
    }
}

@Suite struct VerificationTests {
    @Test func matchesWhenRoundedSumsEqualThePublishedOnes() throws {
        // 10.5 -> 11 and 2.5 -> 3 at whole MNOK, half away from zero.
        let table = handTable(published: PublishedSums(precision: .one, values: [2024: dec("11"), 2025: dec("3")]))
        let verification = try #require(try Verification(table: table, totals: Totals(table: table)))
        #expect(verification.allMatch)
        #expect(verification.precision == .one)
        #expect(verification.rows.map(\.year) == [2024, 2025])
        #expect(verification.rows.map(\.computed) == [dec("10.5"), dec("2.5")])
        #expect(verification.rows.map(\.rounded) == [dec("11"), dec("3")])
    }

    @Test func reportsTheYearThatDiffers() throws {
        // Half-to-even would give 2 for 2.5; dfcost rounds half away from zero to 3.
        let table = handTable(published: PublishedSums(precision: .one, values: [2024: dec("11"), 2025: dec("2")]))
        let verification = try #require(try Verification(table: table, totals: Totals(table: table)))
        #expect(!verification.allMatch)
        let bad = verification.rows.filter { !$0.matches }
        #expect(bad.map(\.year) == [2025])
        #expect(bad.first?.rounded == dec("3"))
        #expect(bad.first?.published == dec("2"))
    }

    @Test func aSummedYearWithoutAPublishedSumDoesNotMatch() throws {
        let table = handTable(published: PublishedSums(precision: .one, values: [2024: dec("11")]))
        let verification = try #require(try Verification(table: table, totals: Totals(table: table)))
        #expect(!verification.allMatch)
        #expect(verification.rows.first { $0.year == 2025 }?.published == nil)
    }

    @Test func comparesAtTheFinerPublishedPrecision() throws {
        let table = handTable(published: PublishedSums(precision: dec("0.1"), values: [2024: dec("10.5"), 2025: dec("2.5")]))
        let verification = try #require(try Verification(table: table, totals: Totals(table: table)))
        #expect(verification.allMatch)
    }

    @Test func aPublishedYearTheTableDoesNotSumIsOutsideTheHorizonNotAMismatch() throws {
        // 2023 is shown but not summed (a horizon operation would leave it so): its 999 is not compared.
        let table = handTable(published: PublishedSums(precision: .one, values: [2023: dec("999"), 2024: dec("11"), 2025: dec("3")]))
        let verification = try #require(try Verification(table: table, totals: Totals(table: table)))
        #expect(verification.rows.map(\.year) == [2024, 2025])
        #expect(verification.outsideHorizon.map(\.year) == [2023])
        #expect(verification.outsideHorizon.map(\.published) == [dec("999")])
        #expect(verification.allMatch)
    }

    @Test func aMismatchInASummedYearStillFailsBesideYearsOutsideTheHorizon() throws {
        let table = handTable(published: PublishedSums(precision: .one, values: [2022: dec("1"), 2024: dec("12"), 2025: dec("3")]))
        let verification = try #require(try Verification(table: table, totals: Totals(table: table)))
        #expect(verification.outsideHorizon.map(\.year) == [2022])
        #expect(!verification.allMatch)
        #expect(verification.rows.filter { !$0.matches }.map(\.year) == [2024])
    }

    @Test func noPublishedYearStillSummedFails() throws {
        var table = handTable(published: PublishedSums(precision: .one, values: [2024: dec("11"), 2025: dec("3")]))
        table.summedYears = []
        let verification = try #require(try Verification(table: table, totals: Totals(table: table)))
        #expect(verification.rows.isEmpty)
        #expect(verification.outsideHorizon.map(\.year) == [2024, 2025])
        #expect(!verification.comparesAPublishedYear)
        #expect(!verification.allMatch)
    }

    @Test func isNilWithoutPublishedSums() throws {
        let table = handTable()
        #expect(try Verification(table: table, totals: Totals(table: table)) == nil)
    }
}
