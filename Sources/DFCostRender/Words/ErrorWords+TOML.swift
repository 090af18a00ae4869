import DFCostTOML

/// The words of malformed TOML (``TOMLParseError/Reason``), Norwegian and English; the place
/// comes first and is added by the caller. See ``Language/say(nb:en:)``.
extension Language {
    /// Why a TOML document was rejected, as the part of a line after its place.
    public func words(_ reason: TOMLParseError.Reason) -> String {
        let en = reason.description
        switch reason {
        case .carriageReturnWithoutLineFeed: return say(nb: "vognretur må følges av linjeskift", en: en)
        case .nulByte: return say(nb: "nulltegnet er ikke tillatt", en: en)
        case .controlCharacter(let value):
            return say(nb: "ugyldig kontrolltegn \(words(TOMLParseError.Found.control(value))); bruk en escapesekvens", en: en)
        case .invalidUTF8Byte(let byte):
            return say(nb: "ugyldig tegnkoding: byten 0x\(String(byte, radix: 16, uppercase: true)) er ikke gyldig UTF-8", en: en)
        case .expectedEquals(let key): return say(nb: "ventet '=' etter nøkkelen \"\(key)\"", en: en)
        case .missingValue(let key): return say(nb: "nøkkelen \"\(key)\" mangler verdi", en: en)
        case .expectedLineEnd(let after, let found):
            let what = after == .tableHeader ? "tabelloverskriften" : "verdien"
            return say(nb: "ventet linjeslutt etter \(what), fant \(words(found))", en: en)
        case .expectedClosing(let closing, let found):
            let nb = switch closing {
            case .arrayOfTablesHeader: "ventet ']]' som avslutter overskriften for tabellrekken"
            case .tableHeader: "ventet ']' som avslutter tabelloverskriften"
            case .arrayElement: "ventet ',' eller ']' etter en verdi i listen"
            case .inlineTable: "ventet ',' eller '}' i den innebygde tabellen"
            }
            return say(nb: "\(nb), fant \(words(found))", en: en)
        case .expectedValue(let found): return say(nb: "ventet en verdi, fant \(words(found))", en: en)
        case .expectedKey(let found): return say(nb: "ventet en nøkkel, fant \(words(found))", en: en)
        case .multilineStringAsKey: return say(nb: "flerlinjestrenger kan ikke brukes som nøkler", en: en)
        case .invalidBareKeyCharacter(let found):
            return say(nb: "ugyldig tegn \(words(found)) i nøkkel uten anførselstegn; sett nøkkelen i anførselstegn", en: en)
        case .unterminated(let what):
            let nb = switch what {
            case .string: "strengen er ikke avsluttet"
            case .multilineString: "flerlinjestrengen er ikke avsluttet"
            case .array: "listen er ikke avsluttet"
            case .inlineTable: "den innebygde tabellen er ikke avsluttet"
            }
            return say(nb: nb, en: en)
        case .newlineInString(let literal):
            return say(nb: "linjeskift i streng med \(literal ? "enkle" : "doble") anførselstegn", en: en)
        case .invalidEscape(let letter): return say(nb: "ugyldig escapesekvens '\\\(letter)'", en: en)
        case .escapeFollowedBy(let found): return say(nb: "ugyldig escapesekvens: '\\' etterfulgt av \(words(found))", en: en)
        case .unicodeEscapeDigits(let count, let letter):
            return say(nb: "ugyldig escapesekvens for tegnkode: ventet \(count) heksadesimale sifre etter '\\\(letter)'", en: en)
        case .notAUnicodeScalar(let written): return say(nb: "ugyldig escapesekvens '\(written)': ikke en gyldig tegnkode", en: en)
        case .unquotedValue(let word): return say(nb: "ugyldig verdi '\(word)'; tekst må stå i anførselstegn", en: en)
        case .trailingCommaInInlineTable: return say(nb: "komma etter siste element er ikke tillatt i en innebygd tabell", en: en)
        case .newlineInInlineTable: return say(nb: "linjeskift er ikke tillatt i en innebygd tabell", en: en)
        case .nestingTooDeep(let depth): return say(nb: "nøstet dypere enn \(figure(depth)) nivåer", en: en)
        case .invalidNumber(let text, let problem): return say(nb: "ugyldig tall '\(text)': \(words(problem))", en: en)
        case .invalidDateTime(let text, let problem): return say(nb: "ugyldig dato/klokkeslett '\(text)': \(words(problem))", en: en)
        case .duplicateTable(let name, let first): return say(nb: "tabellen [\(name)] er definert to ganger (først på \(first))", en: en)
        case .tableDefinedByDottedKeys(let name, let at):
            return say(nb: "kan ikke definere tabellen [\(name)]: den er allerede definert med punktumnøkler på \(at)", en: en)
        case .extendsInlineTable(let name, let at): return say(nb: "kan ikke utvide den innebygde tabellen \"\(name)\" (definert på \(at))", en: en)
        case .tableIsArrayOfTables(let name, let first):
            return say(nb: "kan ikke definere tabellen [\(name)]: den er en tabellrekke (først definert på \(first))", en: en)
        case .duplicateKey(let name, let first): return say(nb: "nøkkelen \"\(name)\" er gitt to ganger (først på \(first))", en: en)
        case .tableRedefinedAsArray(let name, let first):
            return say(nb: "kan ikke gjøre tabellen [\(name)] om til en tabellrekke (først definert på \(first))", en: en)
        case .appendToStaticArray(let name, let at): return say(nb: "kan ikke legge til i den faste listen \"\(name)\" (definert på \(at))", en: en)
        case .keyIsAValue(let name, let at):
            return say(nb: "kan ikke bruke nøkkelen \"\(name)\" som tabell: den er allerede en verdi (definert på \(at))", en: en)
        case .dottedKeysIntoHeaderTable(let name, let at):
            return say(nb: "kan ikke legge til i tabellen \"\(name)\" med punktumnøkler: den ble definert med overskrift på \(at)", en: en)
        case .dottedKeysIntoArrayOfTables(let name): return say(nb: "kan ikke legge til i tabellrekken \"\(name)\" med punktumnøkler", en: en)
        }
    }

    /// What was found at the place of a TOML error.
    public func words(_ found: TOMLParseError.Found) -> String {
        switch found {
        case .endOfFile: say(nb: "slutten av filen", en: found.description)
        case .endOfLine: say(nb: "linjeslutt", en: found.description)
        case .tab: say(nb: "tabulator", en: found.description)
        case .character, .control: found.description
        case .invalidUTF8: say(nb: "ugyldig tegnkoding", en: found.description)
        }
    }

    /// Why a number literal was rejected.
    public func words(_ problem: TOMLParseError.NumberProblem) -> String {
        func radix(_ r: TOMLParseError.Radix, plural: Bool) -> String {
            switch r {
            case .hexadecimal: plural ? "heksadesimale" : "heksadesimalt"
            case .octal: plural ? "oktale" : "oktalt"
            case .binary: plural ? "binære" : "binært"
            }
        }
        let en = problem.description
        return switch problem {
        case .signOnPrefixedInteger(let r): say(nb: "fortegn er ikke tillatt på \(radix(r, plural: true)) heltall", en: en)
        case .expectedPrefixedDigits(let r, let prefix): say(nb: "ventet \(radix(r, plural: true)) sifre etter '0\(prefix)'", en: en)
        case .invalidDigit(let r, let c): say(nb: "ugyldig \(radix(r, plural: false)) siffer '\(c)'", en: en)
        case .integerTooLarge: say(nb: "heltallet får ikke plass i 64 biter", en: en)
        case .digitBeforeDot: say(nb: "et siffer må stå foran '.'", en: en)
        case .expectedDigits: say(nb: "ventet sifre", en: en)
        case .unexpectedCharacter(let c): say(nb: "uventet tegn '\(c)'", en: en)
        case .leadingZeros: say(nb: "innledende nuller er ikke tillatt", en: en)
        case .digitAfterDot: say(nb: "ventet et siffer etter '.'", en: en)
        case .digitInExponent: say(nb: "ventet et siffer i eksponenten", en: en)
        case .underscoreNotBetweenDigits: say(nb: "'_' må stå mellom sifre", en: en)
        }
    }

    /// Why a date or time literal was rejected.
    public func words(_ problem: TOMLParseError.DateTimeProblem) -> String {
        let en = problem.description
        return switch problem {
        case .expectedDate: say(nb: "ventet en dato på formen 2024-01-31", en: en)
        case .monthOutOfRange: say(nb: "måneden må være 01 til 12", en: en)
        case .dayOutOfRange: say(nb: "dagen finnes ikke i måneden", en: en)
        case .expectedTime: say(nb: "ventet et klokkeslett på formen 13:45:00", en: en)
        case .secondsRequired: say(nb: "sekundene må være med", en: en)
        case .hourOutOfRange: say(nb: "timen må være 00 til 23", en: en)
        case .minuteOutOfRange: say(nb: "minuttet må være 00 til 59", en: en)
        case .secondOutOfRange: say(nb: "sekundet må være 00 til 60", en: en)
        case .digitAfterDot: say(nb: "ventet et siffer etter '.'", en: en)
        case .expectedOffset: say(nb: "ventet tidssone som Z eller ±01:00", en: en)
        }
    }
}
