import DFCostModel
import DFCostScenario

/// Why a table could not be imported, as data (the cell's text, the column, the year, what was
/// written and what the lines give, the suggestion), so that a front end words it in the user's
/// language. The English line is ``description``.
public enum TableImportReason: Sendable, Hashable, CustomStringConvertible {
    // The file's bytes.
    /// A file that starts as UTF-16 text but is not.
    case notUTF16
    /// A byte that is not UTF-8 in a file whose other characters are.
    case mixedEncodings(byte: UInt8)
    /// A byte that is neither UTF-8 nor Windows-1252 text.
    case notText(byte: UInt8)
    /// A quoted field without its closing quote.
    case unclosedQuote

    // The table as a whole.
    /// A file with no non-blank row.
    case noTable
    /// A table with no line with amounts.
    case noLines
    /// No header row with the years (the report layout).
    case noYearHeader
    /// A year column after a later or equal one (`year` after `after`).
    case yearsOutOfOrder(year: Int, after: Int)
    /// A year column after a later or equal one (dfcost's CSV layout).
    case yearColumnsNotIncreasing
    /// The lines of a year sum beyond the amounts dfcost holds.
    case sumBeyondRange(year: Int)
    /// The cumulative level of a year is beyond the amounts dfcost holds.
    case cumulativeBeyondRange(year: Int)

    // Rows and columns of the report layout.
    /// An amount above the header row with the years.
    case amountAboveHeader(text: String)
    /// A row with amounts after the table's last total; `moveOrRemove` when the row is outside
    /// the table's columns too.
    case rowAfterLastTotal(label: String, moveOrRemove: Bool)
    /// An amount in a column with no year in the header row.
    case amountWithoutYear(text: String)
    /// More than two label columns besides the solution's (their letters, `B, C, D`).
    case tooManyLabelColumns(count: Int, columns: [String])
    /// One label column beside the solution's column: no tiltak.
    case onlyOneLabelColumn
    /// A second footnote for a mark.
    case secondFootnote(mark: String, first: String)
    /// Two marks where one ends the other (`*` and `**`); `longer` is the one a cell may end in.
    case marksAlike(String, String, longer: String)
    /// A cell with something after its number that cannot be a mark.
    case strayAfterNumber(text: String, stray: String)
    /// A cell with a mark no footnote explains.
    case unexplainedMark(text: String, mark: String)
    /// A total's cell with parentheses or a mark.
    case markedTotal(text: String, label: String)
    /// A total row without amounts.
    case totalWithoutAmounts(label: String)
    /// A row without amounts in a label column other than the solution's.
    case headingInLabelColumn(label: String)
    /// A subtotal before any solution.
    case subtotalBeforeSolution(label: String)
    /// A subtotal naming no solution above it, with the solutions and the closest one.
    case unknownSubtotal(label: String, name: String, solutions: [String], suggestion: String?)
    /// A total label dfcost cannot check.
    case uncheckableTotal(label: String)
    /// A line before any solution.
    case lineBeforeSolution(label: String)
    /// A row with amounts and no label.
    case rowWithoutLabel
    /// A second line with the same solution, tiltak and del (the first on row `firstRow`).
    case duplicateLine(solution: String, initiative: String, part: String, firstRow: Int)
    /// Amounts with a decimal point among amounts with decimal commas (`comma` false), or the
    /// other way round, with an example of the usual sign and its place.
    case mixedDecimalSigns(text: String, comma: Bool, example: String, line: Int, column: Int)
    /// An amount whose one separator comes before exactly three digits (`1.250`, `1,250`) in a
    /// table where no other amount shows the decimal sign: 1 250 or 1,25, and dfcost never
    /// guesses which. `comma`: the separator is a comma.
    case ambiguousSeparator(text: String, comma: Bool)
    /// A cell that is not in the table's notation.
    case cell(CellNotation.Failure)

    // Totals that do not add up.
    /// A line whose amounts are the sum of every line above it: a total under a label dfcost
    /// does not know, with the closest known label; `failing` is the total that does not add
    /// up with the line counted, if one does not.
    case unlabelledTotal(label: String, suggestion: String?, failing: SourceReference?)
    /// A solution's subtotal that its lines do not give.
    case subtotalDiffers(solution: String, year: Int, written: ExactDecimal, computed: ExactDecimal)
    /// A Sum (or rounded sum) row that its lines do not give; `rounded` for "Sum, avrundet";
    /// `decimals` when the row is written to more decimals than the amount.
    case totalDiffers(rounded: Bool, year: Int, written: ExactDecimal, decimals: Int?, computed: ExactDecimal)
    /// A cumulative level that the sums do not give (`asWritten`: the sums as written, when they differ).
    case cumulativeDiffers(year: Int, written: ExactDecimal, computed: ExactDecimal, asWritten: ExactDecimal?)

    // dfcost's CSV layout.
    /// A header without a year column.
    case noYearColumn
    /// A header without a required column.
    case missingColumn(String)
    /// A line without an id.
    case lineWithoutID
    /// A line id used twice.
    case duplicateLineID(String)
    /// A line without a solution.
    case lineWithoutSolution(id: String)
    /// A field that is neither `true` nor `false`.
    case notTrueOrFalse(String)
    /// A `sum` or `sumRounded` row that its lines do not give.
    case sumRowDiffers(rounded: Bool, year: Int, written: ExactDecimal, computed: ExactDecimal)
    /// A meta row with a key dfcost does not know.
    case unknownMetaKey(String)
    /// A summed year that is not a year column.
    case summedYearNotAColumn(String)
    /// A summed year listed twice.
    case summedYearTwice(Int)
    /// Summed years out of order.
    case summedYearsOutOfOrder(year: Int, after: Int)
    /// A second row of summed years.
    case secondSummedYears(key: String)
    /// A published sum for a year that is no year column.
    case publishedSumNotAColumn(String)
    /// A meta row naming a line the table does not have.
    case unknownLine(key: String, id: String)
    /// A line position that is not 1, 2, ...
    case notAPosition(String)
    /// An id that is not a line id.
    case notALineID(String)
    /// An id used by two rows (the first on row `firstRow`).
    case idTaken(String, firstRow: Int)

    // After reading.
    /// A warning of the receipt, an error with `--strict`.
    case strictWarning(ImportReceipt.Warning)
    /// The scenario file import would write does not load (a defect of the importer); the
    /// loader's error, in the file named `source`.
    case writtenFileDoesNotLoad(ScenarioError, source: String)
    /// The scenario file import would write loads as another table (a defect of the importer).
    case writtenFileDiffers

    /// The words of a sum check's quoted totals and of the known total labels.
    static let sumLabelsText = "'Sum' (or 'Sum totalt', 'Totalt', 'I alt')"

    public var description: String {
        switch self {
        case .notUTF16: "starts as UTF-16 text but is not; save the spreadsheet as CSV UTF-8"
        case .mixedEncodings(let byte):
            "byte 0x\(Self.hex(byte)) is not UTF-8, while other characters of the file are: the file mixes encodings; save it again as CSV UTF-8"
        case .notText(let byte): "byte 0x\(Self.hex(byte)) is neither UTF-8 nor Windows-1252 text; save the spreadsheet as CSV UTF-8"
        case .unclosedQuote: "a quoted field never closes (a '\"' is missing)"
        case .noTable: "the file holds no table"
        case .noLines: "the table has no lines with amounts"
        case .noYearHeader: "no header row with the years (write e.g. Tiltak;Del;2024;2025;2026 above the lines)"
        case .yearsOutOfOrder(let year, let after): "the year columns must increase without repeats (\(year) after \(after))"
        case .yearColumnsNotIncreasing: "the year columns must increase without repeats"
        case .sumBeyondRange(let year): "the lines of \(year) sum beyond the amount range"
        case .cumulativeBeyondRange(let year): "the cumulative level of \(year) is beyond the amount range"
        case .amountAboveHeader(let text):
            "'\(text)' is an amount above the header row with the years; put the header row above the lines, or remove it"
        case .rowAfterLastTotal(let label, let moveOrRemove):
            "a row with amounts after the table's last total ('\(label)'): lines go above the Sum row" + (moveOrRemove ? "; move it, or remove it" : "")
        case .amountWithoutYear(let text): "'\(text)' is in a column with no year in the header row; put the year above it, or remove it"
        case .tooManyLabelColumns(let count, let columns):
            "the lines have text in \(count) label columns (\(columns.joined(separator: ", "))) besides the solution: dfcost reads one column 'Tiltak / del' or two, Tiltak and Del; merge or remove the others"
        case .onlyOneLabelColumn: "the lines have only one label column; write each line's tiltak beside its solution"
        case .secondFootnote(let mark, let first):
            "a second footnote for the mark '\(mark)' (the first says '\(first)'); write one footnote per mark"
        case .marksAlike(let a, let b, let longer):
            "the marks '\(a)' and '\(b)' cannot be told apart (a cell ending in '\(longer)' could carry one mark or two); use another sign for one of them, such as † or ‡"
        case .strayAfterNumber(let text, let stray):
            "'\(text)' has '\(stray)' after the number, which cannot be a condition mark; write the amount alone, or a mark such as * explained in a footnote"
        case .unexplainedMark(let text, let mark):
            "'\(text)' carries the mark '\(mark)', which no footnote under the table explains; add one such as '\(mark) Er avhengig av full utfasing av FM.', or remove the mark"
        case .markedTotal(let text, let label):
            "'\(text)' in the total row '\(label)': a total is a plain amount, without parentheses or a mark"
        case .totalWithoutAmounts(let label): "'\(label)' reads as a total but has no amounts; fill in its amounts, or remove the row"
        case .headingInLabelColumn(let label):
            "'\(label)' is a row without amounts in a label column other than the solution's; dfcost cannot tell what it heads (remove it, or write it as a note under the table)"
        case .subtotalBeforeSolution(let label):
            "'\(label)' comes before any solution, and is not the table's last Sum row: a subtotal follows its solution's lines"
        case .unknownSubtotal(let label, let name, let solutions, let suggestion):
            "'\(label)' reads as a subtotal, but '\(name)' is none of the solutions above it (\(solutions.joined(separator: ", ")))"
                + (suggestion.map { "; did you mean 'Sum \($0)'?" } ?? "")
        case .uncheckableTotal(let label):
            "'\(label)' reads as a total, but is none dfcost can check; label the total of every solution \(Self.sumLabelsText), a solution's subtotal 'Sum <solution>', the rounded sums 'Sum, avrundet'"
        case .lineBeforeSolution(let label):
            "the line '\(label)' comes before any solution; put the solution's name (e.g. E-resept) on a row of its own above it, or in a column beside its lines"
        case .rowWithoutLabel: "a row with amounts and no label: write the line's tiltak (and del) beside its amounts"
        case .duplicateLine(let solution, let initiative, let part, let firstRow):
            "the line '\(solution) / \(initiative)\(part.isEmpty ? "" : " / " + part)' is already on row \(firstRow); two lines with the same solution, tiltak and del cannot be told apart (give one its own del, or add them up)"
        case .mixedDecimalSigns(let text, let comma, let example, let line, let column):
            "'\(text)' has \(comma ? "a decimal comma" : "a decimal point") while the table's other amounts have \(comma ? "decimal points" : "decimal commas") (e.g. '\(example)' at \(line):\(column)): dfcost cannot tell a thousands separator from a decimal sign; write the amount without one, or with the table's decimal sign"
        case .ambiguousSeparator(let text, let comma): Self.ambiguous(text, comma: comma)
        case .cell(let failure): failure.description
        case .unlabelledTotal(let label, let suggestion, let failing):
            "the line '\(label)' has, in every year, the sum of all the lines above it"
                + (failing.map { ", and with it counted \($0) does not add up" } ?? "")
                + ": a total under a label dfcost does not know"
                + (suggestion.map { "; did you mean '\($0)'?" } ?? ".") + " Label the total \(Self.sumLabelsText)"
        case .subtotalDiffers(let solution, let year, let written, let computed):
            "Sum \(solution) \(year) is \(written), but its lines sum to \(computed)"
        case .totalDiffers(let rounded, let year, let written, let decimals, let computed):
            "\(rounded ? "Sum, avrundet" : "Sum") \(year) is \(written)"
                + (decimals.map { " (its row is written to \($0) decimal\($0 == 1 ? "" : "s"))" } ?? "")
                + ", but the lines sum to \(computed)"
        case .cumulativeDiffers(let year, let written, let computed, let asWritten):
            "the cumulative level \(year) is \(written), but the sums add up to \(computed)" + (asWritten.map { " (as written, \($0))" } ?? "")
        case .noYearColumn: "the header names no year column such as 2024"
        case .missingColumn(let name): "the header has no '\(name)' column (expected kind,id,solution,initiative,part,<year>,...)"
        case .lineWithoutID: "a line needs an id"
        case .duplicateLineID(let id): "duplicate line id '\(id)'"
        case .lineWithoutSolution(let id): "line '\(id)' names no solution"
        case .notTrueOrFalse(let text): "'\(text)' is not true or false"
        case .sumRowDiffers(let rounded, let year, let written, let computed):
            "the \(rounded ? "sumRounded" : "sum") row says \(written) for \(year), but the lines sum to \(computed)"
        case .unknownMetaKey(let key): "unknown meta key '\(key)'"
        case .summedYearNotAColumn(let word): "summed year '\(word)' is not one of the year columns"
        case .summedYearTwice(let year): "summed year \(year) is listed twice; list each summed year once"
        case .summedYearsOutOfOrder(let year, let after): "the summed years must increase (\(year) after \(after))"
        case .secondSummedYears(let key): "a second '\(key)' row; the summed years are listed once"
        case .publishedSumNotAColumn(let key): "published sum for '\(key)', which is not one of the year columns"
        case .unknownLine(let key, let id): "'\(key)' names line '\(id)', which the table does not have"
        case .notAPosition(let text): "'\(text)' is not a line position (1, 2, ...)"
        case .notALineID(let id): "'\(id)' in the id column is not a line id (no spaces, at most 200 characters)"
        case .idTaken(let id, let firstRow): "the id '\(id)' is also on row \(firstRow); each line needs its own id"
        case .strictWarning(let warning): ImportReceipt.text(warning, language: .en) + " (an error with --strict)"
        case .writtenFileDoesNotLoad(let error, let source):
            "the scenario file import would write does not load (\(Self.inWrittenFile(error.description, source: source)), in that file); nothing was written"
        case .writtenFileDiffers: "the scenario file import would write loads as another table; nothing was written"
        }
    }

    /// A byte in upper-case hex (`E9`).
    public static func hex(_ byte: UInt8) -> String { String(byte, radix: 16, uppercase: true) }

    /// A loader's line about the file import would write, with the place as `line N:C` (the
    /// file is not on disk, so its name would mislead).
    public static func inWrittenFile(_ line: String, source: String) -> String {
        line.hasPrefix(source + ":") ? "line " + line.dropFirst(source.count + 1) : line
    }

    /// The words of ``ambiguousSeparator(text:comma:)``: both readings and the three ways to
    /// write the amount that leave no doubt.
    private static func ambiguous(_ text: String, comma: Bool) -> String {
        let r = AmbiguousSeparator.readings(text, decimal: ".", group: " ")
        return "'\(text)' is \(r.grouped) or \(r.decimal) MNOK: no other amount in the table shows whether '\(comma ? "," : ".")' separates thousands or decimals; write \(r.plain), \(r.grouped) or \(r.decimal)"
    }
}
