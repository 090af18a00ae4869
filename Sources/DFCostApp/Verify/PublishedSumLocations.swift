import DFCostModel
import DFCostTOML
import Foundation

/// Where each year's published sum is written (`2025 = 22` in `[published_sums]`), for the JUnit
/// report and annotations of `dfcost verify`.
///
/// The model keeps only where `[published_sums]` starts (``PublishedSums/origin``), so the file
/// it names is read again for the positions of the year keys' values. A file that cannot be
/// read or parsed again gives no positions, and the callers point at the table's header instead.
public enum PublishedSumLocations {
    /// Year -> the place of its published value.
    public static func of(_ sums: PublishedSums?) -> [Int: SourceReference] {
        guard let origin = sums?.origin,
              let data = FileManager.default.contents(atPath: origin.file),
              let root = try? TOMLParser.parse(bytes: Array(data)),
              let table = root["published_sums"]?.value.tableValue else { return [:] }
        var places: [Int: SourceReference] = [:]
        for entry in table.entries {
            guard let year = Int(entry.key) else { continue }
            places[year] = SourceReference(file: origin.file, line: entry.node.location.line, column: entry.node.location.column)
        }
        return places
    }
}
