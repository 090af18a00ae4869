import DFCostNotation

/// The words of the command line's own failures (``CommandLineFailure``) and of a number typed
/// wrongly (``TypedNumber/Problem``), Norwegian and English. See ``Language/say(nb:en:)``.
extension Language {
    /// A failure of the command line, as one line.
    public func words(_ failure: CommandLineFailure) -> String {
        switch failure {
        case .outputOverInput(let path):
            say(nb: "\(path): skriver ikke resultatet over en inndatafil", en: "\(path): refusing to write output over an input file")
        case .outputIsDirectory(let path):
            say(nb: "\(path): kan ikke lage resultatfilen: er en mappe", en: "\(path): cannot create output: is a directory")
        case .cannotCreate(let path, let reason):
            say(nb: "\(path): kan ikke lage resultatfilen: \(words(reason))", en: "\(path): cannot create output: \(words(reason))")
        case .cannotWrite(let path, let reason):
            say(nb: "\(path ?? "standard ut"): kan ikke skrive resultatet: \(words(reason))", en: "\(path ?? "standard output"): cannot write output: \(words(reason))")
        case .workbookNotOffered(let command):
            say(nb: "--format xlsx: \(command) skriver text, markdown, csv eller json; arbeidsbøker kommer fra totals, compare og report",
                en: "--format xlsx: \(command) writes text, markdown, csv or json; workbooks come from totals, compare and report")
        case .workbookNeedsFile:
            say(nb: "--format xlsx skriver en binær arbeidsbok: gi filen med -o FIL.xlsx", en: "--format xlsx writes a binary workbook: name the file with -o FILE.xlsx")
        case .badPercentile(let text, let problem):
            say(nb: "--percentiles: '\(text)' er ikke en persentil mellom 0 og 100", en: "--percentiles: '\(text)' is not a percentile between 0 and 100")
                + (problem.map { "; " + words($0) } ?? "")
        case .noPercentiles: say(nb: "--percentiles: ingen er gitt", en: "--percentiles: none given")
        case .badBudget(let text, let problem):
            say(nb: "--budget '\(text)': skriv ÅR=BELØP eller total=BELØP, f.eks. total=140", en: "--budget '\(text)': write YEAR=AMOUNT or total=AMOUNT, e.g. total=140")
                + (problem.map { "; " + words($0) } ?? "")
        case .notACount(let flag, let text, _):
            say(nb: "\(flag) '\(text)' er ikke et helt tall (skriv f.eks. '20000' eller '\(count(20_000))')",
                en: "\(flag) '\(text)' is not a whole number (write e.g. 20000 or 20 000)")
        case .countTooLarge(let flag, let text):
            say(nb: "\(flag) '\(text)' er for stort", en: "\(flag) '\(text)' is too large")
        case .notANumber(let flag, let text, let problem):
            say(nb: "\(flag) '\(text)': \(words(problem))", en: "\(flag) '\(text)': \(words(problem))")
        case .badSeed(let text):
            say(nb: "--seed '\(text)': startverdien må være et helt tall fra 0 til \(count(UInt64.max))",
                en: "--seed '\(text)': the seed must be a whole number from 0 to \(count(UInt64.max))")
        case .portOutOfRange: say(nb: "--port må være fra 0 til \(count(65_535))", en: "--port must be from 0 to 65535")
        case .notPositive(let flag): say(nb: "\(flag) må være større enn 0", en: "\(flag) must be greater than 0")
        case .tokenTwice: say(nb: "gi --token eller --token-file, ikke begge", en: "give --token or --token-file, not both")
        case .trialsOutOfRange(let n, let maximum):
            say(nb: "--trials \(n) er utenfor 1–\(count(maximum))", en: "--trials \(n) is outside 1...\(count(maximum))")
        case .threadsOutOfRange: say(nb: "--threads må være 1–1024", en: "--threads must be 1...1024")
        case .junitNeedsFile: say(nb: "--junit trenger et filnavn", en: "--junit needs a file name")
        case .againstNeedsComparisons:
            say(nb: "--against hører sammen med to eller flere --compare-filer (sammenligningen side om side)",
                en: "--against goes with two or more --compare files (the side-by-side comparison)")
        case .noVary: say(nb: "gi minst én --vary", en: "name at least one --vary")
        case .noOthers: say(nb: "gi minst ett scenario å sammenligne grunnlaget med", en: "name at least one scenario to compare with the base")
        case .payersNotSideBySide:
            say(nb: "--by payer sammenligner to scenarioer i detalj; det går ikke sammen med --side-by-side eller --against",
                en: "--by payer compares two scenarios in detail; it does not go with --side-by-side or --against")
        case .checksNeedFailOnChange:
            say(nb: "--junit og --annotations rapporterer det --fail-on-change feiler på: legg til --fail-on-change",
                en: "--junit and --annotations report what --fail-on-change fails on: add --fail-on-change")
        case .junitIsOutput: say(nb: "--junit og --output gir samme fil", en: "--junit and --output name the same file")
        case .noFilesToVerify: say(nb: "gi minst én fil å kontrollere", en: "name at least one file to verify")
        case .negativeSensitivitySample: say(nb: "--sensitivity-sample må være ≥ 0", en: "--sensitivity-sample must be >= 0")
        case .payersWithComparison: say(nb: "--by payer kan ikke kombineres med --compare", en: "--by payer cannot be combined with --compare")
        case .interrupted: say(nb: "avbrutt: ingenting er skrevet", en: "interrupted: no output written")
        case .unknownSubcommand(let name, let suggestion):
            say(nb: "ukjent underkommando '\(name)'", en: "unknown subcommand '\(name)'")
                + (suggestion.map { say(nb: "; mente du '\($0)'?", en: "; did you mean '\($0)'?") }
                    ?? say(nb: " (se 'dfcost --help' for underkommandoene)", en: " (see 'dfcost --help' for the subcommands)"))
        }
    }

    /// Why a typed number was not read (``TypedNumber``).
    public func words(_ problem: TypedNumber.Problem) -> String {
        switch problem {
        case .notANumber: say(nb: "ikke et tall", en: "not a number")
        case .ambiguousComma:
            say(nb: "tvetydig: komma foran tre sifre kan være tusenskille eller desimalkomma; skriv 1,5, 1,50 eller 1500",
                en: "ambiguous: a comma before three digits can be a thousands separator or a decimal comma; write 1.5, 1.50 or 1500")
        case .pointAndComma:
            say(nb: "et tall har desimalpunktum eller desimalkomma, ikke begge (tusenskille bare med mellomrom)",
                en: "a number takes a decimal point or a decimal comma, not both (no thousands separators but a space)")
        case .notWhole: say(nb: "ikke et helt tall", en: "not a whole number")
        }
    }
}
