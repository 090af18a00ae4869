/// `dfcost verify --help`.
public struct VerifyHelpWords: Sendable, Hashable {
    public var abstract: String
    public var discussion: String
    public var files: String

    public static let norwegian = VerifyHelpWords(
        abstract: "Kontroller at summene regnet ut på nytt, avrundet halvt bort fra null med den publiserte presisjonen, er lik de publiserte summene.",
        discussion: """
            Bare årene en fil summerer, sammenlignes. Et publisert år som filen ikke lenger summerer \
            (en avledet fil der en tidshorisont-operasjon endret de summerte årene), står som «utenfor \
            tidshorisonten» og sammenlignes ikke.

            En mappe står for hver *.toml-fil i den (ikke i undermappene), i navnerekkefølge. \
            Hver fil kontrolleres selv om en tidligere feiler; med mer enn én fil kommer en \
            linje med oppsummering til slutt.

            Avslutter med 0 når hver fil stemmer; 1 når den avrundede summen for et summert år avviker fra \
            den publiserte summen eller mangler en (med avviket per år), eller når ingen publiserte år \
            summeres i det hele tatt (ingenting å kontrollere); når en fil ikke kan leses eller mangler \
            publiserte summer, avslutningskoden til den første slike feilen (65 feil i dataene, 66 inndata \
            mangler), etter at de andre er kontrollert.

            --junit skriver en JUnit XML-rapport: én testsuite per fil, ett testtilfelle per publisert \
            år ('published sum 2025', med forventet og beregnet verdi og fil:linje for den publiserte \
            summen når den feiler) og per kontroll ('load', 'a published year is summed'); navnene står på engelsk i rapporten.
            """,
        files: "Scenariofiler med [published_sums], eller mapper med slike filer.")
    public static let english = VerifyHelpWords(
        abstract: "Check that recomputed sums, rounded half away from zero at the published precision, equal the published sums.",
        discussion: """
            Only the years a file sums are compared. A published year that the file no longer sums \
            (a derived file whose horizon operation changed the summed years) is listed as "outside \
            the horizon" and not compared.

            A folder stands for every *.toml file in it (not in its subfolders), in name order. \
            Every file is checked even when an earlier one fails; with more than one file a \
            summary line follows.

            Exits 0 when every file matches; 1 when a summed year's rounded sum differs from its \
            published sum or has none (with a per-year diff), or when no published year is summed \
            at all (nothing to verify); when a file cannot be read or has no published sums, the \
            exit code of the first such error (65 bad data, 66 missing input), after the others \
            are checked.

            --junit writes a JUnit XML report: one test suite per file, one test case per published \
            year ("published sum 2025", with the expected and computed values and the file:line of \
            the published sum when it fails) and per check ("load", "a published year is summed").
            """,
        files: "Scenario files with [published_sums], or folders of them.")
}
