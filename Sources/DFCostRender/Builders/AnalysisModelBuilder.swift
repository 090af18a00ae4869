import DFCostModel
import DFCostNumerics
import DFCostSimulation

/// Builds the analysis model (analysemodell) of a simulation (``AnalysisModel``): a heading, then
/// the uncertainty factors, the correlations (groups, pairs, and the coefficients a repair
/// changed), the event register (hendelsesregister) and the run, each a section. It words and
/// arranges what the model holds; it computes nothing and reads no global.
public struct AnalysisModelBuilder: Sendable {
    public var language: Language

    public init(language: Language) { self.language = language }

    var words: AnalysisModelLabels { language.analysisModel }

    /// The sections: the heading at `level` (a part of a document; a section inside a part), the
    /// rest as sections under it.
    public func sections(_ model: AnalysisModel, level: Section.Level = .part) -> [Section] {
        [Section(title: words.heading, level: level, anchor: "analysis-model", blocks: [.paragraph(words.intro)]),
         factors(model), correlations(model), events(model)] + (model.run.map { [run($0)] } ?? [])
    }

    /// One row per `[[uncertainty]]` entry: its name, the lines it acts on (by name), its
    /// distribution and parameters, its scope and where it was written.
    func factors(_ model: AnalysisModel) -> Section {
        guard !model.factors.isEmpty else {
            return Section(title: words.factorsHeading, level: .section, anchor: "analysis-factors", blocks: [.paragraph(words.noFactors)])
        }
        let columns = [Table.Column(words.factor, .label), Table.Column(words.lineCount, .count), Table.Column(words.distribution, .text),
                       Table.Column(words.parameters, .text), Table.Column(words.scope, .text), Table.Column(words.actsOn, .text),
                       Table.Column(words.origin, .text)]
        let rows = model.factors.map { f in
            Table.Row(.line, [.text(name(f)), .number(Double(f.lines.count)), .text(distribution(f)), .text(parameters(f)),
                              .text(f.kind == .driver ? words.driverScope : f.scope == .shared ? words.sharedScope : words.lineScope),
                              f.lines.isEmpty ? .text(words.selectsNothing) : .lines(f.lines.map(\.name)),
                              .text(f.origin?.description ?? "")])
        }
        return Section(title: words.factorsHeading, level: .section, anchor: "analysis-factors", blocks: [
            .table(Table(columns: columns, rows: rows, textLayout: .entries)),
            .paragraph(Labels.fill(words.drawnFactors, ["count": language.numbers.format(Double(model.drawnFactorCount), decimals: 0)])),
        ])
    }

    /// The entry's name, or "oppføring N" for an unnamed one.
    func name(_ f: AnalysisModel.Factor) -> String {
        switch f.kind {
        case .factor: f.name ?? Labels.fill(words.unnamedEntry, ["entry": "\(f.entry)"])
        case .driver: Labels.fill(words.driverEntry, ["name": f.name ?? "\(f.entry)"])
        }
    }

    func distribution(_ f: AnalysisModel.Factor) -> String { words.name(f.distribution.kind) }

    /// "lav 0,9; mest sannsynlig 1; høy 1,3", after the triple estimate it was fitted from.
    func parameters(_ f: AnalysisModel.Factor) -> String {
        let n = language.numbers
        let fitted = zip(f.distribution.kind.parameterNames, f.distribution.parameters)
            .map { "\(words.parameter($0)) \(n.format($1))" }.joined(separator: "; ")
        switch f.estimate {
        case nil: return fitted
        case .triple(let p10, let mostLikely, let p90)?:
            return Labels.fill(words.tripleEstimate, ["p10": n.format(p10), "mostLikely": n.format(mostLikely), "p90": n.format(p90)]) + " → " + fitted
        }
    }

    /// Groups with their coefficient and lines, explicit pairs, and every coefficient a repair changed.
    func correlations(_ model: AnalysisModel) -> Section {
        var blocks: [Block] = []
        if !model.correlationGroups.isEmpty {
            blocks.append(.paragraph(words.groupsHeading))
            blocks.append(.table(Table(
                columns: [Table.Column(words.group, .label), Table.Column(words.coefficient, .decimalAmount(decimals: 0)),
                          Table.Column(words.actsOn, .text), Table.Column(words.origin, .text)],
                rows: model.correlationGroups.map { g in
                    Table.Row(.line, [.text(g.isNamed ? g.name : Labels.fill(words.unnamedGroup, ["entry": "\(g.entry)"])), .amount(g.coefficient), .lines(g.lines.map(\.name)), .text(g.origin?.description ?? "")])
                }, textLayout: .entries)))
        }
        if !model.correlationPairs.isEmpty {
            blocks.append(.paragraph(words.pairsHeading))
            blocks.append(.table(Table(
                columns: [Table.Column(words.firstFactor, .label), Table.Column(words.secondFactor, .text),
                          Table.Column(words.coefficient, .decimalAmount(decimals: 0)), Table.Column(words.origin, .text)],
                rows: model.correlationPairs.map { p in
                    Table.Row(.line, [.text(p.first.name), .text(p.second.name), .amount(p.coefficient), .text(p.origin?.description ?? "")])
                })))
        }
        if !model.repairs.isEmpty {
            blocks.append(.paragraph(words.repairsHeading))
            blocks.append(.table(Table(
                columns: [Table.Column(words.firstFactor, .label), Table.Column(words.secondFactor, .text),
                          Table.Column(words.before, .statistic(decimals: 6)), Table.Column(words.after, .statistic(decimals: 6))],
                rows: model.repairs.map { r in Table.Row(.line, [.text(r.first.name), .text(r.second.name), .number(r.old), .number(r.new)]) })))
        }
        if blocks.isEmpty { blocks.append(.paragraph(words.noCorrelation)) }
        return Section(title: words.correlationsHeading, level: .section, anchor: "analysis-correlation", blocks: blocks)
    }

    /// The event register: each uncertain condition with its states and their probabilities,
    /// the lines it acts on and where it was written.
    func events(_ model: AnalysisModel) -> Section {
        guard !model.events.isEmpty else {
            return Section(title: words.eventsHeading, level: .section, anchor: "analysis-events", blocks: [.paragraph(words.noEvents)])
        }
        let n = language.numbers
        let rows = model.events.map { e in
            let states = e.outcomes.map { o -> String in
                let percent = (try? o.probability.multiplied(by: ExactDecimal(100))).map { n.format($0) } ?? n.format(o.probability)
                return "\(language.operations.text(o.state)): \(percent) %"
            }
            return Table.Row(.line, [.text(LineNames.condition(e.id, description: e.description)), .text(states.joined(separator: "; ")),
                                     .lines(e.lines.map(\.name)), .text(e.origin?.description ?? "")])
        }
        return Section(title: words.eventsHeading, level: .section, anchor: "analysis-events", blocks: [
            .table(Table(columns: [Table.Column(words.event, .label), Table.Column(words.states, .text), Table.Column(words.actsOn, .text),
                                   Table.Column(words.origin, .text)], rows: rows, textLayout: .entries)),
        ])
    }

    /// Trials, seed, sampling method, and the dfcost that ran it.
    /// "betingelse fm-phaseout: utsatt 1 år", "skalert ×1,2 [løsning e-resept]".
    func whatIf(_ w: AnalysisModel.WhatIf) -> String {
        switch w {
        case .condition(let id, let state): "\(language.labels.reasons.condition) \(id): \(language.operations.text(state))"
        case .operation(let op): language.operations.text(op)
        }
    }

    func run(_ run: AnalysisModel.Run) -> Section {
        let items: [(key: String, value: Table.Cell)] = [
            (words.trials, .amount(ExactDecimal(run.trials))),
            (words.seed, .text("\(run.seed)")),
            (words.sampling, .text(words.name(run.sampling))),
            (words.version, .text(run.software?.version ?? words.notSaid)),
            (words.commit, .text(run.software.map { s in s.commit.map { s.modified ? $0 + words.modified : $0 } ?? words.unknownCommit } ?? words.notSaid)),
            (words.whatIfs, .text(run.whatIfs.isEmpty ? words.noWhatIfs : run.whatIfs.map(whatIf).joined(separator: "; "))),
        ]
        return Section(title: words.runHeading, level: .section, anchor: "analysis-run",
                       blocks: [.keyValues(KeyValueList(unit: "", kind: .text, items: items))])
    }
}
