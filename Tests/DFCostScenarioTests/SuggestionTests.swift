import DFCostScenario
import Testing

@Suite struct SuggestionTests {
    static let solutions = ["e-resept", "kjernejournal", "helsenorge", "helsenettet"]

    @Test func aMissingHyphenIsNoEditAtAll() {
        #expect(Suggestion.closest(to: "eresept", in: Self.solutions) == "e-resept")
        #expect(Suggestion.closest(to: "e_resept", in: Self.solutions) == "e-resept")
        #expect(Suggestion.closest(to: "e resept", in: Self.solutions) == "e-resept")
        #expect(Suggestion.closest(to: "fmphaseout", in: ["fm-phaseout"]) == "fm-phaseout")
    }

    @Test func caseIsIgnored() {
        #expect(Suggestion.closest(to: "E-Resept", in: Self.solutions) == "e-resept")
        #expect(Suggestion.closest(to: "KJERNEJOURNL", in: Self.solutions) == "kjernejournal")
    }

    @Test func aCorrectlySpelledNameGetsNoSuggestion() {
        for name in Self.solutions {
            #expect(Suggestion.closest(to: name, in: Self.solutions) == nil)
        }
        // "delayed" is a state's correct prefix: never "did you mean 'delayed'?".
        #expect(Suggestion.closest(to: "delayed", in: ["full", "none", "delayed", "share"]) == nil)
    }

    @Test func anEmptyNameGetsNoSuggestion() {
        #expect(Suggestion.closest(to: "", in: ["a", "b"]) == nil)
        #expect(Suggestion.closest(to: "-", in: ["a", "b"]) == nil)
    }

    @Test func shortNamesAllowOneEdit() {
        #expect(Suggestion.limit(forLength: 1) == 1)
        #expect(Suggestion.limit(forLength: 4) == 1)
        #expect(Suggestion.closest(to: "t4", in: ["t1", "t2", "t3"]) == "t1")  // ties: the first listed
        #expect(Suggestion.closest(to: "nome", in: ["full", "none", "delayed", "share"]) == "none")
        // Two edits in a short name are too far: a limit of 2 would suggest these.
        #expect(Suggestion.closest(to: "pll", in: ["pds"]) == nil)
        #expect(Suggestion.closest(to: "ab", in: ["xy"]) == nil)
        #expect(Suggestion.closest(to: "beta", in: ["data"]) == nil)
        #expect(Suggestion.closest(to: "alfa", in: ["alpha", "beta"]) == nil)
    }

    @Test func longerNamesAllowAThirdOfTheirLengthInEdits() {
        #expect(Suggestion.limit(forLength: 5) == 1)
        #expect(Suggestion.limit(forLength: 6) == 2)
        #expect(Suggestion.limit(forLength: 8) == 2)
        #expect(Suggestion.limit(forLength: 9) == 3)
        #expect(Suggestion.closest(to: "e-resep", in: Self.solutions) == "e-resept")
        #expect(Suggestion.closest(to: "kjernjornal", in: Self.solutions) == "kjernejournal")  // 2 edits, 11 characters
        #expect(Suggestion.closest(to: "helse", in: Self.solutions) == nil)  // 5 edits from helsenorge
        #expect(Suggestion.closest(to: "abcdef", in: ["abxyef"]) == "abxyef")  // 2 edits, 6 characters
        #expect(Suggestion.closest(to: "abcde", in: ["abxye"]) == nil)  // 2 edits, 5 characters
    }

    @Test func swappedNeighboursAreOneEdit() {
        #expect(Suggestion.closest(to: "titel", in: ["title", "source"]) == "title")
        #expect(Suggestion.closest(to: "scael", in: ["scale", "shift", "set"]) == "scale")
        #expect(Suggestion.closest(to: "fm-phaseuot", in: ["fm-phaseout"]) == "fm-phaseout")
    }

    @Test func theNearestCandidateWins() {
        #expect(Suggestion.closest(to: "helsenett", in: Self.solutions) == "helsenettet")
        #expect(Suggestion.closest(to: "helsenorg", in: Self.solutions) == "helsenorge")
        // Equal after normalising: the one nearer as written wins.
        #expect(Suggestion.closest(to: "e-resep", in: ["eresept", "e-resept"]) == "e-resept")
    }
}
