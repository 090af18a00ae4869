import DFCostRender

/// Every word a served page and the server's own problems show, Norwegian and English.
public struct ServeLabels: Sendable {
    let l: Language

    /// The line printed on standard error when the server is listening.
    public func started(url: String, folder: String, files: Int) -> String {
        "dfcost serve: \(url) (\(folder), \(l.figure(files)) \(l.say(nb: "filer", en: "files")))"
    }
    public var refusedWithoutToken: String {
        l.say(nb: "--host som ikke er loopback krever --token eller --token-file",
              en: "a --host that is not loopback requires --token or --token-file")
    }
    var cancelled: String { l.say(nb: "simuleringen ble avbrutt", en: "the simulation was cancelled") }

    /// A server problem as one line.
    public func words(_ p: ServerProblem) -> String {
        switch p {
        case .notFound(let path): l.say(nb: "\(path): finnes ikke i mappen som vises", en: "\(path): no such file in the folder served")
        case .bodyTooLarge(let limit): l.say(nb: "forespørselen er større enn \(l.figure(limit)) byte", en: "the request body is larger than \(limit) bytes")
        case .tooManyTrials(let asked, let limit):
            l.say(nb: "trials: \(l.figure(asked)) er flere enn grensen på \(l.figure(limit)) (--max-trials)", en: "trials: \(asked) is more than the limit of \(limit) (--max-trials)")
        case .busy(let limit):
            l.say(nb: "\(l.figure(limit)) simuleringer kjører allerede; prøv igjen om litt", en: "\(limit) simulations are already running; try again shortly")
        case .timeLimit(let s):
            l.say(nb: "simuleringen ble stoppet etter tidsgrensen på \(l.figure(s)) s (--time-limit)", en: "the simulation was stopped at the time limit of \(s) s (--time-limit)")
        case .unauthorized: l.say(nb: "mangler gyldig nøkkel (token)", en: "a valid token is required")
        case .badRequest(let why): words(why)
        case .noSuchSimulation(let id): l.say(nb: "ingen simulering med id '\(id)'", en: "no simulation with id '\(id)'")
        case .noSuchPage(let path): l.say(nb: "\(path): ingen side her; se /", en: "\(path): no page here; see /")
        case .unknownFormat(let name, let known):
            l.say(nb: "'\(name)' er ikke et format som kan lastes ned; velg \(known.joined(separator: ", "))",
                  en: "'\(name)' is not a format to download; choose \(known.joined(separator: ", "))")
        case .methodNotAllowed(let method, let allowed):
            l.say(nb: "metoden \(method) brukes ikke her; tillatt: \(allowed.joined(separator: ", "))",
                  en: "the method \(method) is not used here; allowed: \(allowed.joined(separator: ", "))")
        case .stopping: l.say(nb: "tjeneren stopper", en: "the server is stopping")
        }
    }

    /// Why a request cannot be read, as one line.
    func words(_ why: BadRequest) -> String {
        switch why {
        case .notText(let part):
            l.say(nb: "ugyldig forespørsel: '\(part)' er ikke prosentkodet tekst", en: "bad request: '\(part)' is not percent-encoded text")
        case .controlCharacter(let name):
            l.say(nb: "ugyldig forespørsel: '\(name)' har et kontrolltegn (som NUL)", en: "bad request: '\(name)' holds a control character (such as NUL)")
        case .locale(let asked, let allowed):
            l.say(nb: "locale: '\(asked)' er ikke et av språkene \(allowed.joined(separator: ", "))",
                  en: "locale: '\(asked)' is not one of the languages \(allowed.joined(separator: ", "))")
        case .missing(let name): l.say(nb: "parameteren '\(name)' mangler", en: "the '\(name)' parameter is required")
        case .notWholeNumber(let name, let text): l.say(nb: "\(name): '\(text)' er ikke et heltall", en: "\(name): '\(text)' is not a whole number")
        case .seed(let text): l.say(nb: "seed: '\(text)' er ikke et heltall fra 0", en: "seed: '\(text)' is not a whole number from 0")
        case .trialsBelowOne(let n): l.say(nb: "trials: \(n) er mindre enn 1", en: "trials: \(n) is less than 1")
        case .compareNeedsTwo: l.say(nb: "sammenligning krever to eller flere 'file'-parametere", en: "compare needs two or more 'file' parameters")
        case .simulationBody:
            l.say(nb: "innholdet er ikke {\"file\": ..., \"trials\": ..., \"seed\": ..., \"what_ifs\": {...}}",
                  en: "the body is not {\"file\": ..., \"trials\": ..., \"seed\": ..., \"what_ifs\": {...}}")
        }
    }

    // Page words.
    var files: String { l.say(nb: "Scenariofiler", en: "Scenario files") }
    var compareHeading: String { l.say(nb: "Sammenlign runder", en: "Compare rounds") }
    var compareHint: String { l.say(nb: "Velg to eller flere filer.", en: "Pick two or more files.") }
    var compareButton: String { l.say(nb: "Sammenlign", en: "Compare") }
    var whatIfs: String { l.say(nb: "Hva om", en: "What-ifs") }
    var apply: String { l.say(nb: "Bruk", en: "Apply") }
    var reset: String { l.say(nb: "Nullstill", en: "Reset") }
    var condition: String { l.say(nb: "Betingelse", en: "Condition") }
    var asInFile: String { l.say(nb: "som i filen", en: "as in the file") }
    var full: String { l.say(nb: "full", en: "full") }
    var none: String { l.say(nb: "ingen", en: "none") }
    func delayed(_ n: Int) -> String { l.say(nb: "utsatt \(n) år", en: "delayed \(n) year\(n == 1 ? "" : "s")") }
    var half: String { l.say(nb: "halv (andel 0,5)", en: "half (share 0.5)") }
    var scaleLabel: String { l.say(nb: "Skaler (utvalg=faktor)", en: "Scale (selector=factor)") }
    var shiftLabel: String { l.say(nb: "Flytt (utvalg=år)", en: "Shift (selector=years)") }
    var removeLabel: String { l.say(nb: "Fjern (utvalg)", en: "Remove (selector)") }
    var downloads: String { l.say(nb: "Last ned det som vises", en: "Download what is shown") }
    var simulate: String { l.say(nb: "Simuler usikkerheten", en: "Simulate the uncertainty") }
    var trials: String { l.say(nb: "Trekninger", en: "Trials") }
    var seed: String { l.say(nb: "Frø", en: "Seed") }
    var run: String { l.say(nb: "Kjør", en: "Run") }
    var cancel: String { l.say(nb: "Avbryt", en: "Cancel") }
    var running: String { l.say(nb: "Simulerer …", en: "Simulating …") }
    var home: String { l.say(nb: "Alle filer", en: "All files") }
    var language: String { l.say(nb: "English", en: "Norsk") }
    var otherLocale: String { l.say(nb: "en", en: "nb") }
    var problem: String { l.say(nb: "Feil", en: "Problem") }
    var noFiles: String { l.say(nb: "Ingen scenariofiler i mappen.", en: "No scenario files in the folder.") }
    var tableOf: String { l.say(nb: "Tabellen", en: "The table") }
    var simulateHint: String {
        l.say(nb: "Simuleringen bruker filens [[uncertainty]] og hva om-valgene over.", en: "The simulation uses the file's [[uncertainty]] and the what-ifs above.")
    }
}

extension Language {
    /// The words of `dfcost serve`.
    public var serve: ServeLabels { ServeLabels(l: self) }
}
