import DFCostRender
import DFCostSimulation

/// What `dfcost --version` prints: the version, the commit the binary was built from, and
/// whether it is the portable build.
///
/// The version is set here and nowhere else (the Makefile reads it for the tarball's name).
/// `make build` and `make dist` write the commit into `BuildStamp.generated.swift` (ignored by
/// git) and compile with `-DDFCOST_STAMPED`; a plain `swift build` ignores that file and says the
/// commit is unknown. `make dist` adds `-DDFCOST_PORTABLE`.
enum BuildInfo {
    static let version = "0.1.0"

    #if DFCOST_STAMPED
    /// The commit (12 hex digits).
    static let commit: String? = BuildStamp.commit
    /// Whether the work tree differed from ``commit`` when it was built.
    static let modified: Bool = BuildStamp.modified
    #else
    static let commit: String? = nil
    static let modified = false
    #endif

    #if DFCOST_PORTABLE
    static let isPortable = true
    #else
    static let isPortable = false
    #endif

    /// The text of `--version`, three lines, in the language of the run (`--locale`).
    static var versionText: String {
        let words = ChosenLanguage.current.version
        return """
        dfcost \(version)
        \(words.commit): \(commit.map { modified ? $0 + words.modified : $0 } ?? words.unknownCommit)
        \(words.build): \(isPortable ? words.portable : words.standard)
        """
    }

    /// The version and commit as a value, for the analysis model of a simulation.
    static var software: SoftwareVersion { SoftwareVersion(version: version, commit: commit, modified: modified) }

    /// "dfcost 0.1.0, commit abc123, portable": one line for reports.
    static var summary: String {
        "dfcost \(version), commit \(commit.map { modified ? $0 + " (modified)" : $0 } ?? "unknown"), \(isPortable ? "portable" : "standard") build"
    }
}
