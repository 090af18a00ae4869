/// The words of `dfcost --version`: the commit, the kind of build, by language.
public struct VersionWords: Sendable, Hashable {
    /// "Git-revisjon" / "commit".
    public var commit: String
    /// The commit's value when the binary was not built by `make`.
    public var unknownCommit: String
    /// After the commit when the work tree differed from it.
    public var modified: String
    /// "bygg" / "build".
    public var build: String
    /// The standard build: loads its libraries from the system.
    public var standard: String
    /// The portable build of `make dist`: its libraries linked in.
    public var portable: String

    public static let norwegian = VersionWords(
        commit: "Git-revisjon", unknownCommit: "ukjent (ikke bygget med make)", modified: " (med lokale endringer)",
        build: "bygg",
        standard: "standard (laster Swift-kjøretiden og LAPACK/BLAS fra systemet)",
        portable: "portabel (Swift-kjøretiden, LAPACK, BLAS, Fortran- og C++-kjøretidene, libxml2 og ICU lenket inn; krever glibc 2.36 eller nyere)")

    /// The English words; `make dist` and scripts/check-dist.sh read "build: portable" with `--locale en`.
    public static let english = VersionWords(
        commit: "commit", unknownCommit: "unknown (not built by make)", modified: " (with uncommitted changes)",
        build: "build",
        standard: "standard (loads the Swift runtime and LAPACK/BLAS from the system)",
        portable: "portable (Swift runtime, LAPACK, BLAS, the Fortran and C++ runtimes, libxml2 and ICU linked in; needs glibc 2.36 or later)")
}

extension Language {
    /// The words of `dfcost --version` in this language.
    public var version: VersionWords { self == .nb ? .norwegian : .english }
}
