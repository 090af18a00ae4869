import DFCostNotation

extension Language {
    /// Why an output cannot be created or written; the system's own words for a failure of no
    /// known kind.
    public func words(_ reason: UnwritableReason) -> String {
        switch reason {
        case .permissionDenied: say(nb: "mangler skrivetilgang", en: reason.description)
        case .noSuchFolder: say(nb: "mappen finnes ikke", en: reason.description)
        case .notAFolder: say(nb: "en del av stien er en fil, ikke en mappe", en: reason.description)
        case .isAFolder: say(nb: "er en mappe", en: reason.description)
        case .diskFull: say(nb: "disken er full", en: reason.description)
        case .readOnlyFileSystem: say(nb: "filsystemet er skrivebeskyttet", en: reason.description)
        case .brokenPipe: say(nb: "mottakeren av røret har lukket det", en: reason.description)
        case .inputOutput: say(nb: "inn-/utdatafeil", en: reason.description)
        case .system(let text): text
        }
    }
}
