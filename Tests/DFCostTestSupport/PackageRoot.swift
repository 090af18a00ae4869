import Foundation

/// The package root and the repository files tests read where they live.
public enum PackageRoot {
    /// The package root, found from this file (Tests/DFCostTestSupport/PackageRoot.swift).
    public static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The absolute path of `relative`, a path from the package root.
    public static func path(_ relative: String) -> String {
        url.appendingPathComponent(relative).path
    }

    /// The published October 2023 table, relative to the package root.
    public static let published = "Scenarios/published/ehelseportefolje-2023-10.toml"
}
