/// Writes an ``OracleCase`` as scenario files: `base.toml` (the table, solutions, conditions,
/// lines, and the base file's own states and operations), then `f1.toml`, `f2.toml`, ... each
/// extending the one before; and the command-line what-ifs as the text `dfcost` takes.
enum TOMLRenderer {
    /// File names, base first; the last is the one named on the command line.
    static func fileNames(_ spec: OracleCase) -> [String] {
        spec.files.indices.map { $0 == 0 ? "base.toml" : "f\($0).toml" }
    }

    /// The text of every file of the chain, base first.
    static func files(_ spec: OracleCase) -> [String] {
        let names = fileNames(spec)
        return spec.files.indices.map { k in
            var out = "version = 1\n"
            if k > 0 { out += "extends = \(quoted(names[k - 1]))\n" }
            if let p = spec.files[k].precision { out += "\n[scenario]\nprecision = \(p)\n" }
            if k == 0 { out += table(spec) }
            out += states(spec, file: spec.files[k], isBase: k == 0)
            if k == 0 {
                for s in spec.solutions { out += "\n[[solutions]]\nid = \(quoted(s))\nname = \(quoted(s.uppercased()))\n" }
            }
            for line in (k == 0 ? spec.baseLines : []) + spec.files[k].lines {
                out += "\n[[lines]]\n" + lineBody(line, spec: spec, separator: "\n") + "\n"
            }
            for operation in spec.files[k].operations { out += "\n[[operations]]\n" + self.operation(operation, spec: spec) }
            return out
        }
    }

    static func table(_ spec: OracleCase) -> String {
        """

        [table]
        title = "Oracle case"
        unit = "MNOK"
        years = \(list(spec.years))
        summed_years = \(list(spec.summedYears))

        """
    }

    /// The base file declares every condition (with its state if it sets one); a derived file
    /// only sets states.
    static func states(_ spec: OracleCase, file: OracleFile, isBase: Bool) -> String {
        var out = ""
        if isBase {
            for c in spec.conditions {
                out += "\n[conditions.\(c.id)]\ndescription = \(quoted("depends on \(c.id)"))\n"
                if c.writesMark { out += "mark = \(quoted(c.mark))\n" }
                for s in file.states where s.condition == c.id { out += "state = \(quoted(s.state.description))\n" }
            }
        } else {
            for s in file.states { out += "\n[conditions.\(s.condition)]\nstate = \(quoted(s.state.description))\n" }
        }
        return out
    }

    static func lineBody(_ line: OracleLine, spec: OracleCase, separator: String) -> String {
        var fields = ["id = \(quoted(line.id))", "solution = \(quoted(line.solution))", "initiative = \(quoted(line.initiative))"]
        if !line.part.isEmpty { fields.append("part = \(quoted(line.part))") }
        if !line.tags.isEmpty { fields.append("tags = [\(line.tags.map(quoted).joined(separator: ", "))]") }
        fields.append("cells = { \(line.cells.map { "\($0.year) = \(cell($0, spec: spec))" }.joined(separator: ", ")) }")
        return fields.joined(separator: separator)
    }

    /// A cell in the form the generator chose.
    static func cell(_ c: OracleCell, spec: OracleCase) -> String {
        switch c.form {
        case .number:
            return c.amount.description
        case .table:
            var parts = ["amount = \(c.amount)"]
            if c.isInternal { parts.append("internal = true") }
            let ids = c.doubledMark ? [c.conditions[0]] + c.conditions : c.conditions
            if !ids.isEmpty { parts.append("conditions = [\(ids.map(quoted).joined(separator: ", "))]") }
            return "{ \(parts.joined(separator: ", ")) }"
        case .notation:
            return quoted(notation(c, spec: spec))
        }
    }

    /// A cell in the report's notation, unquoted (`(2,5) *`); a number form is its number.
    static func notation(_ c: OracleCell, spec: OracleCase) -> String {
        switch c.form {
        case .number, .table:
            return c.amount.description + c.conditions.compactMap { id in spec.conditions.first { $0.id == id }?.mark }.joined()
        case .notation(let comma, let unicodeMinus, let space):
            var number = c.amount.description
            if comma { number = String(number.map { $0 == "." ? "," : $0 }) }
            if unicodeMinus, number.hasPrefix("-") { number = "\u{2212}" + number.dropFirst() }
            if c.isInternal { number = "(\(number))" }
            var marks = c.conditions.map { id in spec.conditions.first { $0.id == id }?.mark ?? "?" }
            if c.doubledMark, let first = marks.first { marks.insert(first, at: 0) }
            let suffix = marks.joined()
            return number + (space && !suffix.isEmpty ? " " : "") + suffix
        }
    }

    static func operation(_ op: OracleOperation, spec: OracleCase) -> String {
        var out: String
        switch op.kind {
        case .scale(let f): out = "scale = \(f)\n"
        case .shift(let n): out = "shift = \(n)\n"
        case .set(let c): out = "set = { \(c.year) = \(cell(c, spec: spec)) }\n"
        case .add(let line): out = "add = { \(lineBody(line, spec: spec, separator: ", ")) }\n"
        case .remove: out = "remove = true\n"
        case .index(let base, let rates):
            let r = rates.keys.sorted().map { "\($0) = \(rates[$0]!)" }.joined(separator: ", ")
            out = "index = { base_year = \(base), rates = { \(r) } }\n"
        case .horizon(let years, let summed):
            out = "horizon = { years = \(list(years)), summed_years = \(list(summed)) }\n"
        }
        if !op.selector.isEmpty { out += "select = \(select(op.selector))\n" }
        return out
    }

    /// `{ solution = "a", tag = ["x", "y"], years = "2024-2025", include_internal = true }`;
    /// a single value is written as a string, several as a list.
    static func select(_ s: OracleSelector) -> String {
        var parts: [String] = []
        for (key, values) in [("solution", s.solutions), ("line", s.lines), ("tag", s.tags), ("part", s.parts), ("initiative", s.initiatives)]
        where !values.isEmpty {
            parts.append("\(key) = \(values.count == 1 ? quoted(values[0]) : "[\(values.map(quoted).joined(separator: ", "))]")")
        }
        if let y = s.years {
            parts.append(y.lowerBound == y.upperBound ? "years = \(y.lowerBound)" : "years = \"\(y.lowerBound)-\(y.upperBound)\"")
        }
        if s.includeInternal { parts.append("include_internal = true") }
        return "{ \(parts.joined(separator: ", ")) }"
    }

    /// The command-line selector: `solution:a,tag:x,include_internal:true@2024-2025`, or `all`.
    static func commandLineSelector(_ s: OracleSelector) -> String {
        var terms: [String] = []
        for (key, values) in [("solution", s.solutions), ("line", s.lines), ("tag", s.tags), ("part", s.parts), ("initiative", s.initiatives)] {
            terms += values.map { "\(key):\($0)" }
        }
        if s.includeInternal { terms.append("include_internal:true") }
        var text = terms.isEmpty ? (s.years == nil ? "all" : "") : terms.joined(separator: ",")
        if let y = s.years { text += y.lowerBound == y.upperBound ? "@\(y.lowerBound)" : "@\(y.lowerBound)-\(y.upperBound)" }
        return text
    }

    /// `--vary` text of a sweep parameter.
    static func vary(_ p: OracleSweepParameter) -> String {
        switch p {
        case .condition(let id, let states): "condition:\(id)=\(states.map(\.description).joined(separator: "|"))"
        case .scale(let s, let values): "scale:\(commandLineSelector(s))=\(values.map(\.description).joined(separator: "|"))"
        case .shift(let s, let values): "shift:\(commandLineSelector(s))=\(values.map(String.init).joined(separator: "|"))"
        }
    }

    /// The whole case as one text: every file, then the command line, for failure messages.
    static func describe(_ spec: OracleCase) -> String {
        var out = ""
        for (name, text) in zip(fileNames(spec), files(spec)) { out += "--- \(name)\n\(text)" }
        let w = commandLine(spec.whatIfs, spec: spec)
        var args: [String] = []
        args += w.conditions.map { "--condition '\($0)'" }
        args += w.adds.map { "--add '\($0)'" }
        args += w.sets.map { "--set '\($0)'" }
        args += w.removes.map { "--remove '\($0)'" }
        args += w.scales.map { "--scale '\($0)'" }
        args += w.indexes.map { "--index '\($0)'" }
        args += w.shifts.map { "--shift '\($0)'" }
        args += spec.sweep.map { "--vary '\(vary($0))'" }
        if !args.isEmpty { out += "--- command line\n" + args.joined(separator: " ") + "\n" }
        return out
    }

    /// The command-line what-ifs as `dfcost` takes them, option by option.
    struct CommandLineText {
        var conditions: [String]
        var adds: [String]
        var sets: [String]
        var removes: [String]
        var scales: [String]
        var indexes: [String]
        var shifts: [String]
    }

    static func commandLine(_ w: OracleWhatIfs, spec: OracleCase) -> CommandLineText {
        CommandLineText(
            conditions: w.conditions.map { "\($0.condition)=\($0.state)" },
            adds: w.adds.map { line in
                var fields = ["id=\(line.id)", "solution=\(line.solution)", "initiative=\(line.initiative)"]
                if !line.part.isEmpty { fields.append("part=\(line.part)") }
                if !line.tags.isEmpty { fields.append("tags=\(line.tags.joined(separator: "|"))") }
                fields += line.cells.map { "\($0.year)=\(notation($0, spec: spec))" }
                return fields.joined(separator: ";")
            },
            sets: w.sets.map { s in
                var selector = s.selector
                selector.years = s.cell.year...s.cell.year
                return "\(commandLineSelector(selector))=\(notation(s.cell, spec: spec))"
            },
            removes: w.removes.map(commandLineSelector),
            scales: w.scales.map { "\(commandLineSelector($0.selector))=\($0.factor)" },
            indexes: w.indexes.map { i in
                "\(commandLineSelector(i.selector))=\(i.baseYear):" + i.rates.keys.sorted().map { "\($0)=\(i.rates[$0]!)" }.joined(separator: ",")
            },
            shifts: w.shifts.map { "\(commandLineSelector($0.selector))=\($0.years)" })
    }

    static func list(_ ys: [Int]) -> String { "[\(ys.map(String.init).joined(separator: ", "))]" }

    static func quoted(_ s: String) -> String {
        "\"" + s.replacingAll("\\", "\\\\").replacingAll("\"", "\\\"") + "\""
    }
}

extension String {
    /// Every occurrence of `target` replaced (no Foundation needed).
    func replacingAll(_ target: Character, _ replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
