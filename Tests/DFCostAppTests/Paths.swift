import DFCostTestSupport
import Foundation

/// Files the application-layer tests read, where they live in the repository.
enum Paths {
    /// The published October 2023 table.
    static var published: String { PackageRoot.path(PackageRoot.published) }

    /// An example scenario in Scenarios/.
    static func example(_ name: String) -> String { PackageRoot.path("Scenarios/\(name)") }
}
