import DFCostModel
import DFCostScenario

/// Builds the document of `dfcost explain`: a record per year, titled with the year's total,
/// holding one table of the cells of the year: each contributing cell with where it was written
/// and each step that changed it, then under a heading the cells that do not count and why,
/// then the sum.
///
/// Text lists the cells as entries (``Table/TextLayout/entries``); markdown writes the table;
/// CSV writes every year's cells as one table (``Document/CSVLayout/records``) with the year,
/// solution, line id, status and reason in columns of their own.
public struct ExplanationBuilder: Sendable {
    public var language: Language
    /// The table's conditions by id: the mark its cells carry (`*`) and the state the scenario
    /// gives it, so that each cell shows its mark and its condition's state.
    public var conditions: [String: ConditionNote]

    /// A condition as `explain` shows it beside a cell.
    public struct ConditionNote: Sendable, Hashable {
        public var mark: String
        public var state: ConditionState

        public init(mark: String, state: ConditionState) {
            self.mark = mark
            self.state = state
        }
    }

    public init(language: Language, conditions: [String: ConditionNote] = [:]) {
        self.language = language
        self.conditions = conditions
    }

    /// The conditions of an applied scenario: each one's mark and state (`full` unless set).
    public static func conditions(of applied: AppliedScenario) -> [String: ConditionNote] {
        Dictionary(applied.table.conditions.map { ($0.id, ConditionNote(mark: $0.mark, state: applied.conditionStates[$0.id] ?? .full)) },
                   uniquingKeysWith: { a, _ in a })
    }

    var words: ExplanationLabels { language == .nb ? .norwegian : .english }

    /// Every explained year in one document.
    public func document(_ explanations: [Explanation], scenario: String) -> Document {
        Document(language: language, sections: explanations.map { section($0, scenario: scenario) }, csvLayout: .records)
    }

    /// One year: its title and its table.
    func section(_ e: Explanation, scenario: String) -> Section {
        let columns = [
            Table.Column(words.line, .label, isSummary: true),
            Table.Column(words.year, .text, isDetail: true), Table.Column(words.solution, .text, isDetail: true),
            Table.Column(words.line, .text, isDetail: true), Table.Column(words.amount, .money),
            Table.Column(words.status, .text, isDetail: true), Table.Column(words.reason, .text, isDetail: true),
            Table.Column(words.origin, .text), Table.Column(words.steps, .text),
        ]
        func row(_ entry: String, solution: String, line: String, cell: Cell, status: String, reason: String) -> Table.Row {
            Table.Row(.line, [.text(entry), .text("\(e.year)"), .text(solution), .text(line),
                              .tableAmount(cell.amount, isInternal: cell.isInternal, marks: marks(cell)), .text(status), .text(reason),
                              .text(origin(cell)), .lines(conditionLines(cell) + stepLines(cell))])
        }
        var rows = e.contributions.map {
            row("\($0.lineID) (\($0.label))", solution: $0.solution, line: $0.lineID, cell: $0.cell, status: words.counted, reason: "")
        }
        if !e.notCounted.isEmpty {
            rows.append(Table.Row(.solutionHeading, [.text(words.notCounted)]))
            rows += e.notCounted.map {
                row(($0.label.isEmpty ? $0.lineID : "\($0.lineID) (\($0.label))") + " \($0.cell.year): \(reason($0.cause))", solution: $0.solution, line: $0.lineID, cell: $0.cell,
                    status: words.notCounted, reason: reason($0.cause))
            }
        }
        rows.append(Table.Row(.sum, [.text(words.total), .empty, .empty, .empty, .amount(e.total)]))
        return Section(title: heading(e, scenario: scenario), level: .record,
                       blocks: [.table(Table(columns: columns, rows: rows, textLayout: .entries))])
    }

    // MARK: - Words

    /// Why a cell does not count.
    func reason(_ cause: Explanation.Cause) -> String {
        switch cause {
        case .internal: words.internalCell
        case .moved(let to, let step): "\(words.movedTo) \(to) \(words.by) \(language.reason(step))"
        case .setAside(let r): language.reason(r)
        }
    }

    func origin(_ cell: Cell) -> String {
        cell.origin?.description ?? words.commandLine
    }

    /// The marks of the cell's conditions ("*"), as the table prints them.
    func marks(_ cell: Cell) -> String {
        cell.conditions.compactMap { conditions[$0]?.mark }.joined()
    }

    /// Each condition of the cell with its mark and state: "* betingelse fm-phaseout: utsatt 1 år".
    func conditionLines(_ cell: Cell) -> [String] {
        cell.conditions.compactMap { id in
            conditions[id].map { "\($0.mark) \(language.labels.reasons.condition) \(id): \(language.operations.text($0.state))" }
        }
    }

    /// Each step as one line: "skalert ×1,2 [alle linjer]: 10 → 12 (file:line:col)".
    func stepLines(_ cell: Cell) -> [String] {
        let n = language.numbers
        return cell.history.map { step in
            let from = step.fromYear == step.toYear ? n.format(step.fromAmount) : "\(step.fromYear) \(n.format(step.fromAmount))"
            let to = step.fromYear == step.toYear ? n.format(step.toAmount) : "\(step.toYear) \(n.format(step.toAmount))"
            return "\(language.reason(step.reason)): \(Labels.fill(words.change, ["from": from, "to": to])) (\(step.origin?.description ?? words.commandLine))"
        }
    }

    /// "scenario: 2025 solution = 33,5 MNOK", saying when the year is not summed.
    func heading(_ e: Explanation, scenario: String) -> String {
        "\(scenario): \(e.year)\(e.solution.map { " \($0)" } ?? "") = \(language.numbers.format(e.total)) MNOK\(e.isSummedYear ? "" : " (\(words.notSummed))")"
    }
}
