import DFCostEscaping
import DFCostRender

/// The frame of every served page: the report's style sheet and a little of its own, a header
/// with the way home and the other language, the content, and (on simulation pages) a small
/// script of its own. Nothing is loaded from elsewhere: no CDN, no fonts, no images.
struct Page {
    let language: Language
    let title: String
    /// The page's path and query (without `locale`), for the link to the other language.
    let here: String
    var script: String? = nil

    func render(_ content: String) -> String {
        let words = language.serve
        var out = "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>\(html(title))</title>\n<style>\n\(ReportRenderer.htmlStyle)\(Self.css)</style>\n</head>\n<body>\n"
        out += "<nav class=\"top\"><a href=\"\(html(Links.path("/", language: language)))\">\(html(words.home))</a>"
        out += " · <a id=\"locale-switch\" href=\"\(html(Links.switching(here, to: language == .nb ? .en : .nb)))\">\(html(words.language))</a></nav>\n"
        out += content
        if let script { out += "<script>\n\(script)</script>\n" }
        return out + "</body>\n</html>\n"
    }

    /// The page's own style, after the report's: forms and the download links; no form or link prints.
    static let css = """
        nav.top { font-size: 13px; margin-bottom: 8px; }
        form { margin: 8px 0 16px; padding: 8px 12px; background: #f6f8fa; border: 1px solid #e3e3e3; }
        form fieldset { border: 0; padding: 0; margin: 0 0 6px; display: flex; flex-wrap: wrap; gap: 6px 16px; }
        form label { font-size: 13px; }
        form input[type=text], form input[type=number] { width: 16em; }
        ul.files { columns: 2; padding-left: 18px; }
        p.downloads a { margin-right: 10px; }
        .problem { border-left: 4px solid #b00020; padding: 6px 10px; background: #fff4f4; }
        progress { width: 320px; }
        @media print { nav.top, form, p.downloads, #sim-controls { display: none; } }

        """

    /// Escaped for HTML text and attributes.
    func html(_ s: String) -> String { Escaper.html.escape(s) }
}

/// Links between the pages, the locale kept when it is not the default.
enum Links {
    static func path(_ path: String, language: Language, query: String = "") -> String {
        var q = query
        if language != .nb { q = q.isEmpty ? "locale=\(language.rawValue)" : "\(q)&locale=\(language.rawValue)" }
        return q.isEmpty ? path : "\(path)?\(q)"
    }

    /// `here` (a path and query without locale) in the other language.
    static func switching(_ here: String, to language: Language) -> String {
        let parts = here.split(separator: "?", maxSplits: 1)
        return path(String(parts[0]), language: language, query: parts.count > 1 ? String(parts[1]) : "")
    }

    /// A file's path in a URL: each segment percent-encoded.
    static func filePath(_ path: String) -> String {
        path.split(separator: "/").map { QueryItems.encode(String($0)) }.joined(separator: "/")
    }

    /// The download links of a page: `/download/FORMAT/<page>?<query>`.
    static func downloads(page: String, query: String, language: Language, formats: [DownloadFormat] = DownloadFormat.allCases) -> String {
        let words = language.serve
        return "<p class=\"downloads\">\(Escaper.html.escape(words.downloads)): " + formats.map { f in
            let href = path("/download/\(f.rawValue)\(page)", language: language, query: query)
            return "<a class=\"download\" data-format=\"\(f.rawValue)\" href=\"\(Escaper.html.escape(href))\" download>\(f.rawValue)</a>"
        }.joined(separator: " ") + "</p>\n"
    }
}
