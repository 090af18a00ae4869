import DFCostModel
import DFCostRender
import Testing

/// Each writer over one small document: the rules a new section gets for free in every format.
@Suite struct DocumentWriterTests {
    static func amount(_ text: String) -> ExactDecimal { ExactDecimal(text)! }

    /// A grouped table (a heading, two lines, a subtotal, the sum) with a source, a scenario,
    /// a note, a warning and a chart.
    static let document: Document = {
        let key = { (kind: String, id: String) in Table.MachineKey(kind: kind, id: id, solution: kind == "sum" ? "" : "a") }
        let table = Table(caption: "The table", columns: [Table.Column("Line", .label), Table.Column("2024", .year(2024)), Table.Column("2025", .year(2025))], rows: [
            Table.Row(.solutionHeading, [.text("A")]),
            Table.Row(.line, [.text("a1"), .tableAmount(amount("1.5"), isInternal: false, marks: "*"), .empty], machine: key("line", "a1")),
            Table.Row(.line, [.text("a2"), .tableAmount(amount("2"), isInternal: true, marks: ""), .tableAmount(amount("1000"), isInternal: false, marks: "")],
                      machine: key("line", "a2")),
            Table.Row(.subtotal, [.text("Sum A"), .tableAmount(amount("1.5"), isInternal: false, marks: ""), .tableAmount(amount("1000"), isInternal: false, marks: "")],
                      machine: key("subtotal", "a")),
            Table.Row(.sum, [.text("Sum"), .tableAmount(amount("1.5"), isInternal: false, marks: ""), .tableAmount(amount("1000"), isInternal: false, marks: "")],
                      machine: key("sum", "sum")),
        ], meta: [["meta", "table.title", "T"]])
        let chart = Chart(kind: .line, title: "Level", categoryHeader: "Year", categories: ["2024", "2025"], valueKind: .money,
                          series: [Chart.Series(name: "Level", values: [.amount(amount("1.5")), .amount(amount("1001.5"))])])
        return Document(language: .en, sections: [Section(title: "T (MNOK)", level: .title, blocks: [
            .paragraph("Source: S"), .byline(key: "Scenario", value: "s"), .table(table),
            .notes(Notes(notes: ["* n"], warnings: ["warning: w"])), .chart(chart),
        ])])
    }()

    @Test func textIndentsLinesUnderTheirHeadingAndRulesOffTheHeaderAndTheSum() {
        #expect(TextWriter().write(Self.document) == """
            T (MNOK)
            Source: S
            Scenario: s

            Line     2024   2025
            --------------------
            A
              a1     1.5*
              a2      (2)  1,000
              Sum A   1.5  1,000
            --------------------
            Sum       1.5  1,000

            * n
            warning: w

            """)
    }

    @Test func markdownEmboldensEverythingButLinesAndEscapesCells() {
        #expect(MarkdownWriter().write(Self.document) == """
            ## T (MNOK)

            Source: S

            | Line | 2024 | 2025 |
            |---|---:|---:|
            | **A** |  |  |
            | a1 | 1.5\\* |  |
            | a2 | (2) | 1,000 |
            | **Sum A** | 1.5 | 1,000 |
            | **Sum** | 1.5 | 1,000 |

            - \\* n

            > warning: w

            """)
    }

    @Test func theSheetCSVListsTheTableUnderItsCaptionAndTheChartsData() {
        let expected = [
            "T (MNOK)", "Source: S", "Scenario,s", "", "The table", "Line,2024,2025", "A", "  a1,1.5*,", "  a2,(2),1000", "  Sum A,1.5,1000",
            "Sum,1.5,1000", "", "* n", "warning: w", "", "Level", "Year,Level", "2024,1.5", "2025,1001.5",
        ].map { $0 + "\r\n" }.joined()
        #expect(SheetCSVWriter(dialect: .rfc4180).write(Self.document) == expected)
    }

    @Test func theTableLayoutCSVWritesKeyedRowsAndTheMetaRows() {
        let expected = [
            "kind,id,solution,initiative,part,2024,2024_internal,2024_conditions,2025,2025_internal,2025_conditions",
            "line,a1,a,,,1.5,false,*,,,", "line,a2,a,,,2,true,,1000,false,", "subtotal,a,a,,,1.5,false,,1000,false,",
            "sum,sum,,,,1.5,false,,1000,false,", "meta,table.title,T",
        ].map { $0 + "\r\n" }.joined()
        var document = Self.document
        document.csvLayout = .tableLayout
        #expect(DocumentWriter(csvDialect: .rfc4180).write(document, format: .csv) == expected)
    }

    @Test func htmlClassesEachRowOfTheGroupedTableByItsKind() throws {
        let html = try #require(DocumentWriter().write(Self.document, format: .html))
        #expect(html.contains("""
            <table class="tbu">
            <thead><tr><th scope="col" class="word">Line</th><th scope="col" class="num">2024</th><th scope="col" class="num">2025</th></tr></thead>
            <tbody>
            <tr class="solution"><th scope="rowgroup" colspan="3">A</th></tr>
            <tr class="line"><th scope="row" class="word">a1</th><td class="num">1.5*</td><td class="num"></td></tr>
            <tr class="line"><th scope="row" class="word">a2</th><td class="num">(2)</td><td class="num">1,000</td></tr>
            <tr class="subtotal"><th scope="row">Sum A</th><td class="num">1.5</td><td class="num">1,000</td></tr>
            <tr class="sum"><th scope="row" class="word">Sum</th><td class="num">1.5</td><td class="num">1,000</td></tr>
            </tbody>
            </table>
            <ul class="notes">
            <li>* n</li>
            <li>warning: w</li>
            </ul>
            """))
    }

    @Test func aDetailColumnShowsInCSVOnlyAndABarColumnInTextOnly() {
        let table = Table(columns: [Table.Column("Factor", .label), Table.Column("Where", .text, isDetail: true),
                                    Table.Column("SRC", .statistic(decimals: 1)), Table.Column("", .bar)],
                          rows: [Table.Row(.line, [.text("f"), .text("x y"), .number(0.5), .number(1)]),
                                 Table.Row(.line, [.text("g"), .text("z"), .number(-0.25), .number(0.5)])])
        let document = Document(language: .en, sections: [Section(title: "S", level: .section, blocks: [.table(table)])])
        #expect(TextWriter().write(document) == "\nS\nFactor   SRC\n----------------------------------\nf        0.5  ████████████████████\ng       -0.3  ██████████\n")
        #expect(MarkdownWriter().write(document) == "### S\n\n| Factor | SRC |\n|---|---:|\n| f | 0.5 |\n| g | -0.3 |\n")
        #expect(SheetCSVWriter(dialect: .rfc4180).write(document) == "\r\nS\r\nFactor,Where,SRC\r\nf,x y,0.5\r\ng,z,-0.3\r\n")
    }

    @Test func aTitledKeyValueListReadsAsTitleColonItemsInTextAndAsATableInMarkdown() {
        let shares = KeyValueList(title: "Shares", unit: "%", kind: .percent(decimals: 1),
                                  items: [("RHF", .number(0.455)), ("Kommuner", .number(0.5))])
        let count = KeyValueList(unit: "n", kind: .count, items: [("Trials", .number(2000))])
        let document = Document(language: .nb, sections: [Section(title: nil, level: .section, blocks: [.paragraph("P"), .keyValues(shares), .keyValues(count)])])
        #expect(TextWriter().write(document) == "\nP\n\nShares:\nRHF       45,5 %\nKommuner  50,0 %\nTrials  2\u{A0}000\n")
        #expect(MarkdownWriter().write(document) == "P\n\n### Shares\n\n|  | % |\n|---|---:|\n| RHF | 45,5 % |\n| Kommuner | 50,0 % |\n\n|  | n |\n|---|---:|\n| Trials | 2\u{A0}000 |\n")
    }

    /// Two records of entries: a summary label for people, detail columns for the data formats.
    static let entries: Document = {
        let columns = [Table.Column("Line", .label, isSummary: true), Table.Column("Id", .text, isDetail: true),
                       Table.Column("Amount", .money), Table.Column("Written at", .text), Table.Column("Steps", .text)]
        func record(_ title: String, _ rows: [Table.Row]) -> Section {
            Section(title: title, level: .record, blocks: [.table(Table(columns: columns, rows: rows, textLayout: .entries))])
        }
        return Document(language: .en, sections: [
            record("2024 = 1,002", [
                Table.Row(.line, [.text("a (A)"), .text("a"), .amount(amount("1002")), .text("f:1:2"), .lines([])]),
                Table.Row(.solutionHeading, [.text("not counted")]),
                Table.Row(.line, [.text("b 2025: moved"), .text("b"), .amount(amount("-3")), .text("f:3:4"), .lines(["shift: 2024 -> 2025", "x|y"])]),
                Table.Row(.sum, [.text("Total"), .empty, .amount(amount("1002"))]),
            ]),
            record("2025 = 0", [Table.Row(.sum, [.text("Total"), .empty, .amount(amount("0"))])]),
        ], csvLayout: .records)
    }()

    @Test func entriesListEachRowWithItsDetailsBelowInTextAndAreATableElsewhere() {
        #expect(TextWriter().write(Self.entries) == """
            2024 = 1,002
                 1,002  a (A)
                        written at f:1:2
              not counted:
                    -3  b 2025: moved
                        written at f:3:4
                        shift: 2024 -> 2025
                        x|y

            2025 = 0

            """)
        #expect(MarkdownWriter().write(Self.entries) == """
            ## 2024 = 1,002

            | Line | Amount | Written at | Steps |
            |---|---:|---|---|
            | a (A) | 1,002 | f:1:2 |  |
            | **not counted** |  |  |  |
            | b 2025: moved | -3 | f:3:4 | shift: 2024 -> 2025<br>x\\|y |
            | **Total** | 1,002 |  |  |

            ## 2025 = 0

            | Line | Amount | Written at | Steps |
            |---|---:|---|---|
            | **Total** | 0 |  |  |

            """)
        // One table of the line rows, the id instead of the summary label, the steps joined.
        #expect(DocumentWriter(csvDialect: .rfc4180).write(Self.entries, format: .csv)
            == "Id,Amount,Written at,Steps\r\na,1002,f:1:2,\r\nb,-3,f:3:4,shift: 2024 -> 2025 | x|y\r\n")
    }

    /// A fan, an S-curve and a tornado as charts of a document: HTML draws each (data marks in
    /// its SVG) beside its data table; CSV lists the same table.
    @Test func fanCurveAndTornadoChartsAreDrawnInHTMLAndListedInCSV() {
        let fan = Chart(kind: .fan(median: "Median", band: "P10–P90"), id: "fan", title: "Fan", description: "Increase", unit: "MNOK",
                        categoryHeader: "Year", categories: ["2024", "2025"], valueKind: .statistic(decimals: 1),
                        series: [Chart.Series(name: "P10", values: [.number(1), .number(2)]), Chart.Series(name: "P50", values: [.number(2), .number(3)]),
                                 Chart.Series(name: "P90", values: [.number(3), .number(5)]), Chart.Series(name: "Plan", values: [.amount(Self.amount("2")), .amount(Self.amount("2.5"))])])
        let curve = Chart(kind: .curve(probabilities: [0.1, 0.5, 0.85]), id: "scurve", title: "Curve", description: "Total:", unit: "MNOK",
                          categoryHeader: "Probability", categories: ["P10", "P50", "P85"], valueKind: .statistic(decimals: 1),
                          series: [Chart.Series(name: "Value", values: [.number(10), .number(12), .number(15.25)])], listed: [1, 2])
        let tornado = Chart(kind: .tornado, id: "tornado", title: "Tornado", description: "Largest:", categoryHeader: "Factor",
                            categories: ["f", "g"], valueKind: .statistic(decimals: 2),
                            series: [Chart.Series(name: "SRC", values: [.number(0.9), .number(-0.2)]), Chart.Series(name: "ρ", values: [.number(0.8), .number(-0.1)])])
        let document = Document(language: .en, sections: [Section(title: "S", level: .title, blocks: [.chart(fan), .chart(curve), .chart(tornado)])])
        let html = HTMLWriter().write(document)
        for id in ["fan", "scurve", "tornado"] {
            let figure = html.components(separatedBy: "<figure class=\"chart\" id=\"fig-\(id)\">").dropFirst().first?.components(separatedBy: "</figure>").first ?? ""
            #expect(figure.contains("<svg") && figure.contains("class=\"mark\""), "\(id) draws nothing")
        }
        #expect(html.contains("Increase 2024–2025, MNOK; P50: 2024: 2.0; 2025: 3.0."))
        #expect(html.contains("Total: P50 = 12.0 MNOK; P85 = 15.3 MNOK."))
        #expect(html.contains("Largest: f: 0.90; g: -0.20."))
        // The curve's table lists P50 and P85 only; the drawing has P10 as well.
        #expect(!html.contains("<th scope=\"row\" class=\"word\">P10</th>"))
        #expect(html.contains("<th scope=\"row\" class=\"word\">P85</th><td class=\"num\">15.3</td>"))
        let csv = SheetCSVWriter(dialect: .rfc4180).write(document)
        #expect(csv.contains("\r\nYear,P10,P50,P90,Plan\r\n2024,1.0,2.0,3.0,2\r\n2025,2.0,3.0,5.0,2.5\r\n"))
        #expect(csv.contains("\r\nProbability,Value\r\nP50,12.0\r\nP85,15.3\r\n"))
        #expect(csv.contains("\r\nFactor,SRC,ρ\r\nf,0.90,0.80\r\ng,-0.20,-0.10\r\n"))
    }
}
