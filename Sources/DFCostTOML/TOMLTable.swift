/// A TOML table: keys in document order with their positions, plus fast lookup by key.
public struct TOMLTable: Sendable, Hashable {
    /// One key of a table with where the key is written and its value.
    public struct Entry: Sendable, Hashable {
        /// The key (one part of a dotted key), decoded.
        public var key: String
        /// Where this key part is written (for a table header, the part naming this table).
        public var keyLocation: SourceLocation
        /// The value and where it starts.
        public var node: TOMLNode

        /// Creates an entry.
        public init(key: String, keyLocation: SourceLocation, node: TOMLNode) {
            self.key = key
            self.keyLocation = keyLocation
            self.node = node
        }
    }

    /// Tables up to this size are searched linearly; larger ones get a hash index.
    private static let linearSearchLimit = 8

    private var storage: [Entry]
    private var index: [String: Int]?

    /// Creates a table. If a key repeats, lookups find its first entry.
    public init(entries: [Entry] = []) {
        storage = entries
        index = TOMLTable.makeIndex(entries)
    }

    /// The entries in document order of first definition. Setting rebuilds the lookup index.
    public var entries: [Entry] {
        get { storage }
        set {
            storage = newValue
            index = TOMLTable.makeIndex(newValue)
        }
    }

    /// The node stored under `key`, or `nil`.
    public subscript(key: String) -> TOMLNode? {
        entry(key)?.node
    }

    /// The whole entry for `key` (including where the key is written), or `nil`.
    public func entry(_ key: String) -> Entry? {
        guard let index else { return storage.first { $0.key == key } }
        guard let position = index[key] else { return nil }
        return storage[position]
    }

    /// The keys in document order.
    public var keys: [String] { storage.map(\.key) }

    /// The number of keys.
    public var count: Int { storage.count }

    /// Whether the table has no keys.
    public var isEmpty: Bool { storage.isEmpty }

    /// Tables are equal when their entries are equal, in order.
    public static func == (lhs: TOMLTable, rhs: TOMLTable) -> Bool {
        lhs.storage == rhs.storage
    }

    /// Hashes the entries.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage)
    }

    private static func makeIndex(_ entries: [Entry]) -> [String: Int]? {
        guard entries.count > linearSearchLimit else { return nil }
        var index: [String: Int] = [:]
        index.reserveCapacity(entries.count)
        for (position, entry) in entries.enumerated() where index[entry.key] == nil {
            index[entry.key] = position
        }
        return index
    }
}
