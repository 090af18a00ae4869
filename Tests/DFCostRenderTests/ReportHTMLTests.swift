import DFCostModel
import DFCostRender
import DFCostScenario
import Foundation
import Testing

/// The HTML report's promises: self-contained, accessible charts, Norwegian by default.
@Suite struct ReportHTMLTests {
    func html(locale: DFCostRender.Language = .nb, compare: Bool = false) throws -> String {
        let (_, applied, totals) = try RenderSupport.applied("Scenarios/published/ehelseportefolje-2023-10.toml")
        var comparisons: [ScenarioComparison] = []
        if compare {
            let (_, other, _) = try RenderSupport.applied("Scenarios/fm-delayed-1y.toml")
            comparisons.append(try ScenarioComparison(base: applied, other: other))
        }
        return ReportRenderer(locale: locale).render(Report(applied: applied, totals: totals, comparisons: comparisons), format: .html)
    }

    @Test func pageRefersToNothingOutsideItself() throws {
        let page = try html(compare: true)
        #expect(!page.contains("<script"))
        #expect(!page.contains("<link"))
        #expect(!page.contains("src="))
        #expect(!page.contains("@import"))
        #expect(!page.contains("href=\"http"))
    }

    @Test func everyChartHasATitleADescriptionAndItsTable() throws {
        let page = try html(compare: true)
        let figures = page.components(separatedBy: "<figure class=\"chart\"").dropFirst()
        #expect(figures.count == 3)
        for figure in figures {
            #expect(figure.contains("<figcaption>"))
            #expect(figure.contains("<title id="))
            #expect(figure.contains("<desc id="))
            #expect(figure.contains("<table class=\"data\">"))
            #expect(figure.contains("class=\"mark\""))
        }
    }

    @Test func negativeIncreasesAreStackedBelowZero() throws {
        let page = try html()
        // E-resept 2025 = −10: its bar is drawn and labelled with a real minus sign.
        #expect(page.contains("E-resept 2025: \u{2212}10"))
    }

    @Test func englishReportUsesEnglishWordsAndNumbers() throws {
        let page = try html(locale: .en)
        #expect(page.contains("<html lang=\"en\">"))
        #expect(page.contains("Yearly increase per solution"))
        #expect(page.contains(">21.5<"))
        #expect(!page.contains(">21,5<"))
    }
}
