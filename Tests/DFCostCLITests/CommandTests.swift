import Foundation
import Testing

@Suite struct VerifyCommandTests {
    @Test func verifiesThePublishedTable() throws {
        let result = try CLI.run(["verify", CLI.published, "--locale", "en"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        try CLI.assertGolden(result, "verify-published-en.txt")
    }

    @Test func failsWithAReadableDiffWhenOneCellChanges() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let copy = try folder.publishedCopy { text in
            #expect(text.contains("2024 = 55"))
            return text.replacingOccurrences(of: "2024 = 55", with: "2024 = 56")
        }
        let result = try CLI.run(["verify", copy, "--locale", "en"])
        #expect(result.status == 1)
        let output = result.stdout + result.stderr
        // 93 + 1 = 94 computed, 93 published, in 2024; the other years still match.
        let diff = try #require(output.split(separator: "\n").first { $0.contains("2024") && $0.contains("94") && $0.contains("93") })
        #expect(diff.contains(copy) || output.contains("\(copy): FAILED"))
        #expect(output.contains("MISMATCH"))
        #expect(!output.split(separator: "\n").contains { $0.hasPrefix("2025") && $0.contains("MISMATCH") })
    }

    @Test func failsWhenAnyOfSeveralFilesDiffers() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let copy = try folder.publishedCopy { $0.replacingOccurrences(of: "2026 = 12 }", with: "2026 = 13 }") }
        let result = try CLI.run(["verify", CLI.published, copy, "--locale", "en"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("\(CLI.published): OK"))
    }
}

@Suite struct VerifyHorizonTests {
    /// A file extending the published table with a horizon operation.
    func derived(_ folder: TemporaryFolder, years: [Int], summed: [Int]) throws -> String {
        let published = CLI.root.appendingPathComponent(CLI.published).path
        return try folder.write("horizon.toml", """
            version = 1
            extends = "\(published)"
            [[operations]]
            horizon = { years = \(years), summed_years = \(summed) }
            """)
    }

    @Test func aPublishedYearNoLongerSummedIsReportedNotAMismatch() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try derived(folder, years: [2025, 2026, 2027], summed: [2025, 2026])
        let result = try CLI.run(["verify", path, "--locale", "en"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("\(path): OK"))
        #expect(!result.stdout.contains("MISMATCH"))
        #expect(result.stdout.contains("\(path): published years outside the horizon: 2024 (the table sums 2025-2026; not compared)"))
        let row = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("2024") })
        #expect(row.hasSuffix("93  outside the horizon"))
    }

    @Test func onlyTheYearsStillSummedDecide() throws {
        // 2025 and 2026 match; 2027 is summed and has no published sum, so the file fails on 2027 alone.
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try derived(folder, years: [2025, 2026, 2027], summed: [2025, 2026, 2027])
        let result = try CLI.run(["verify", path, "--locale", "en"])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.filter { $0.contains("MISMATCH") }.map { $0.prefix(4) } == ["2027"])
        #expect(!result.stdout.contains("2024: computed"))
        #expect(result.stdout.contains("published years outside the horizon: 2024"))
    }

    @Test func noPublishedYearStillSummedFailsAndSaysSo() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try derived(folder, years: [2026, 2027], summed: [2027])
        let result = try CLI.run(["verify", path, "--locale", "en"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("\(path): FAILED"))
        #expect(result.stdout.contains("published years outside the horizon: 2024, 2025, 2026"))
        #expect(result.stdout.contains("\(path): no published year is summed (the table sums 2027): nothing to verify"))
    }
}

@Suite struct ExitCodeTests {
    @Test func aMissingFileExits66() throws {
        let result = try CLI.run(["totals", "Scenarios/no-such-file.toml"])
        #expect(result.status == 66)
        #expect(result.stdout.isEmpty)
        #expect(result.stderrLines == ["Feil: Scenarios/no-such-file.toml: filen finnes ikke"])
    }

    @Test func aDirectoryExits66() throws {
        let result = try CLI.run(["totals", "Scenarios"])
        #expect(result.status == 66)
        #expect(result.stderrLines.count == 1)
    }

    @Test(arguments: [
        ("titel", "ukjent nøkkel 'titel' i [table]; mente du 'title'?"),
        ("duplicate", "linje-id-en 'pll-fm' er brukt før"),
        ("inf", "ikke et endelig beløp"),
        ("version", "versjon 2 støttes ikke"),
        ("solution", "ukjent løsning 'e-resep'; mente du 'e-resept'?"),
    ])
    func badDataExits65WithOneFileLineColumnLine(edit: String, fragment: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let copy = try folder.publishedCopy { text in
            switch edit {
            case "titel": return text.replacingOccurrences(of: "\ntitle = ", with: "\ntitel = ")
            case "duplicate": return text.replacingOccurrences(of: "id = \"pll-pll\"", with: "id = \"pll-fm\"")
            case "inf": return text.replacingOccurrences(of: "2024 = 17 }", with: "2024 = inf }")
            case "version": return text.replacingOccurrences(of: "\nversion = 1\n", with: "\nversion = 2\n")
            default: return text.replacingOccurrences(of: "id = \"pll-pll\"\nsolution = \"e-resept\"", with: "id = \"pll-pll\"\nsolution = \"e-resep\"")
            }
        }
        let result = try CLI.run(["totals", copy])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderrLines.count == 1)
        let line = String(try #require(result.stderrLines.first).dropFirst("Feil: ".count))
        #expect(result.stderrLines.first?.hasPrefix("Feil: " + copy + ":") == true)
        let position = line.dropFirst(copy.count + 1).split(separator: ":", maxSplits: 2)
        #expect(position.count == 3 && Int(position[0]) != nil && Int(position[1]) != nil)
        #expect(line.contains(fragment), "\(line)")
    }

    @Test func malformedTomlExits65() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("broken.toml", "version = 1\n[table\n")
        let result = try CLI.run(["totals", path])
        #expect(result.status == 65)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.hasPrefix("Feil: \(path):2:"))
    }

    @Test(arguments: ["fm-phaseout=later", "fm-phaseout=delayed:x", "fm-phaseout=share:2", "fm-phaseout"])
    func aBadConditionExits64(condition: String) throws {
        let result = try CLI.run(["totals", CLI.published, "--condition", condition])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.hasPrefix("Feil: --condition"))
    }

    @Test func anUnknownConditionNameExits64WithASuggestion() throws {
        let result = try CLI.run(["totals", CLI.published, "--condition", "fm-phaseot=none"])
        #expect(result.status == 64)
        #expect(result.stderrLines == ["Feil: --condition: ukjent betingelse 'fm-phaseot'; mente du 'fm-phaseout'?"])
    }

    /// Fails today: `ConditionState.parse` indexes `parts[0]` of an empty split and traps
    /// (Sources/DFCostScenario/ConditionState.swift:39), so the process dies with SIGILL (132).
    @Test(arguments: ["fm-phaseout=", "fm-phaseout=:"])
    func anEmptyConditionStateExits64WithoutCrashing(condition: String) throws {
        let result = try CLI.run(["totals", CLI.published, "--condition", condition])
        #expect(result.status == 64, "\(result.stderr.prefix(300))")
        #expect(result.stderrLines.count == 1)
    }

    /// Fails today for the same reason as above: `state = ""` in a file traps instead of exit 65.
    @Test func anEmptyConditionStateInAFileExits65WithoutCrashing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let published = CLI.root.appendingPathComponent(CLI.published).path
        let path = try folder.write("empty-state.toml", "version = 1\nextends = \"\(published)\"\n[conditions.fm-phaseout]\nstate = \"\"\n")
        let result = try CLI.run(["totals", path])
        #expect(result.status == 65, "\(result.stderr.prefix(300))")
        #expect(result.stderr.hasPrefix("Feil: \(path):4:9: "))
    }

    @Test(arguments: [["--scale", "solution:e-resept=-1"], ["--shift", "tag:pds=later"], ["--scale", "sol:e-resept=2"], ["--format", "yaml"]])
    func otherBadUsageExits64(arguments: [String]) throws {
        let result = try CLI.run(["totals", CLI.published] + arguments)
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
    }
}

@Suite struct CompareCommandTests {
    @Test func showsTheMovedFMCellsWithTheConditionThatMovedThem() throws {
        let result = try CLI.run(["compare", CLI.published, CLI.published, "--condition", "fm-phaseout=delayed:1", "--locale", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        // The two pll-fm cells (2025 and 2026, -12) moved by fm-phaseout=delayed:1; +12 in 2025 (55.8 %), -12 in 2026.
        try CLI.assertGolden(result, "compare-published-fm-delayed-1-en.txt")
    }

    @Test func failOnChangeExits1WhenSomethingDiffers() throws {
        let changed = try CLI.run(["compare", CLI.published, "Scenarios/fm-delayed-1y.toml", "--fail-on-change"])
        #expect(changed.status == 1)
        #expect(changed.stdout.contains("Program Pasientens legemiddelliste / FM (E-resept)"))
        let same = try CLI.run(["compare", CLI.published, CLI.published, "--fail-on-change"])
        #expect(same.status == 0)
        let noFlag = try CLI.run(["compare", CLI.published, "Scenarios/fm-delayed-1y.toml"])
        #expect(noFlag.status == 0)
    }

    /// The DBEP lines hold only internal cells, so no total moves; removing them is still a change.
    @Test func failOnChangeExits1WhenOnlyInternalLinesAreRemoved() throws {
        let result = try CLI.run(["compare", CLI.published, "Scenarios/dbep-unfunded.toml", "--fail-on-change", "--locale", "en"])
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        // dbep-kjernejournal and dbep-helsenorge removed by remove [tag:dbep]; no total moves.
        try CLI.assertGolden(result, "compare-dbep-unfunded-en.txt")
        let json = try CLI.run(["compare", CLI.published, "Scenarios/dbep-unfunded.toml", "--format", "json"])
        #expect(json.status == 0)
        let comparisons = try #require(try JSONSerialization.jsonObject(with: json.stdoutBytes) as? [[String: Any]])
        let first = try #require(comparisons.first)
        #expect(first["changed"] as? Bool == true)
        #expect((first["lines"] as? [[String: Any]])?.compactMap { $0["change"] as? String } == ["removed", "removed"])
        let csv = try CLI.run(["compare", CLI.published, "Scenarios/dbep-unfunded.toml", "--format", "csv", "--csv", "rfc4180", "--locale", "en"])
        try CLI.assertGolden(csv, "compare-dbep-unfunded-en.csv")
    }

    @Test func helpSaysWhatCountsAsAChange() throws {
        let result = try CLI.run(["compare", "--help", "--locale", "en"])
        #expect(result.status == 0)
        for phrase in ["a line in one scenario only", "a condition's state", "becomes internal or counted", "beyond the", "--fail-on-change"] {
            #expect(result.stdout.contains(phrase), "help lacks '\(phrase)'")
        }
        let norwegian = try CLI.run(["compare", "--help"])
        for phrase in ["en linje som bare finnes i det ene scenarioet", "tilstanden til en betingelse", "blir dekket internt eller summert", "holdt utenfor på en annen måte", "--fail-on-change"] {
            #expect(norwegian.stdout.contains(phrase), "help lacks '\(phrase)'")
        }
    }

    @Test func namesTheOperationAndItsFileForScenarioFiles() throws {
        let result = try CLI.run(["compare", CLI.published, "Scenarios/tillitsrammeverk-delay.toml"])
        #expect(result.status == 0)
        // Each moved cell's why: "shift +1y [tag:dokumentdeling] (Scenarios/tillitsrammeverk-delay.toml:LINE:COLUMN)".
        try CLI.assertGolden(result, "compare-tillitsrammeverk-delay.txt")
    }

    @Test func jsonOutputParses() throws {
        let result = try CLI.run(["compare", CLI.published, "Scenarios/overrun-20.toml", "--format", "json"])
        #expect(result.status == 0)
        #expect((try? JSONSerialization.jsonObject(with: result.stdoutBytes)) != nil)
        try CLI.assertGolden(result, "compare-overrun-20.json")
    }
}

@Suite struct ExplainCommandTests {
    @Test func listsTheContributingCellsWithTheirOrigins() throws {
        let result = try CLI.run(["explain", CLI.published, "--year", "2025", "--locale", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        try CLI.assertGolden(result, "explain-2025-en.txt")
        let source = try String(contentsOf: CLI.root.appendingPathComponent(CLI.published), encoding: .utf8)
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        // pll-pll's only cell, `cells = { 2025 = 2 }`: its line number in the file, counted from the text.
        let pll = try #require(lines.firstIndex { $0 == "cells = { 2025 = 2 }" }) + 1
        #expect(result.stdout.contains("\(CLI.published):\(pll):"))
    }

    @Test func explainsWhy2025Is33point5WithoutPhaseOut() throws {
        let result = try CLI.run(["explain", CLI.published, "--year", "2025", "--condition", "fm-phaseout=none", "--locale", "en"])
        #expect(result.status == 0)
        // 2025 = 33.5: pll-fm's -12 does not count (condition fm-phaseout=none).
        try CLI.assertGolden(result, "explain-2025-fm-none-en.txt")
    }

    @Test func anUnknownYearIsAUsageError() throws {
        let result = try CLI.run(["explain", CLI.published, "--year", "2031"])
        #expect(result.status == 64)
        #expect(result.stderrLines.count == 1)
    }
}

@Suite struct OutputFileTests {
    @Test func writesTheOutputFileAtomicallyWithoutLeftovers() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let target = folder.url.appendingPathComponent("totals.json").path
        let result = try CLI.run(["totals", CLI.published, "--format", "json", "-o", target])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(try folder.contents() == ["totals.json"])  // no .tmp file left behind
        let written = try Data(contentsOf: URL(fileURLWithPath: target))
        let stdout = try CLI.run(["totals", CLI.published, "--format", "json"]).stdoutBytes
        #expect(written == stdout)
        // Replacing an existing output works the same way.
        let again = try CLI.run(["totals", CLI.published, "--format", "csv", "--output", target])
        #expect(again.status == 0)
        #expect(try folder.contents() == ["totals.json"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: target)) != written)
    }

    @Test(arguments: ["same", "dotted"])
    func refusesToWriteOverTheInput(spelling: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let input = try folder.publishedCopy("table.toml")
        let before = try Data(contentsOf: URL(fileURLWithPath: input))
        let output = spelling == "same" ? input : folder.url.path + "/./table.toml"
        let result = try CLI.run(["totals", input, "-o", output])
        #expect(result.status == 64)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.contains("skriver ikke resultatet over en inndatafil"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: input)) == before)
        #expect(try folder.contents() == ["table.toml"])
    }

    @Test func anOutputInAMissingFolderExits73() throws {
        let result = try CLI.run(["totals", CLI.published, "-o", "/nonexistent-dfcost-folder/out.txt"])
        #expect(result.status == 73)
        #expect(result.stderrLines.count == 1)
    }
}
