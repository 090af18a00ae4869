import DFCostModel

extension CheckSuite {
    /// The checks of one file's ``Verification``, one case each:
    /// - "load": the file was read and its sums computed (passed);
    /// - "published sum YEAR" for every summed year: passed when the rounded sum equals the
    ///   published one; failed, with both values and the published sum's `file:line`, otherwise
    ///   (a summed year without a published sum fails too);
    /// - "published sum YEAR" for a published year the table no longer sums: skipped (outside the
    ///   horizon, not compared);
    /// - "a published year is summed": failed when no published year is left to compare.
    ///
    /// - Parameters:
    ///   - file: the file as the user named it.
    ///   - verification: the comparison the model made.
    ///   - sums: where each year's published sum is written (`2025 = 22`), by year.
    ///   - header: where `[published_sums]` is, for a year without a place of its own.
    ///   - properties: more to record with the suite (the precision is added).
    public static func verification(
        file: String, _ verification: Verification, sums: [Int: SourceReference] = [:],
        header: SourceReference? = nil, properties: [Property] = []
    ) -> CheckSuite {
        let classname = classname("verify", file: file)
        let fallback = header.map(CheckLocation.init) ?? CheckLocation(file: file)
        func place(_ year: Int) -> CheckLocation { sums[year].map(CheckLocation.init) ?? fallback }
        let precision = verification.precision

        var cases = [CheckCase(name: "load", classname: classname, location: CheckLocation(file: file), outcome: .passed)]
        var years: [(Int, CheckCase)] = verification.rows.map { row in
            let at = place(row.year)
            let outcome: CheckCase.Outcome
            if row.matches {
                outcome = .passed
            } else {
                let published = row.published.map { "published \($0)" } ?? "no published sum"
                let said = "\(row.year): computed \(row.computed) rounds to \(row.rounded), \(published)"
                var details = "year: \(row.year)\n"
                details += "expected (published): \(row.published?.description ?? "none")\n"
                details += "computed: \(row.computed)\n"
                details += "computed, rounded half away from zero to \(precision == ExactDecimal.one ? "whole" : "\(precision)") MNOK: \(row.rounded)\n"
                details += row.published == nil ? "published sums: \(at)\n" : "published sum: \(at)\n"
                outcome = .failed(CheckCase.Problem(
                    kind: row.published == nil ? "missing" : "mismatch",
                    message: "\(said) (\(row.published == nil ? "published sums" : "published sum") at \(at))",
                    annotation: said, details: details))
            }
            return (row.year, CheckCase(name: "published sum \(row.year)", classname: classname, location: at, outcome: outcome))
        }
        years += verification.outsideHorizon.map { outside in
            let why = "\(outside.year) is published (\(outside.published)) but outside the horizon: the table no longer sums it; not compared"
            return (outside.year, CheckCase(name: "published sum \(outside.year)", classname: classname,
                                            location: place(outside.year), outcome: .skipped(why)))
        }
        cases += years.sorted { $0.0 < $1.0 }.map(\.1)

        let summed = verification.rows.map(\.year)
        let anyYear: CheckCase.Outcome
        if verification.comparesAPublishedYear {
            anyYear = .passed
        } else {
            let sums = summed.isEmpty ? "the table sums no year" : "the table sums \(VerificationRenderer.years(summed))"
            let said = "no published year is summed (\(sums)): nothing to verify"
            anyYear = .failed(CheckCase.Problem(
                kind: "nothing-to-verify", message: "\(said) (published sums at \(fallback))", annotation: said,
                details: "summed years: \(summed.map(String.init).joined(separator: ", "))\n"
                    + "published years: \(verification.outsideHorizon.map { String($0.year) }.joined(separator: ", "))\n"
                    + "published sums: \(fallback)\n"))
        }
        cases.append(CheckCase(name: "a published year is summed", classname: classname, location: fallback, outcome: anyYear))

        return CheckSuite(name: file, file: file,
                          properties: [Property("precision", precision.description)] + properties, cases: cases)
    }
}
