import DFCostServer
import DFCostTestSupport
import Foundation
import Testing

@Suite("dfcost serve: pages")
struct PageTests {
    @Test func indexListsEveryFileAndShowsThePublishedTable() async throws {
        let page = try await Serve.with { try await $0.get("/") }
        #expect(page.status == 200)
        #expect(page.text.contains("<form id=\"compare-form\" action=\"/compare\" method=\"get\">"))
        #expect(page.text.contains("href=\"/table/published/ehelseportefolje-2023-10.toml\""))
        #expect(page.text.contains("name=\"file\" value=\"examples/illustrativ-runde-2.toml\""))
        // The default table is the published one: 2025 sums to 21.5 as published.
        #expect(Serve.sumValue(page.text, year: 2025) == "21.5")
        #expect(page.text.contains("<html lang=\"nb\">"))
        for external in ["src=\"http", "href=\"http", "href=\"//", "src=\"//", "url(", "@import"] {
            #expect(!page.text.contains(external), "no external resources: \(external)")
        }
    }

    @Test func conditionDelayedOneYearGives2025Of33Comma5() async throws {
        let page = try await Serve.with { try await $0.get("/table/\(Serve.published)?condition=fm-phaseout%3Ddelayed%3A1") }
        #expect(page.status == 200)
        #expect(Serve.sumValue(page.text, year: 2025) == "33.5")
        #expect(Serve.sumValue(page.text, year: 2026) == "0")
        // The form keeps the choice, and the sum cell shows the Norwegian decimal comma.
        #expect(page.text.contains("<option value=\"fm-phaseout=delayed:1\" selected>"))
        #expect(page.text.contains("data-year=\"2025\" data-value=\"33.5\">33,5</td>"))
        #expect(page.text.contains("<select name=\"condition\" data-condition=\"fm-phaseout\">"))
        #expect(page.text.contains("id=\"apply\""))
    }

    @Test func theWhatIfFormNamesAConditionAsTheEventRegisterDoes() async throws {
        let page = try await Serve.with { try await $0.get("/table/\(Serve.published)") }
        #expect(page.status == 200)
        // Its id and its footnote, not the bare id a committee member cannot read.
        #expect(page.text.contains("Betingelse <b>fm-phaseout: Er avhengig av full utfasing av FM</b> <select"))
    }

    @Test func formFieldsAsBrowsersSendThemApplyTheWhatIfs() async throws {
        // A form sends every field, the empty ones too, and + for spaces.
        let page = try await Serve.with {
            try await $0.get("/table/\(Serve.published)?condition=fm-phaseout%3Dnone&scale=&shift=&remove=line%3Apll-pll")
        }
        #expect(page.status == 200)
        let plain = try await Serve.with { try await $0.get("/table/\(Serve.published)") }
        #expect(Serve.sumValue(page.text, year: 2025) != Serve.sumValue(plain.text, year: 2025))
    }

    @Test func englishPagesOnRequest() async throws {
        let page = try await Serve.with { try await $0.get("/table/\(Serve.published)?locale=en") }
        #expect(page.text.contains("<html lang=\"en\">"))
        #expect(page.text.contains("data-value=\"21.5\">21.5</td>"))
        #expect(page.text.contains("What-ifs"))
    }

    @Test func aBadWhatIfIsALocatedProblemInNorwegian() async throws {
        let page = try await Serve.with { try await $0.get("/table/\(Serve.published)?scale=solution%3Ae-resept%3Dabc") }
        #expect(page.status == 400)
        #expect(page.text.contains("id=\"problem\""))
        // The page keeps its form, with the value as typed, so the field can be corrected.
        #expect(page.text.contains("<form id=\"whatifs\""))
        #expect(page.text.contains("value=\"solution:e-resept=abc\""))
        let api = try await Serve.with { try await $0.get("/api/totals?file=\(Serve.published)&scale=solution%3Ae-resept%3Dabc") }
        #expect(api.status == 400)
        #expect(api.header("Content-Type") == "application/problem+json")
        #expect(api.problem?["exit_status"] as? Int == 64)
        #expect((api.problem?["detail"] as? String)?.hasPrefix("scale") == true)
    }

    @Test func compareShowsTheRoundsSideBySide() async throws {
        let page = try await Serve.with {
            try await $0.get("/compare?file=\(Serve.published)&file=examples/illustrativ-runde-2.toml")
        }
        #expect(page.status == 200)
        #expect(page.text.contains("id=\"compare\""))
        for format in ["xlsx", "csv", "json", "html"] {
            #expect(page.text.contains("class=\"download\" data-format=\"\(format)\" href=\"/download/\(format)/compare?file="))
        }
        let one = try await Serve.with { try await $0.get("/compare?file=\(Serve.published)") }
        #expect(one.status == 400)
    }

    @Test func tablePageOffersEveryDownloadOfWhatIsShown() async throws {
        let page = try await Serve.with { try await $0.get("/table/\(Serve.published)?condition=fm-phaseout%3Ddelayed%3A1") }
        for format in ["xlsx", "csv", "json", "html"] {
            #expect(page.text.contains("href=\"/download/\(format)/table/\(Serve.published)?condition=fm-phaseout%3Ddelayed:1\""))
        }
    }

    @Test func simulationRunsWithoutJavaScriptAndShowsKS2() async throws {
        let page = try await Serve.with {
            try await $0.get("/simulate/examples/fm-phaseout-risk.toml?trials=2000&seed=7&run=1")
        }
        #expect(page.status == 200)
        #expect(page.text.contains("<form id=\"simulate\""))
        #expect(page.text.contains("id=\"sim-progress\"") && page.text.contains("id=\"sim-cancel\""))
        #expect(page.text.contains("<table class=\"data\" id=\"ks2\">"))
        for term in ["basiskostnad", "forventningsverdi", "forventet-tillegg", "styringsramme", "usikkerhetsavsetning", "kostnadsramme"] {
            #expect(page.text.contains("data-term=\"\(term)\" data-value=\""), "\(term)")
        }
        #expect(page.text.contains("<svg"))
    }

    @Test func aChangedFileIsReadAnewOnTheNextRequest() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("a.toml", Fixture.table(amount: "10"))
        try await Serve.with(ServerConfiguration(folder: folder.url.path)) { client in
            let before = try await client.get("/table/a.toml")
            #expect(Serve.sumValue(before.text, year: 2024) == "10")
            try folder.write("a.toml", Fixture.table(amount: "12.5"))
            let after = try await client.get("/table/a.toml")
            #expect(Serve.sumValue(after.text, year: 2024) == "12.5")
        }
    }
}
