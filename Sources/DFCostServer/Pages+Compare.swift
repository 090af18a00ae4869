import DFCostApp
import DFCostRender
import DFCostScenario

extension Pages {
    /// The side-by-side comparison of two or more files (`dfcost compare --side-by-side`), each
    /// line's movement, and its downloads.
    func compare(files: [String], whatIfs: WhatIfs) throws -> String {
        let result = try Views.comparison(folder, files: files, whatIfs: whatIfs)
        let options = try whatIfs.applyOptions()
        let renderer = Views.comparisonRenderer(result, files: files, whatIfs: options, locale: language)
        let document: Document
        if let rounds = result.rounds {
            document = ComparisonBuilder(language: language, solutionNames: renderer.solutionNames, lineNames: renderer.lineNames).document(rounds)
        } else {
            document = ComparisonBuilder(language: language, sources: renderer.sources, solutionNames: renderer.solutionNames, lineNames: renderer.lineNames)
                .document(result.comparisons)
        }
        let query = QueryItems(pairs: files.map { ("file", $0) } + whatIfs.pairs).encoded(keeping: Set(["file"] + WhatIfs.names))
        var content = "<header>\n<h1>\(html(words.compareHeading))</h1>\n<p class=\"meta\">\(html(files.joined(separator: " · ")))</p>\n</header>\n<main>\n"
        content += Links.downloads(page: "/compare", query: query, language: language)
        content += HTMLWriter(annotated: true).servedSections(document)
        return Page(language: language, title: words.compareHeading, here: "/compare?\(query)").render(content + "</main>\n")
    }
}
