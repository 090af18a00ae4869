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
    /// The commit, with " (with uncommitted changes)" when the work tree differed from it.
    static let commit: String? = BuildStamp.commit
    #else
    static let commit: String? = nil
    #endif

    #if DFCOST_PORTABLE
    static let isPortable = true
    #else
    static let isPortable = false
    #endif

    /// The text of `--version`, three lines.
    static var versionText: String {
        """
        dfcost \(version)
        commit: \(commit ?? "unknown (not built by make)")
        build: \(isPortable
            ? "portable (Swift runtime, LAPACK, BLAS, the Fortran and C++ runtimes, libxml2 and ICU linked in; needs glibc 2.36 or later)"
            : "standard (loads the Swift runtime and LAPACK/BLAS from the system)")
        """
    }

    /// The version and commit as a value, for the analysis model of a simulation.
    static var software: SoftwareVersion { SoftwareVersion(version: version, commit: commit) }

    /// "dfcost 0.1.0, commit abc123, portable": one line for reports.
    static var summary: String {
        "dfcost \(version), commit \(commit ?? "unknown"), \(isPortable ? "portable" : "standard") build"
    }
}
