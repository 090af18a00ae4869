/// The identity of one random stream: a 64-bit key derived from a stable string id.
///
/// Derivation: FNV-1a 64 (offset basis 0xcbf29ce484222325, prime 0x100000001b3) over the
/// UTF-8 bytes of the id. The hash is fixed forever so that the same id gives the same
/// draws across versions, platforms and runs; renaming an id changes its draws and
/// nothing else. The engine namespaces ids (`"factor:" + id`, `"event:" + id`) so a factor
/// and an event that happen to share an id still draw independently.
public struct StreamKey: Hashable, Sendable, CustomStringConvertible {
    /// The 64-bit key.
    public let rawValue: UInt64

    /// Wraps an existing 64-bit key.
    public init(rawValue: UInt64) { self.rawValue = rawValue }

    /// Derives the key from a stable id by FNV-1a 64.
    public init(id: String) { self.rawValue = StreamKey.fnv1a64(id) }

    /// FNV-1a 64 of the UTF-8 bytes of `text`.
    public static func fnv1a64(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// The stream key of a simulation factor with id `id`.
    public static func factor(_ id: String) -> StreamKey { StreamKey(id: "factor:" + id) }
    /// The stream key of a simulation event with id `id`.
    public static func event(_ id: String) -> StreamKey { StreamKey(id: "event:" + id) }

    /// Sixteen hexadecimal digits.
    public var description: String {
        let hex = String(rawValue, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
