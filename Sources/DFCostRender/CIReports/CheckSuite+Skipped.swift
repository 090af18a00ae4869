/// A suite whose file was read but not compared, and why.
extension CheckSuite {
    /// One passed case, "load", and one skipped case named `check`, with the reason.
    public static func skipped(_ command: String, file: String, check: String, reason: String,
                               properties: [Property] = []) -> CheckSuite {
        let classname = classname(command, file: file)
        return CheckSuite(name: file, file: file, properties: properties, cases: [
            CheckCase(name: "load", classname: classname, location: CheckLocation(file: file), outcome: .passed),
            CheckCase(name: check, classname: classname, location: CheckLocation(file: file), outcome: .skipped(reason)),
        ])
    }
}
