@testable import DFCostImport
import DFCostModel
import DFCostScenario
import DFCostTestSupport
import Foundation
import Testing

/// Reading tables in tests: text in, the imported table or the one-line error out.
enum Importing {
    /// The table read from `text` as the file `file`.
    static func table(_ text: String, file: String = "t.csv") throws -> ImportedTable {
        try TableImporter.read(text, file: file)
    }

    /// The error `text` gives, as printed ("file:line:column: message"), or nil when it imports.
    static func error(_ text: String, file: String = "t.csv") -> String? {
        do {
            _ = try TableImporter.read(text, file: file)
            return nil
        } catch {
            return error.description
        }
    }
}
