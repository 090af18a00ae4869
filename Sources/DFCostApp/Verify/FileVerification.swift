import DFCostModel

/// What ``VerifyRequest/check(_:)`` found for one file.
public struct FileVerification: Sendable {
    /// What the check came to.
    public enum Outcome: Sendable {
        /// Compared: each summed year's rounded sum against its published sum, with where each
        /// published sum is written and where `[published_sums]` starts.
        case verified(Verification, sums: [Int: SourceReference], header: SourceReference?)
        /// Not compared: the file writes no published sums of its own and changes cells of the
        /// file it extends (named as the chain names it), whose published sums are for other cells.
        case inheritedSums(from: String)
    }

    /// The file as the request named it.
    public var file: String
    /// Every file read for it (its `extends` chain).
    public var inputs: [String]
    /// What the check came to.
    public var outcome: Outcome
}
