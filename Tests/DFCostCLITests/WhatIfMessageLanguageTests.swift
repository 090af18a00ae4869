import DFCostTestSupport
import Testing

/// A malformed what-if and an operation that cannot be applied are one line on standard error
/// in the chosen language (Norwegian by default), after the flag as typed.
@Suite struct WhatIfMessageLanguageTests {
    static let refusals: [OneLineRefusal] =
        OneLineRefusal.inNbAndEn("a malformed scale is a usage error", ["totals", CLI.published, "--scale", "tag:pds=abc"], status: 64,
                                 nb: "--scale 'tag:pds=abc': faktoren 'abc' må være et desimaltall ≥ 0",
                                 en: "--scale 'tag:pds=abc': factor 'abc' must be a decimal number >= 0")
        + [OneLineRefusal(what: "a misspelled selector field has its suggestion", arguments: ["totals", CLI.published, "--scale", "tagg:pds=1,2"],
                          status: 64, line: "--scale: velgeren 'tagg:pds': ukjent felt 'tagg'; mente du 'tag'?"),
           OneLineRefusal(what: "a sweep's bad --vary values are a usage error", arguments: ["sweep", CLI.published, "--vary", "scale:all=abc"],
                          status: 64, line: "--vary 'scale:all=abc': 'abc' er ikke en faktor ≥ 0"),
           OneLineRefusal(what: "a sweep's bad --vary range is a usage error", arguments: ["sweep", CLI.published, "--vary", "scale:all=0,8..x"],
                          status: 64, line: "--vary 'scale:all=0,8..x': '0,8..x' er ikke FRA..TIL[:STEG] med 0 ≤ FRA ≤ TIL og STEG > 0, f.eks. 0,8..1,5:0,1")]
        + OneLineRefusal.inNbAndEn("an operation that cannot be applied is named as the outputs name it", ["totals", CLI.published, "--shift", "all=9"], status: 65,
                                   nb: "flyttet +9 år [alle linjer]: pll-sfm 2024 havner i 2033, utenfor tabellens år 2022–2026",
                                   en: "shift +9y [all] moves pll-sfm 2024 to 2033, outside the table's years 2022-2026")

    @Test(arguments: Self.refusals)
    func aWhatIfThatCannotBeReadOrAppliedIsOneLineInTheChosenLanguage(_ refusal: OneLineRefusal) throws {
        try refusal.check()
    }
}
