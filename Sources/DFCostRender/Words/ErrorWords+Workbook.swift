import DFCostImport
import DFCostScenario

/// The words of a workbook the importer cannot read (``WorkbookReason``), Norwegian and
/// English; English is the reason's own `description`. See ``Language/say(nb:en:)``.
extension Language {
    /// A workbook error as one line, its place first (without the list of sheets to choose from,
    /// which ``words(_:sheet:like:scenario:)`` adds with the front end's flag).
    public func words(_ error: WorkbookError, scenario: (ScenarioError) -> String) -> String {
        "\(error.place): \(words(error.reason, scenario: scenario))"
    }

    /// Why a workbook could not be read: the part of the line after its place. `scenario` words
    /// a scenario file's error, for the table read from the sheet.
    public func words(_ reason: WorkbookReason, scenario: (ScenarioError) -> String) -> String {
        let en = reason.description
        let again = say(nb: "lagre arbeidsboken på nytt", en: "save the workbook again")
        return switch reason {
        case .encrypted: say(nb: "arbeidsboken er kryptert (passordbeskyttet); fjern passordet i Excel og lagre den på nytt som .xlsx", en: en)
        case .oldBinaryWorkbook: say(nb: "en gammel binær Excel-arbeidsbok (.xls); åpne den i Excel eller LibreOffice og lagre som .xlsx", en: en)
        case .notAZipArchive: say(nb: "ikke en Excel-arbeidsbok (.xlsx): ikke et zip-arkiv", en: en)
        case .damagedArchive: say(nb: "et avkortet eller skadet zip-arkiv (arbeidsboken er ufullstendig; lagre den på nytt)", en: en)
        case .noTemporaryCopy(let folder): say(nb: "kan ikke lage en midlertidig kopi av arbeidsboken i \(folder)", en: en)
        case .notAnExcelWorkbook(let part): say(nb: "ingen \(part): et zip-arkiv, men ikke en Excel-arbeidsbok (.xlsx)", en: en)
        case .entryTooLarge(let path, let megabytes):
            say(nb: "oppføringen \(path) pakkes ut til mer enn grensen på \(figure(megabytes)) MB per oppføring (en zip-bombe?); ikke lest", en: en)
        case .entryNotAFile(let path): say(nb: "oppføringen \(path) er ikke en fil", en: en)
        case .entryDamaged(let path, let damage): say(nb: "oppføringen \(path) er skadet (\(words(damage))); \(again)", en: en)
        case .partDeclaresDTD(let part): say(nb: "delen \(part) erklærer en DTD, noe en arbeidsbok aldri har; ikke lest", en: en)
        case .partNotUTF8(let part): say(nb: "delen \(part) er ikke UTF-8-tekst; \(again)", en: en)
        case .partNotWellFormed(let part, let line, let code):
            say(nb: "delen \(part) er ikke velformet XML (linje \(line), feil \(code.map(String.init) ?? "ukjent")); \(again)", en: en)
        case .partUnclosed(let part): say(nb: "delen \(part) er ikke velformet XML (den slutter før det siste elementet er lukket); \(again)", en: en)
        case .tooManySheets(let count, let limit):
            say(nb: "arbeidsboken har \(figure(count)) ark; dfcost leser arbeidsbøker med høyst \(figure(limit)) ark (lagre tabellens ark i en egen arbeidsbok)", en: en)
        case .sharedStringTooLong(let index, let part, let limit):
            say(nb: "den delte teksten \(index) i \(part) har mer enn \(figure(limit)) tegn, det meste en celle kan ha (Excels grense); ikke lest", en: en)
        case .sharedStringsTooLarge(let part, let megabytes):
            say(nb: "de delte tekstene i \(part) har til sammen mer enn \(figure(megabytes)) MB tekst (grensen); ikke lest", en: en)
        case .cellTooLong(let limit): say(nb: "cellen har mer enn \(figure(limit)) tegn, det meste en celle kan ha (Excels grense); ikke lest", en: en)
        case .outsideLimits(let rows, let columns, let lastColumn):
            say(nb: "tabellen må ligge innenfor de første \(figure(rows)) radene og \(figure(columns)) kolonnene (A til \(lastColumn))", en: en)
        case .tooManyCells(let limit):
            say(nb: "arbeidsboken blir mer enn \(figure(limit)) celler (grensen for arkene som leses, rader talt til siste verdi og sammenslåtte områder celle for celle); ikke lest", en: en)
        case .cellTextTooLarge(let megabytes):
            say(nb: "arbeidsbokens celler har til sammen mer enn \(figure(megabytes)) MB tekst (grensen for arkene som leses, hver celle talt med sin egen tekst); ikke lest", en: en)
        case .noSheets: say(nb: "arbeidsboken har ingen ark", en: en)
        case .noSheetNamed(let name, let sheets): say(nb: "ingen ark heter '\(name)' (ark: \(sheets))", en: en)
        case .sheetsWithYears(let found, let unread):
            say(nb: (found == 0 ? "ingen ark har en overskriftsrad med årene" : "\(figure(found)) ark har en overskriftsrad med årene")
                    + WorkbookReason.unreadList(unread.map { words($0, scenario: scenario) }, more: "og \(figure(unread.count - 3)) til", notRead: "ikke lest"),
                en: en)
        case .sheetPartMissing(let sheet, let path): say(nb: "arket '\(sheet)' har ingen del \(path) i arkivet; \(again)", en: en)
        case .sharedStringMissing(let value): say(nb: "viser til delt tekst \(value), som arbeidsboken ikke har; \(again)", en: en)
        case .storedNumberNotANumber(let value): say(nb: "'\(value)' er lagret som et tall, men er ikke et tall; \(again)", en: en)
        case .noCachedValue:
            say(nb: "formelen har ingen lagret verdi; åpne arbeidsboken i Excel eller LibreOffice, la den regne, og lagre den på nytt", en: en)
        case .table(let reason): words(reason, scenario: scenario)
        }
    }

    /// What the zip library said about a damaged entry.
    public func words(_ damage: WorkbookReason.EntryDamage) -> String {
        let en = damage.description
        return switch damage {
        case .checksum: say(nb: "feil kontrollsum", en: en)
        case .compressionMethod: say(nb: "ukjent komprimeringsmetode", en: en)
        case .unreadable: say(nb: "uleselig", en: en)
        case .notInflatable: say(nb: "kan ikke pakkes ut", en: en)
        }
    }
}
