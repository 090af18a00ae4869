import Foundation
import Testing
@testable import DFCostWorkbook

@Suite struct NumberTextTests {
    @Test func storedNumbersBecomePlainDecimals() {
        #expect(NumberText.decimal("21.5")?.text == "21.5")
        #expect(NumberText.decimal("1.5E-2")?.text == "0.015")
        #expect(NumberText.decimal("0.30000000000000004")?.text == "0.3")
        #expect(NumberText.decimal("-12")?.sign == -1)
        #expect(NumberText.decimal("1E3")?.text == "1000")
        #expect(NumberText.decimal("abc") == nil)
    }
}
