import DFCostImport
import DFCostModel
import DFCostScenario

/// The words of a table the importer refuses (``TableImportReason``) and of a cell that is not
/// in the table's notation (``CellNotation/Failure``), Norwegian and English; English is the
/// reason's own `description`. See ``Language/say(nb:en:)``.
extension Language {
    /// Why a table could not be imported: the part of the line after its place. `scenario`
    /// words a scenario file's error (the file import would write, when it does not load).
    public func words(_ reason: TableImportReason, scenario: (ScenarioError) -> String) -> String {
        let en = reason.description
        let sumLabels = "'Sum' (eller 'Sum totalt', 'Totalt', 'I alt')"
        return switch reason {
        case .notUTF16: say(nb: "begynner som UTF-16-tekst, men er det ikke; lagre regnearket som «CSV UTF-8»", en: en)
        case .mixedEncodings(let byte):
            say(nb: "bytet 0x\(TableImportReason.hex(byte)) er ikke UTF-8, mens filens andre tegn er det: filen blander tegnkodinger; lagre den på nytt som «CSV UTF-8»", en: en)
        case .notText(let byte):
            say(nb: "bytet 0x\(TableImportReason.hex(byte)) er verken UTF-8- eller Windows-1252-tekst; lagre regnearket som «CSV UTF-8»", en: en)
        case .unclosedQuote: say(nb: "et felt i anførselstegn lukkes aldri (et '\"' mangler)", en: en)
        case .noTable: say(nb: "filen har ingen tabell", en: en)
        case .noLines: say(nb: "tabellen har ingen linjer med beløp", en: en)
        case .noYearHeader: say(nb: "ingen overskriftsrad med årene (skriv f.eks. Tiltak;Del;2024;2025;2026 over linjene)", en: en)
        case .yearsOutOfOrder(let year, let after): say(nb: "årskolonnene må stige uten gjentakelser (\(year) etter \(after))", en: en)
        case .yearColumnsNotIncreasing: say(nb: "årskolonnene må stige uten gjentakelser", en: en)
        case .sumBeyondRange(let year): say(nb: "summen av linjene for \(year) er utenfor beløpsområdet", en: en)
        case .cumulativeBeyondRange(let year): say(nb: "det kumulative nivået for \(year) er utenfor beløpsområdet", en: en)
        case .amountAboveHeader(let text):
            say(nb: "'\(text)' er et beløp over overskriftsraden med årene; flytt overskriftsraden over linjene, eller fjern beløpet", en: en)
        case .rowAfterLastTotal(let label, let moveOrRemove):
            say(nb: "en rad med beløp etter tabellens siste sum ('\(label)'): linjene står over Sum-raden" + (moveOrRemove ? "; flytt raden, eller fjern den" : ""), en: en)
        case .amountWithoutYear(let text):
            say(nb: "'\(text)' står i en kolonne uten år i overskriftsraden; skriv året over, eller fjern beløpet", en: en)
        case .tooManyLabelColumns(let count, let columns):
            say(nb: "linjene har tekst i \(figure(count)) navnekolonner (\(columns.joined(separator: ", "))) i tillegg til løsningen: dfcost leser én kolonne 'Tiltak / del' eller to, Tiltak og Del; slå sammen eller fjern de andre", en: en)
        case .onlyOneLabelColumn: say(nb: "linjene har bare én navnekolonne; skriv hver linjes tiltak ved siden av løsningen", en: en)
        case .secondFootnote(let mark, let first):
            say(nb: "en fotnote til for tegnet '\(mark)' (den første sier '\(first)'); skriv én fotnote per tegn", en: en)
        case .marksAlike(let a, let b, let longer):
            say(nb: "tegnene '\(a)' og '\(b)' kan ikke skilles (en celle som slutter på '\(longer)', kan ha ett tegn eller to); bruk et annet tegn for ett av dem, for eksempel † eller ‡", en: en)
        case .strayAfterNumber(let text, let stray):
            say(nb: "'\(text)' har '\(stray)' etter tallet, og det kan ikke være et betingelsestegn; skriv beløpet alene, eller et tegn som * forklart i en fotnote", en: en)
        case .unexplainedMark(let text, let mark):
            say(nb: "'\(text)' har tegnet '\(mark)', som ingen fotnote nedenfor tabellen forklarer; legg til en, for eksempel '\(mark) Er avhengig av full utfasing av FM.', eller fjern tegnet", en: en)
        case .markedTotal(let text, let label):
            say(nb: "'\(text)' i sumraden '\(label)': en sum er et rent beløp, uten parentes eller tegn", en: en)
        case .totalWithoutAmounts(let label): say(nb: "'\(label)' leses som en sum, men har ingen beløp; fyll inn beløpene, eller fjern raden", en: en)
        case .headingInLabelColumn(let label):
            say(nb: "'\(label)' er en rad uten beløp i en annen navnekolonne enn løsningens; dfcost kan ikke se hva den er overskrift for (fjern raden, eller skriv den som en merknad nedenfor tabellen)", en: en)
        case .subtotalBeforeSolution(let label):
            say(nb: "'\(label)' står før første løsning og er ikke tabellens siste Sum-rad: en delsum står etter løsningens linjer", en: en)
        case .unknownSubtotal(let label, let name, let solutions, let suggestion):
            say(nb: "'\(label)' leses som en delsum, men '\(name)' er ingen av løsningene over den (\(solutions.joined(separator: ", ")))"
                    + didYouMean(suggestion.map { "Sum \($0)" }), en: en)
        case .uncheckableTotal(let label):
            say(nb: "'\(label)' leses som en sum, men ikke en dfcost kan kontrollere; kall summen av alle løsningene \(sumLabels), en løsnings delsum 'Sum <løsning>', de avrundede summene 'Sum, avrundet'", en: en)
        case .lineBeforeSolution(let label):
            say(nb: "linjen '\(label)' står før første løsning; skriv løsningens navn (f.eks. E-resept) på en egen rad over den, eller i en kolonne ved siden av linjene", en: en)
        case .rowWithoutLabel: say(nb: "en rad med beløp uten navn: skriv linjens tiltak (og del) ved siden av beløpene", en: en)
        case .duplicateLine(let solution, let initiative, let part, let firstRow):
            say(nb: "linjen '\(solution) / \(initiative)\(part.isEmpty ? "" : " / " + part)' står allerede på rad \(firstRow); to linjer med samme løsning, tiltak og del kan ikke skilles (gi den ene en egen del, eller legg dem sammen)", en: en)
        case .mixedDecimalSigns(let text, let comma, let example, let line, let column):
            say(nb: "'\(text)' har \(comma ? "desimalkomma" : "desimalpunktum"), mens tabellens andre beløp har \(comma ? "desimalpunktum" : "desimalkomma") (f.eks. '\(example)' på \(line):\(column)): dfcost kan ikke skille et tusenskille fra et desimaltegn; skriv beløpet uten, eller med tabellens desimaltegn", en: en)
        case .ambiguousSeparator(let text, let comma):
            say(nb: ambiguousSeparatorWords(text, comma: comma), en: en)
        case .cell(let failure): words(failure)
        case .unlabelledTotal(let label, let suggestion, let failing):
            say(nb: "linjen '\(label)' har i hvert år summen av alle linjene over den"
                    + (failing.map { ", og med den regnet med stemmer ikke \($0)" } ?? "")
                    + ": en sum med et navn dfcost ikke kjenner"
                    + (suggestion.map { "; mente du '\($0)'?" } ?? ".") + " Kall summen \(sumLabels)", en: en)
        case .subtotalDiffers(let solution, let year, let written, let computed):
            say(nb: "Sum \(solution) \(year) er \(figure(written)), men linjene summerer til \(figure(computed))", en: en)
        case .totalDiffers(let rounded, let year, let written, let decimals, let computed):
            say(nb: "\(rounded ? "Sum, avrundet" : "Sum") \(year) er \(figure(written))"
                    + (decimals.map { " (raden er skrevet med \($0) desimal\($0 == 1 ? "" : "er"))" } ?? "")
                    + ", men linjene summerer til \(figure(computed))", en: en)
        case .cumulativeDiffers(let year, let written, let computed, let asWritten):
            say(nb: "det kumulative nivået \(year) er \(figure(written)), men summene blir \(figure(computed))"
                    + (asWritten.map { " (slik de er skrevet, \(figure($0)))" } ?? ""), en: en)
        case .noYearColumn: say(nb: "overskriften har ingen årskolonne, som 2024", en: en)
        case .missingColumn(let name): say(nb: "overskriften har ingen kolonne '\(name)' (ventet kind,id,solution,initiative,part,<year>,...)", en: en)
        case .lineWithoutID: say(nb: "en linje må ha en id", en: en)
        case .duplicateLineID(let id): say(nb: "linje-id-en '\(id)' er brukt to ganger", en: en)
        case .lineWithoutSolution(let id): say(nb: "linjen '\(id)' har ingen løsning", en: en)
        case .notTrueOrFalse(let text): say(nb: "'\(text)' er verken true eller false", en: en)
        case .sumRowDiffers(let rounded, let year, let written, let computed):
            say(nb: "raden \(rounded ? "sumRounded" : "sum") sier \(figure(written)) for \(year), men linjene summerer til \(figure(computed))", en: en)
        case .unknownMetaKey(let key): say(nb: "ukjent metanøkkel '\(key)'", en: en)
        case .summedYearNotAColumn(let word): say(nb: "det summerte året '\(word)' er ikke en av årskolonnene", en: en)
        case .summedYearTwice(let year): say(nb: "det summerte året \(year) står to ganger; før opp hvert summerte år én gang", en: en)
        case .summedYearsOutOfOrder(let year, let after): say(nb: "de summerte årene må stige (\(year) etter \(after))", en: en)
        case .secondSummedYears(let key): say(nb: "en rad '\(key)' til; de summerte årene føres opp én gang", en: en)
        case .publishedSumNotAColumn(let key): say(nb: "publisert sum for '\(key)', som ikke er en av årskolonnene", en: en)
        case .unknownLine(let key, let id): say(nb: "'\(key)' nevner linjen '\(id)', som tabellen ikke har", en: en)
        case .notAPosition(let text): say(nb: "'\(text)' er ikke en linjeplass (1, 2, ...)", en: en)
        case .notALineID(let id): say(nb: "'\(id)' i id-kolonnen er ikke en linje-id (uten mellomrom, høyst 200 tegn)", en: en)
        case .idTaken(let id, let firstRow): say(nb: "id-en '\(id)' står også på rad \(firstRow); hver linje må ha sin egen id", en: en)
        case .strictWarning(let warning):
            say(nb: ImportReceipt.text(warning, language: .nb) + " (en feil med --strict)", en: en)
        case .writtenFileDoesNotLoad(let error, let source):
            say(nb: "scenariofilen importen ville skrive, kan ikke leses (\(Self.inWrittenFile(scenario(error), source: source)), i den filen); ingenting ble skrevet", en: en)
        case .writtenFileDiffers: say(nb: "scenariofilen importen ville skrive, leses som en annen tabell; ingenting ble skrevet", en: en)
        }
    }

    /// A line about the file import would write, with its place as `linje N:C` (the file is
    /// not on disk, so its name would mislead).
    static func inWrittenFile(_ line: String, source: String) -> String {
        line.hasPrefix(source + ":") ? "linje " + line.dropFirst(source.count + 1) : line
    }

    /// Why a text is not a cell in the table's notation.
    public func words(_ failure: CellNotation.Failure) -> String {
        let en = failure.description
        let examples = "55, -12*, (14) eller (2,3)*"
        return switch failure {
        case .repeatedMark(let text, let mark):
            say(nb: "'\(text)': tegnet '\(mark)' er gjentatt; en celle avhenger av en betingelse én gang (skriv det én gang)", en: en)
        case .notFinite(let text): say(nb: "'\(text)' er ikke et endelig beløp (skriv \(examples))", en: en)
        case .notAnAmount(let text): say(nb: "'\(text)' er ikke et beløp (skriv \(examples))", en: en)
        case .unknownMark(let text, let mark, let declared):
            declared.isEmpty
                ? say(nb: "'\(text)': ukjent tegn '\(mark)' (filen kjenner ingen tegn for betingelser)", en: en)
                : say(nb: "'\(text)': ukjent tegn '\(mark)' (kjente tegn: \(declared.joined(separator: " ")))", en: en)
        case .notACell(let text, let parse): say(nb: "'\(text)' er ikke en celle: \(words(parse)) (skriv \(examples))", en: en)
        }
    }

    /// Norwegian words of an amount that is 1 250 or 1,25 (see `AmbiguousSeparator`).
    private func ambiguousSeparatorWords(_ text: String, comma: Bool) -> String {
        let r = AmbiguousSeparator.readings(text, decimal: ",", group: "\u{00A0}")
        return "'\(text)' er \(r.grouped) eller \(r.decimal) MNOK: ingen andre beløp i tabellen viser om '\(comma ? "," : ".")' skiller tusener eller desimaler; skriv \(r.plain), \(r.grouped) eller \(r.decimal)"
    }
}
