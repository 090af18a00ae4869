import DFCostModel
import Testing

/// Shorthand for a decimal written as text; the text must parse.
func dec(_ text: String) -> ExactDecimal {
    guard let value = ExactDecimal(text) else {
        Issue.record("'\(text)' did not parse")
        return .zero
    }
    return value
}

@Suite struct ExactDecimalParsingTests {
    @Test(arguments: [
        ("21.5", Int64(215), 1),
        ("-12", -12, 0),
        ("1e3", 1000, 0),
        ("2.5E-1", 25, 2),
        ("0.001", 1, 3),
        ("+7", 7, 0),
        ("21.50", 215, 1),
        ("000042", 42, 0),
        ("1e+2", 100, 0),
    ])
    func parsesDecimalTextIntoSignificandAndScale(text: String, significand: Int64, scale: Int) throws {
        let value = try ExactDecimal.parse(text)
        #expect(value.significand == significand)
        #expect(value.scale == scale)
    }

    @Test(arguments: ["1.2.3", "", "-", ".", "e5", "1e", "12a", "1,5", " 1", "1e1234567", "--1"])
    func rejectsTextThatIsNotADecimal(text: String) {
        #expect(ExactDecimal(text) == nil)
        #expect(throws: ExactDecimal.ParseFailure.notANumber(text)) { try ExactDecimal.parse(text) }
    }

    @Test(arguments: ["inf", "-inf", "+inf", "nan", "NaN", "Infinity"])
    func rejectsNonFiniteText(text: String) {
        #expect(ExactDecimal(text) == nil)
        #expect(throws: ExactDecimal.ParseFailure.nonFinite(text)) { try ExactDecimal.parse(text) }
    }

    @Test(arguments: [
        "12345678901234567890",          // 20 digits: past Int64
        "0.0000000000000000001",         // 19 decimals
        "1e19",                          // 10^19 > Int64.max
        "99999999999999999999.5",
    ])
    func rejectsOverlongText(text: String) {
        #expect(ExactDecimal(text) == nil)
        #expect(throws: ExactDecimal.ParseFailure.outOfRange(text)) { try ExactDecimal.parse(text) }
    }

    @Test func acceptsTheLargestSignificandAndEighteenDecimals() throws {
        #expect(try ExactDecimal.parse("9223372036854775807").significand == .max)
        let tiny = try ExactDecimal.parse("0.000000000000000001")
        #expect(tiny.significand == 1)
        #expect(tiny.scale == 18)
    }

    @Test(arguments: ["21.5", "-12", "0.001", "0", "-0.5", "123456789.123456789", "9223372036854775807", "1000"])
    func descriptionRoundTripsCanonicalText(text: String) throws {
        let value = try #require(ExactDecimal(text))
        #expect(value.description == text)
        #expect(ExactDecimal(value.description) == value)
    }

    @Test(arguments: [("1e3", "1000"), ("2.5E-1", "0.25"), ("21.50", "21.5"), ("-0", "0"), ("0.000", "0"), ("+3.0", "3")])
    func descriptionIsTheShortestExactText(text: String, expected: String) {
        #expect(dec(text).description == expected)
    }

    @Test func equalValuesWrittenDifferentlyAreEqualAndHashTheSame() {
        #expect(dec("21.50") == dec("21.5"))
        #expect(dec("2.5E-1") == dec("0.25"))
        #expect(Set([dec("1.0"), dec("1"), dec("1e0")]).count == 1)
    }

    @Test func formattedPadsToTheRequestedDecimals() {
        #expect(dec("21.5").formatted(decimals: 2) == "21.50")
        #expect(dec("12").formatted(decimals: 1) == "12.0")
        #expect(dec("2.25").formatted(decimals: 1) == "2.3")
        #expect(dec("-0.5").formatted(decimals: 0) == "-1")
    }

    @Test func initializerRejectsScalesOutsideZeroToEighteen() {
        #expect(throws: ArithmeticError.scaleOutOfRange) { try ExactDecimal(significand: 1, scale: 19) }
        #expect(throws: ArithmeticError.scaleOutOfRange) { try ExactDecimal(significand: 1, scale: -1) }
    }
}

@Suite struct ExactDecimalArithmeticTests {
    @Test func addingIsExactWhereBinaryFloatingPointIsNot() throws {
        #expect(try dec("0.1").adding(dec("0.2")) == dec("0.3"))
        #expect(try dec("55").adding(dec("-2")).adding(dec("0.5")) == dec("53.5"))
        #expect(try dec("0.000000000000000001").adding(dec("1")) == dec("1.000000000000000001"))
    }

    @Test func subtractingIsExact() throws {
        #expect(try dec("21.5").subtracting(dec("33.5")) == dec("-12"))
        #expect(try dec("0.3").subtracting(dec("0.1")) == dec("0.2"))
    }

    @Test func multiplyingIsExact() throws {
        #expect(try dec("93").multiplied(by: dec("1.2")) == dec("111.6"))
        #expect(try dec("1.1").multiplied(by: dec("1.1")) == dec("1.21"))
        #expect(try dec("0.1").multiplied(by: dec("0.2")) == dec("0.02"))
        #expect(try dec("-12").multiplied(by: dec("0.5")) == dec("-6"))
    }

    @Test func multiplyingRoundsOnlyPastEighteenDecimals() throws {
        // 10^-9 × 10^-9 = 10^-18: exactly 18 decimals, kept.
        #expect(try dec("0.000000001").multiplied(by: dec("0.000000001")) == dec("0.000000000000000001"))
        // 10^-9 × 1.5·10^-9 = 1.5·10^-18 needs 19 decimals: rounds half away from zero to 2·10^-18.
        #expect(try dec("0.000000001").multiplied(by: dec("0.0000000015")) == dec("0.000000000000000002"))
        #expect(try dec("-0.000000001").multiplied(by: dec("0.0000000015")) == dec("-0.000000000000000002"))
        // 0.000000001 × 0.0000000005 = 5e-19: rounds half away from zero to 1e-18.
        #expect(try dec("0.000000001").multiplied(by: dec("0.0000000005")) == dec("0.000000000000000001"))
    }

    @Test func exactSumAddsASequence() throws {
        let cells = ["55", "-2", "8", "17", "0.5", "3", "10", "-4", "2.5", "3"].map(dec)
        #expect(try cells.exactSum() == dec("93"))
        #expect(try [ExactDecimal]().exactSum() == .zero)
    }

    @Test func addingPastTheRangeThrowsOverflow() throws {
        let max = try ExactDecimal(significand: .max, scale: 0)
        #expect(throws: ArithmeticError.overflow) { try max.adding(.one) }
        let maxAtScale = try ExactDecimal(significand: .max, scale: 3)
        #expect(throws: ArithmeticError.overflow) { try maxAtScale.adding(dec("0.001")) }
        // Aligning the scales alone overflows: Int64.max × 10.
        #expect(throws: ArithmeticError.overflow) { try max.adding(dec("0.1")) }
        let min = try ExactDecimal(significand: .min, scale: 0)
        #expect(throws: ArithmeticError.overflow) { try min.subtracting(.one) }
        #expect(throws: ArithmeticError.overflow) { try min.negated() }
        #expect(throws: ArithmeticError.overflow) { try [max, max].exactSum() }
    }

    @Test func multiplyingPastTheRangeThrowsOverflow() throws {
        let max = try ExactDecimal(significand: .max, scale: 0)
        #expect(throws: ArithmeticError.overflow) { try max.multiplied(by: dec("2")) }
        #expect(throws: ArithmeticError.overflow) { try dec("10000000000").multiplied(by: dec("10000000000")) }
    }

    @Test(arguments: [
        ("2.5", 0, "3"), ("-2.5", 0, "-3"), ("21.5", 0, "22"), ("0.0005", 3, "0.001"),
        ("-0.0005", 3, "-0.001"), ("2.4999", 0, "2"), ("-2.4999", 0, "-2"), ("0.00049", 3, "0"),
        ("12.345", 2, "12.35"), ("12.345", 5, "12.345"), ("93", 0, "93"),
    ])
    func roundingIsHalfAwayFromZero(value: String, scale: Int, expected: String) {
        #expect(dec(value).rounded(toScale: scale) == dec(expected))
    }

    @Test func roundingToAPrecisionUsesItsScale() throws {
        #expect(try dec("21.5").rounded(toPrecision: .one) == dec("22"))
        #expect(try dec("0.0005").rounded(toPrecision: .thousandth) == dec("0.001"))
        #expect(try dec("10.225325").rounded(toPrecision: dec("0.001")) == dec("10.225"))
        #expect(throws: ArithmeticError.invalidPrecision("0.5")) { try dec("1").rounded(toPrecision: dec("0.5")) }
    }

    @Test(arguments: [("1", 0), ("0.1", 1), ("0.01", 2), ("0.001", 3), ("1e-18", 18)])
    func precisionScaleCountsTheDecimalsOfAPowerOfTen(precision: String, scale: Int) throws {
        #expect(try dec(precision).precisionScale() == scale)
    }

    @Test(arguments: ["0.5", "2", "0.002", "-0.1", "0"])
    func precisionScaleRejectsValuesThatAreNotPowersOfTen(precision: String) {
        #expect(throws: ArithmeticError.invalidPrecision(dec(precision).description)) {
            try dec(precision).precisionScale()
        }
    }

    @Test(arguments: [
        ("1", "3", 3, "0.333"), ("2", "3", 3, "0.667"), ("-2", "3", 3, "-0.667"), ("2", "-3", 3, "-0.667"),
        ("1", "8", 2, "0.13"), ("-1", "8", 2, "-0.13"), ("21.5", "93", 4, "0.2312"), ("1200", "21.5", 1, "55.8"),
        ("10", "0.25", 0, "40"), ("0.001", "1000", 6, "0.000001"),
    ])
    func dividedRoundsHalfAwayFromZeroAtTheRequestedScale(a: String, b: String, scale: Int, expected: String) throws {
        #expect(try dec(a).divided(by: dec(b), scale: scale) == dec(expected))
    }

    @Test func dividingByZeroOrToABadScaleThrows() {
        #expect(throws: ArithmeticError.divisionByZero) { try dec("1").divided(by: .zero, scale: 2) }
        #expect(throws: ArithmeticError.scaleOutOfRange) { try dec("1").divided(by: dec("3"), scale: 19) }
        #expect(throws: ArithmeticError.overflow) {
            try ExactDecimal(significand: .max, scale: 0).divided(by: dec("0.1"), scale: 0)
        }
    }

    @Test func comparisonOrdersValuesOfDifferentScales() throws {
        #expect(dec("-12") < dec("0.001"))
        #expect(dec("21.49") < dec("21.5"))
        #expect(!(dec("21.5") < dec("21.50")))
        // Alignment overflows Int64 here: compared through 128 bits.
        let max = try ExactDecimal(significand: .max, scale: 0)
        #expect(dec("0.5") < max)
        #expect(try max.negated() < dec("-0.5"))
    }

    @Test func overflowMessagesAreReadable() {
        #expect(ArithmeticError.overflow.description.contains("out of range"))
        #expect(ArithmeticError.invalidPrecision("0.5").description.contains("0.5"))
    }
}
