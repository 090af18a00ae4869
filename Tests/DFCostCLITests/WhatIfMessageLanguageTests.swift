import DFCostTestSupport
import Testing

/// A malformed what-if and an operation that cannot be applied are one line on standard error
/// in the chosen language (Norwegian by default), after the flag as typed.
@Suite struct WhatIfMessageLanguageTests {
    @Test func aMalformedScaleIsOneNorwegianLineAndAUsageError() throws {
        let nb = try CLI.run(["totals", CLI.published, "--scale", "tag:pds=abc"])
        #expect(nb.status == 64)
        #expect(nb.stderrLines == ["--scale 'tag:pds=abc': faktoren 'abc' må være et desimaltall >= 0"])
        let en = try CLI.run(["totals", CLI.published, "--scale", "tag:pds=abc", "--locale", "en"])
        #expect(en.status == 64)
        #expect(en.stderrLines == ["--scale 'tag:pds=abc': factor 'abc' must be a decimal number >= 0"])
    }

    @Test func aMisspelledSelectorFieldIsNorwegianWithItsSuggestion() throws {
        let nb = try CLI.run(["totals", CLI.published, "--scale", "tagg:pds=1,2"])
        #expect(nb.status == 64)
        #expect(nb.stderrLines == ["--scale: velgeren 'tagg:pds': ukjent felt 'tagg'; mente du 'tag'?"])
    }

    @Test func aSweepsBadVaryIsOneNorwegianLineAndAUsageError() throws {
        let values = try CLI.run(["sweep", CLI.published, "--vary", "scale:all=abc"])
        #expect(values.status == 64)
        #expect(values.stderrLines == ["--vary 'scale:all=abc': 'abc' er ikke en faktor >= 0"])
        let range = try CLI.run(["sweep", CLI.published, "--vary", "scale:all=0,8..x"])
        #expect(range.status == 64)
        #expect(range.stderrLines == ["--vary 'scale:all=0,8..x': '0,8..x' er ikke FRA..TIL[:STEG] med 0 <= FRA <= TIL og STEG > 0, f.eks. 0,8..1,5:0,1"])
    }

    @Test func anOperationThatCannotBeAppliedIsNamedAsTheOutputsNameIt() throws {
        let nb = try CLI.run(["totals", CLI.published, "--shift", "all=9"])
        #expect(nb.status == 65)
        #expect(nb.stderrLines == ["flyttet +9 år [alle linjer]: pll-sfm 2024 havner i 2033, utenfor tabellens år 2022-2026"])
        let en = try CLI.run(["totals", CLI.published, "--shift", "all=9", "--locale", "en"])
        #expect(en.stderrLines == ["shift +9y [all] moves pll-sfm 2024 to 2033, outside the table's years 2022-2026"])
    }
}
