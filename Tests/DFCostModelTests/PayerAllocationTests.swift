import DFCostModel
import Testing

@Suite struct PayerAllocationTests {
    func d(_ s: String) -> ExactDecimal { ExactDecimal(s)! }
    func share(_ s: String) -> Share { Share(text: s)! }

    /// Two solutions over 2025-2026: "kj" 10 then 7; "hn" 1 then 2 (whole-MNOK published precision).
    func table() -> CostTable {
        CostTable(
            metadata: TableMetadata(title: "t"), solutions: [Solution(id: "kj", name: "KJ"), Solution(id: "hn", name: "HN")],
            years: [2025, 2026], summedYears: [2025, 2026],
            lines: [
                CostLine(id: "a", solution: "kj", initiative: "A", cells: [Cell(year: 2025, amount: d("10")), Cell(year: 2026, amount: d("7"))]),
                CostLine(id: "b", solution: "hn", initiative: "B", cells: [Cell(year: 2025, amount: d("1")), Cell(year: 2026, amount: d("2"))]),
            ],
            published: PublishedSums(precision: d("1"), values: [:]))
    }

    let payers = [PayerKeys.Payer(id: "rhf", name: "RHF"), PayerKeys.Payer(id: "kom", name: "Kommuner"), PayerKeys.Payer(id: "andre", name: "Andre")]

    @Test func aKeyThatChangesBetweenYearsIsAppliedPerYear() throws {
        let keys = PayerKeys(payers: payers, keys: [
            .init(solution: "kj", years: 2025...2025, shares: ["rhf": share("0.55"), "kom": share("0.45")]),
            .init(solution: "kj", years: 2026...2026, shares: ["rhf": share("0.5"), "kom": share("0.5")]),
            .init(solution: "hn", years: 2025...2026, shares: ["rhf": share("0.5"), "kom": share("0.5")]),
        ])
        let t = table()
        let a = try PayerAllocation(table: t, totals: try Totals(table: t), keys: keys)
        // 2025: RHF 0.55 × 10 + 0.5 × 1 = 6; kommuner 4.5 + 0.5 = 5. 2026: RHF 3.5 + 1 = 4.5; kommuner 4.5.
        #expect(a.exact["rhf"]?[2025] == d("6"))
        #expect(a.exact["kom"]?[2025] == d("5"))
        #expect(a.exact["rhf"]?[2026] == d("4.5"))
        #expect(a.exact["kom"]?[2026] == d("4.5"))
        #expect(a.exact["andre"]?[2026] == .zero)
        // Cumulative: RHF 6, 10.5; kommuner 5, 9.5.
        #expect(a.cumulative["rhf"]?[2026] == d("10.5"))
        #expect(a.cumulative["kom"]?[2026] == d("9.5"))
    }

    /// 2026 total 9 split 4.5 / 4.5: both round down to 4 with equal remainders 0.5; one unit is
    /// missing to reach 9, and the tie goes to the payer listed first (RHF).
    @Test func theLargestRemainderDecidesAndTiesGoToTheFirstPayer() throws {
        let keys = PayerKeys(payers: payers, keys: [
            .init(solution: "kj", years: 2025...2026, shares: ["rhf": share("0.5"), "kom": share("0.5")]),
            .init(solution: "hn", years: 2025...2026, shares: ["rhf": share("0.5"), "kom": share("0.5")]),
        ])
        let t = table()
        let a = try PayerAllocation(table: t, totals: try Totals(table: t), keys: keys)
        #expect(a.rounded["rhf"]?[2026] == d("5"))
        #expect(a.rounded["kom"]?[2026] == d("4"))
        // 2025 total 11 split 5.5/5.5 the same way.
        #expect(a.rounded["rhf"]?[2025] == d("6"))
        #expect(a.rounded["kom"]?[2025] == d("5"))
    }

    @Test func largestRemainderGivesTheUnitToTheLargestRemainder() throws {
        // 1.2 + 1.7 + 0.1 = 3: floors 1 + 1 + 0 = 2; the missing unit goes to 1.7 (remainder .7).
        let r = try PayerAllocation.largestRemainder([d("1.2"), d("1.7"), d("0.1")], target: d("3"), scale: 0)
        #expect(r == [d("1"), d("2"), d("0")])
        // Negative parts round down too: -0.25 -> -1 with remainder .75, which then wins the unit.
        let n = try PayerAllocation.largestRemainder([d("1.25"), d("-0.25")], target: d("1"), scale: 0)
        #expect(n == [d("1"), d("0")])
    }

    /// Thirds have no finite decimal: 10 MNOK split in thirds at 0.001 is 3.334 + 3.333 + 3.333,
    /// exactly 10 (the extra thousandth to the first payer, all remainders being equal).
    @Test func thirdsAddUpExactlyToTheSubtotal() throws {
        let keys = PayerKeys(payers: payers, keys: [
            .init(solution: "kj", years: 2025...2026, shares: ["rhf": share("1/3"), "kom": share("1/3"), "andre": share("1/3")]),
            .init(solution: "hn", years: 2025...2026, shares: ["rhf": share("1")]),
        ])
        let t = table()
        let a = try PayerAllocation(table: t, totals: try Totals(table: t), keys: keys)
        #expect(a.exact["rhf"]?[2025] == d("4.334"))  // 3.334 + 1
        #expect(a.exact["kom"]?[2025] == d("3.333"))
        #expect(a.exact["andre"]?[2025] == d("3.333"))
        let sum = try [a.exact["rhf"]![2025]!, a.exact["kom"]![2025]!, a.exact["andre"]![2025]!].exactSum()
        #expect(sum == d("11"))
    }

    @Test func aSolutionWithoutAKeyForASummedYearIsAnError() throws {
        let keys = PayerKeys(payers: payers, keys: [.init(solution: "kj", years: 2025...2026, shares: ["rhf": share("1")])])
        let t = table()
        #expect(throws: PayerAllocation.Failure.missingKey(solution: "hn", year: 2025)) {
            try PayerAllocation(table: t, totals: try Totals(table: t), keys: keys)
        }
    }

    @Test func sharesMustSumToExactlyOne() {
        #expect(Share.sumIsOne([share("1/3"), share("1/3"), share("1/3")]))
        #expect(Share.sumIsOne([share("0.55"), share("0.45")]))
        #expect(!Share.sumIsOne([share("0.333"), share("0.333"), share("0.333")]))
        #expect(Share(text: "4/3") == nil)
        #expect(Share(text: "-0.1") == nil)
    }
}
