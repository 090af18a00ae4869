import DFCostApp
import DFCostEscaping
import DFCostRender
import DFCostScenario

/// The pages: index, a table with its what-if form, a comparison, a simulation.
struct Pages {
    let folder: ScenarioFolder
    let language: Language
    var words: ServeLabels { language.serve }

    func html(_ s: String) -> String { Escaper.html.escape(s) }

    /// Every file, the compare form, and the default file's table below.
    func index() -> String {
        let paths = folder.paths()
        var out = "<header>\n<h1>dfcost</h1>\n<p class=\"meta\">\(html(folder.folder))</p>\n</header>\n<main>\n"
        out += "<section id=\"files\">\n<h2>\(html(words.files))</h2>\n"
        if paths.isEmpty { out += "<p>\(html(words.noFiles))</p>\n" }
        out += "<ul class=\"files\">\n" + paths.map { p in
            "<li><a href=\"\(html(Links.path("/table/" + Links.filePath(p), language: language)))\">\(html(p))</a></li>\n"
        }.joined() + "</ul>\n</section>\n"
        out += "<section id=\"rounds\">\n<h2>\(html(words.compareHeading))</h2>\n"
        out += "<form id=\"compare-form\" action=\"/compare\" method=\"get\">\n<p>\(html(words.compareHint))</p>\n<fieldset>\n"
        out += paths.map { p in
            "<label><input type=\"checkbox\" name=\"file\" value=\"\(html(p))\"> \(html(p))</label>\n"
        }.joined()
        out += "</fieldset>\n" + localeField + "<button type=\"submit\" id=\"compare\">\(html(words.compareButton))</button>\n</form>\n</section>\n"
        var content = out
        if let first = folder.defaultPath() {
            content += "<section id=\"default-table\">\n<h2>\(html(words.tableOf)): \(html(first))</h2>\n"
            content += (try? tableContent(first, whatIfs: WhatIfs())) ?? ""
            content += "</section>\n"
        }
        return Page(language: language, title: "dfcost", here: "/").render(content + "</main>\n")
    }

    /// The table of `path` with the what-ifs, its form and downloads (a problem with the what-ifs is shown over the form).
    func table(_ path: String, whatIfs: WhatIfs) throws -> String {
        let scenario = try folder.load(path)
        let query = QueryItems(pairs: whatIfs.pairs).encoded(keeping: Set(WhatIfs.names))
        let page = "/table/" + Links.filePath(path)
        var content = "<header>\n<h1>\(html(scenario.base.metadata.title))</h1>\n<p class=\"meta\">\(html(path))</p>\n</header>\n<main>\n"
        let report: Report
        do {
            (report, _) = try Views.tableReport(folder, path: path, whatIfs: whatIfs)
        } catch {
            // A what-if the request got wrong: the page keeps its form, the problem shown in it.
            let problem = Problem(error, in: language)
            guard problem.status == 400 else { throw error }
            content += whatIfForm(scenario, whatIfs: whatIfs, problem: problem.detail)
            throw PageWithProblem(page: Page(language: language, title: scenario.base.metadata.title, here: page).render(content + "</main>\n"),
                                  status: problem.status)
        }
        content += whatIfForm(scenario, whatIfs: whatIfs)
        content += Links.downloads(page: page, query: query, language: language)
        content += ReportRenderer(locale: language).servedContent(report)
        content += simulateLink(path, whatIfs: whatIfs)
        return Page(language: language, title: scenario.base.metadata.title, here: query.isEmpty ? page : "\(page)?\(query)").render(content + "</main>\n")
    }

    /// The table part alone (the index shows the default file's).
    func tableContent(_ path: String, whatIfs: WhatIfs) throws -> String {
        let scenario = try folder.load(path)
        let (report, _) = try Views.tableReport(folder, path: path, whatIfs: whatIfs)
        return whatIfForm(scenario, whatIfs: whatIfs, action: "/table/" + Links.filePath(path))
            + Links.downloads(page: "/table/" + Links.filePath(path), query: "", language: language)
            + ReportRenderer(locale: language).servedContent(report)
    }

    /// The what-if form: a select per condition, the operations as text, the locale kept.
    func whatIfForm(_ scenario: Scenario, whatIfs: WhatIfs, action: String? = nil, problem: String? = nil) -> String {
        var out = "<form id=\"whatifs\" method=\"get\"\(action.map { " action=\"\(html($0))\"" } ?? "")>\n<h2>\(html(words.whatIfs))</h2>\n"
        if let problem { out += "<p class=\"problem\" id=\"problem\" role=\"alert\">\(html(problem))</p>\n" }
        out += "<fieldset>\n"
        for condition in scenario.base.conditions {
            let chosen = whatIfs.condition.last { $0.hasPrefix(condition.id + "=") }
            let states = ["full", "none", "delayed:1", "delayed:2", "delayed:3", "share:0.5"]
            let shown = [words.full, words.none, words.delayed(1), words.delayed(2), words.delayed(3), words.half]
            out += "<label>\(html(words.condition)) <b>\(html(LineNames.condition(condition.id, description: condition.description)))</b> <select name=\"condition\" data-condition=\"\(html(condition.id))\">"
            out += "<option value=\"\">\(html(words.asInFile))</option>"
            for (state, label) in zip(states, shown) {
                let value = "\(condition.id)=\(state)"
                out += "<option value=\"\(html(value))\"\(chosen == value ? " selected" : "")>\(html(label))</option>"
            }
            out += "</select></label>\n"
        }
        for (name, label, values) in [("scale", words.scaleLabel, whatIfs.scale), ("shift", words.shiftLabel, whatIfs.shift), ("remove", words.removeLabel, whatIfs.remove)] {
            for value in values + [""] {
                out += "<label>\(html(label)) <input type=\"text\" name=\"\(name)\" value=\"\(html(value))\"></label>\n"
            }
        }
        // A condition typed in the URL that the selects do not offer is kept.
        for value in whatIfs.condition where !scenario.base.conditions.contains(where: { c in
            ["full", "none", "delayed:1", "delayed:2", "delayed:3", "share:0.5"].contains { "\(c.id)=\($0)" == value } }) {
            out += "<input type=\"hidden\" name=\"condition\" value=\"\(html(value))\">\n"
        }
        out += "</fieldset>\n" + localeField + "<button type=\"submit\" id=\"apply\">\(html(words.apply))</button>\n</form>\n"
        return out
    }

    func simulateLink(_ path: String, whatIfs: WhatIfs) -> String {
        let query = QueryItems(pairs: whatIfs.pairs).encoded(keeping: Set(WhatIfs.names))
        return "<p><a id=\"simulate-link\" href=\"\(html(Links.path("/simulate/" + Links.filePath(path), language: language, query: query)))\">\(html(words.simulate))</a></p>\n"
    }

    var localeField: String { language == .nb ? "" : "<input type=\"hidden\" name=\"locale\" value=\"\(language.rawValue)\">\n" }

    /// A page that says what went wrong, in the locale (the same line as the API's problem).
    func problem(_ problem: Problem, here: String) -> String {
        Page(language: language, title: problem.title, here: here).render(
            "<main>\n<h1>\(html(problem.title))</h1>\n<p class=\"problem\" id=\"problem\">\(html(problem.detail))</p>\n</main>\n")
    }
}

/// A page shown with a problem's status: the table's page with its form, the request's what-if
/// problem shown in the form.
struct PageWithProblem: Error {
    var page: String
    var status: Int
}
