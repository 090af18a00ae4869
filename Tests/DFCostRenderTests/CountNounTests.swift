import DFCostRender
import DFCostSimulation
import Testing

/// A count agrees with its noun: "1 trekning", "2 trekninger", "1 trial", "1 000 trials".
@Suite struct CountNounTests {
    @Test(arguments: [("1", "1 trekning"), ("2", "2 trekninger"), ("0", "0 trekninger"), ("1\u{00A0}000", "1\u{00A0}000 trekninger"),
                      ("−1", "−1 trekning"), ("+1", "+1 trekning"), ("11", "11 trekninger")])
    func aCountTakesTheNounThatAgreesWithIt(count: String, expected: String) {
        #expect(Labels.fill("{n} {n|trekning|trekninger}", ["n": count]) == expected)
    }

    @Test func aNounOfAMissingCountIsLeftAsWritten() {
        #expect(Labels.fill("{n} {n|a|b}", [:]) == "{n} {n|a|b}")
    }

    /// Every plural a table writes after a count placeholder ("{trials} trekninger") is a slip
    /// once another template gives that noun both forms ("{trials|trekning|trekninger}"): the
    /// nouns are taken from the tables themselves.
    @Test(arguments: [Language.nb, .en])
    func noTemplateWritesAPluralNounAfterABareCount(_ language: Language) throws {
        let templates = language.allWords
        var plurals = Set<String>()
        for template in templates {
            for match in template.matches(of: /\{[a-z]+\|[^|}]*\|([^}]*)\}/) { plurals.insert(String(match.output.1)) }
        }
        #expect(plurals.contains(language == .nb ? "trekninger" : "trials"))
        for template in templates {
            for match in template.matches(of: /\{[a-z]+\} ([^{ ,;:.)]+(?: [a-z]+)?)/) {
                let following = String(match.output.1)
                #expect(!plurals.contains(where: { following == $0 || following.hasPrefix($0 + " ") }), "\(template)")
            }
        }
    }

    @Test func oneTrialIsOneTrekningInTheHeading() {
        #expect(Labels.fill(Language.nb.labels.simulation.heading, ["trials": "1", "seed": "7"]).hasPrefix("Monte Carlo: 1 trekning, startverdi"))
        #expect(Labels.fill(Language.en.labels.simulation.heading, ["trials": "1", "seed": "7"]).hasPrefix("Monte Carlo: 1 trial, seed"))
        #expect(Labels.fill(Language.nb.labels.simulation.heading, ["trials": "20\u{00A0}000", "seed": "7"]).hasPrefix("Monte Carlo: 20\u{00A0}000 trekninger,"))
    }

    @Test func oneFactorOneDecimalAndOneYearAgree() {
        #expect(Labels.fill(Language.nb.analysisModel.drawnFactors, ["count": "1"]) == "1 faktor trekkes i hver trekning.")
        #expect(Labels.fill(Language.en.analysisModel.drawnFactors, ["count": "1"]) == "1 factor is drawn in each trial.")
        #expect(Labels.fill(Language.en.analysisModel.drawnFactors, ["count": "3"]) == "3 factors are drawn in each trial.")
        #expect(Labels.fill(Language.nb.ks2.footing, ["decimals": "1"]).contains("avrundet til 1 desimal før"))
        #expect(Labels.fill(Language.en.ks2.footing, ["decimals": "1"]).contains("rounded to 1 decimal before"))
        #expect(Labels.fill(Language.en.labels.rounds.moved, ["years": "+1"]) == "moved +1 year")
        #expect(Labels.fill(Language.nb.uncertaintyInputs.standardErrorNeedsTrials, ["trials": "1", "minimum": "9"])
            .hasPrefix("1 trekning: "))
        #expect(Language.en.warning(SimulationWarning(origin: nil, kind: .standardErrorNeedsTrials(trials: 1, minimum: 9)))
            .hasPrefix("warning: 1 trial: "))
    }
}
