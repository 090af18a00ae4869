import DFCostApp
import DFCostRender

extension Verify {
    /// Recorded with every suite of the JUnit report.
    static let properties = [CheckSuite.Property("dfcost", BuildInfo.summary)]

    /// Prints what the check of one file found and gives its suite for the CI reports.
    static func printed(_ checked: FileVerification, locale: DFCostRender.Language) -> CheckSuite {
        switch checked.outcome {
        case .verified(let verification, let sums, let header):
            print(VerificationRenderer.text(file: checked.file, verification, locale: locale), terminator: "")
            return .verification(file: checked.file, verification, sums: sums, header: header, properties: properties)
        case .inheritedSums(let parent):
            let reason = locale == .nb
                ? "ikke kontrollert: utvider \(parent) og endrer celler; bare filens egne [published_sums] kontrolleres"
                : "not verified: extends \(parent) and changes its cells; only a file's own [published_sums] are checked"
            print("\(checked.file): \(reason)")
            return .skipped("verify", file: checked.file, check: "published sums of its own", reason: reason, properties: properties)
        }
    }
}
