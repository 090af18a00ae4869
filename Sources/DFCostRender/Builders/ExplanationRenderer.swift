import DFCostEscaping
import DFCostModel
import DFCostScenario

/// Renders `dfcost explain`: for each year, each contributing cell with where it was written and
/// each step that changed it, then the cells of the year that do not count and why.
///
/// Every format is one document however many years are explained: text and markdown a section
/// per year, CSV one table, JSON one object with an `explanations` list.
public struct ExplanationRenderer: Sendable {
    public var locale: Language
    public var csvDialect: CSVDialect

    public init(locale: Language = .nb, csvDialect: CSVDialect = .excel) {
        self.locale = locale
        self.csvDialect = csvDialect
    }

    var words: ExplanationLabels { locale == .nb ? .norwegian : .english }

    /// One explanation (one year) as a document of its own.
    public func render(_ e: Explanation, scenario: String, format: OutputFormat) -> String {
        render([e], scenario: scenario, format: format)
    }

    /// Several years as one document.
    public func render(_ explanations: [Explanation], scenario: String, format: OutputFormat) -> String {
        switch format {
        case .json: return JSONValueEncoder.render(ExplanationDocument(explanations, scenario: scenario, reason: reason))
        case .csv: return csv(explanations)
        case .markdown: return explanations.map { markdown($0, scenario: scenario) }.joined(separator: "\n")
        case .text: return explanations.map { text($0, scenario: scenario) }.joined(separator: "\n")
        case .html, .xlsx: return ""
        }
    }

    // MARK: - Words

    func reason(_ cause: Explanation.Cause) -> String {
        switch cause {
        case .internal: words.internalCell
        case .moved(let to, let step): "\(words.movedTo) \(to) \(words.by) \(locale.reason(step))"
        case .setAside(let r): locale.reason(r)
        }
    }

    func origin(_ cell: Cell) -> String {
        cell.origin?.description ?? words.commandLine
    }

    /// Each step as one line: "scale ×1.2 [all]: 10 -> 12 (file:line:col)".
    func stepLines(_ cell: Cell) -> [String] {
        let n = locale.numbers
        return cell.history.map { step in
            let from = step.fromYear == step.toYear ? n.format(step.fromAmount) : "\(step.fromYear) \(n.format(step.fromAmount))"
            let to = step.fromYear == step.toYear ? n.format(step.toAmount) : "\(step.toYear) \(n.format(step.toAmount))"
            return "\(ReasonLabels.machine.text(step.reason)): \(from) -> \(to) (\(step.origin?.description ?? words.commandLine))"
        }
    }

    func heading(_ e: Explanation, scenario: String) -> String {
        "\(scenario): \(e.year)\(e.solution.map { " \($0)" } ?? "") = \(locale.numbers.format(e.total)) MNOK\(e.isSummedYear ? "" : " (\(words.notSummed))")"
    }

    // MARK: - Text

    func text(_ e: Explanation, scenario: String) -> String {
        let n = locale.numbers
        var out = heading(e, scenario: scenario) + "\n"
        for c in e.contributions {
            out += "  \(n.format(c.cell.amount).leftPadded(8))  \(c.lineID) (\(c.label))\n"
            out += steps(c.cell)
        }
        if !e.notCounted.isEmpty {
            out += "  \(words.notCounted):\n"
            for a in e.notCounted {
                out += "  \(n.format(a.cell.amount).leftPadded(8))  \(a.lineID) \(a.cell.year): \(reason(a.cause))\n"
                out += steps(a.cell)
            }
        }
        return out
    }

    /// Where a cell was written, then each step of the order of evaluation that changed it.
    func steps(_ cell: Cell) -> String {
        var out = "            \(words.writtenAt) \(origin(cell))\n"
        for line in stepLines(cell) { out += "            \(line)\n" }
        return out
    }

    // MARK: - Markdown

    func markdown(_ e: Explanation, scenario: String) -> String {
        let n = locale.numbers
        var out = "## \(Escaper.markdown.escape(heading(e, scenario: scenario)))\n\n"
        out += "| \(words.amount) | \(words.line) | \(words.status) | \(words.origin) | \(words.steps) |\n|---:|---|---|---|---|\n"
        func row(_ amount: ExactDecimal, _ line: String, _ status: String, _ cell: Cell) {
            let steps = stepLines(cell).map(Escaper.markdown.escape).joined(separator: "<br>")
            out += "| \(n.format(amount)) | \(Escaper.markdown.escape(line)) | \(Escaper.markdown.escape(status)) | \(Escaper.markdown.escape(origin(cell))) | \(steps) |\n"
        }
        for c in e.contributions { row(c.cell.amount, "\(c.lineID) (\(c.label))", words.counted, c.cell) }
        for a in e.notCounted { row(a.cell.amount, "\(a.lineID) \(a.cell.year)", "\(words.notCounted): \(reason(a.cause))", a.cell) }
        out += "| **\(n.format(e.total))** | **\(words.total)** | | | |\n"
        return out
    }

    // MARK: - CSV

    func csv(_ explanations: [Explanation]) -> String {
        var w = CSVWriter(dialect: csvDialect)
        w.row([words.year, words.solution, words.line, words.amount, words.status, words.reason, words.origin, words.steps])
        for e in explanations {
            for c in e.contributions {
                w.row(["\(e.year)", c.solution, c.lineID, w.number(c.cell.amount), words.counted, "", origin(c.cell),
                       stepLines(c.cell).joined(separator: " | ")])
            }
            for a in e.notCounted {
                w.row(["\(e.year)", a.solution, a.lineID, w.number(a.cell.amount), words.notCounted, reason(a.cause), origin(a.cell),
                       stepLines(a.cell).joined(separator: " | ")])
            }
        }
        return w.output
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
