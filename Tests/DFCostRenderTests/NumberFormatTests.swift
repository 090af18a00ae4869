import DFCostModel
import DFCostRender
import Testing

/// Norwegian number formats as the committee reads them.
@Suite struct NumberFormatTests {
    @Test(arguments: [("9.5", "9,5"), ("1250", "1\u{00A0}250"), ("-4", "\u{2212}4"), ("1234567.89", "1\u{00A0}234\u{00A0}567,89"), ("0", "0")])
    func norwegianStyleUsesDecimalCommaNoBreakSpaceAndRealMinus(exact: String, expected: String) throws {
        let value = try #require(ExactDecimal(exact))
        #expect(NumberStyle.norwegian.format(value) == expected)
    }

    @Test func englishStyleUsesPointCommaAndHyphen() throws {
        #expect(NumberStyle.english.format(try #require(ExactDecimal("-1250.5"))) == "-1,250.5")
    }

    @Test func statisticsAreRoundedHalfAwayFromZeroWithoutNegativeZero() {
        #expect(NumberStyle.norwegian.format(126.56, decimals: 1) == "126,6")
        #expect(NumberStyle.norwegian.format(-0.04, decimals: 1) == "0,0")
    }
}
