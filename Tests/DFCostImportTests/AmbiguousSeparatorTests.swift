import DFCostImport
import Testing

/// `1.250` is 1 250 to a Norwegian and 1.25 to an English writer: import reads it only when
/// another amount of the same table shows the decimal sign, and refuses it otherwise.
@Suite struct AmbiguousSeparatorTests {
    @Test(arguments: [
        ("1.250", AmbiguousSeparator.Kind.ambiguous(comma: false)), ("1,250", .ambiguous(comma: true)),
        ("-12,500 *", .ambiguous(comma: true)), ("(999.000)", .ambiguous(comma: false)), ("\u{2212}1,250", .ambiguous(comma: true)),
        ("13,5", .decides(comma: true)), ("0,250", .decides(comma: true)), ("1250.500", .decides(comma: false)),
        ("1 250,500", .decides(comma: true)), ("1,2500", .decides(comma: true)), ("2.25", .decides(comma: false)),
        ("12", .none), ("1 250", .none), ("-", .none), ("1.250,5", .none),
    ])
    func anAmountsSeparatorIsReadAsItsShapeAllows(text: String, kind: AmbiguousSeparator.Kind) {
        #expect(AmbiguousSeparator.kind(of: text) == kind)
    }

    @Test func aThousandsLikeAmountInATableThatShowsNoDecimalSignIsRefused() {
        #expect(Importing.error("Tiltak;Del;2024;2025\nHelsenorge;;;\nX;;1.250;3\nSum;;1.250;3\n")
            == "t.csv:3:4: '1.250' is 1 250 or 1.25 MNOK: no other amount in the table shows whether '.' separates thousands or decimals; write 1250, 1 250 or 1.25")
        #expect(Importing.error("Tiltak;2024;2025\nA\nx;4;-1,250 *\ny;2;1\n* FM.\n")?
            .hasPrefix("t.csv:3:5: '-1,250 *' is −1 250 or −1.25 MNOK") == true)
    }

    @Test func anotherAmountWithTheDecimalSignDecidesTheReading() throws {
        let comma = try TableImporter.read("Tiltak;2024;2025\nA\nx;1,250;13,5\ny;2;1\n", file: "t.csv")
        #expect(comma.lines.map { $0.cells.map { "\($0.year)=\($0.amount)" } } == [["2024=1.25", "2025=13.5"], ["2024=2", "2025=1"]])
        let point = try TableImporter.read("Tiltak,2024,2025\nA\nx,1.250,2.5\n", file: "t.csv")
        #expect(point.lines.first?.cells.first?.amount.description == "1.25")
        // Spaces group the thousands, so the sign after them is the decimal one.
        let spaced = try TableImporter.read("Tiltak;2024;2025\nA\nx;1,250;1 250,5\n", file: "t.csv")
        #expect(spaced.lines.first?.cells.first?.amount.description == "1.25")
    }
}
