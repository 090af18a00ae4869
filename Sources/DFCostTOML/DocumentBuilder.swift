/// The mutable table tree built while parsing, plus TOML's rules on who may define or extend
/// which table. Tables live in an arena and refer to each other by index, so extending a
/// deeply nested table never copies its ancestors. `finish()` converts it to `TOMLTable`.
struct DocumentBuilder {
    /// The deepest nesting allowed (tables and arrays each count one level).
    static let maxDepth = 128

    /// How a table came to exist, which decides how it may be extended later.
    enum TableKind {
        /// Created as a parent by a `[a.b.c]` header; may still be defined by its own header.
        case implicit
        /// Defined by `[header]` or as an element of `[[header]]`.
        case header
        /// Created by a dotted key such as `a.b = 1`.
        case dotted
        /// An inline table `{ ... }`; closed to any later addition.
        case inline
    }

    /// A key part as written, with its location.
    struct KeyPart {
        var name: String
        var location: SourceLocation
    }

    enum Value {
        case leaf(TOMLValue)
        case table(Int)
        case tableArray(Int)
        case array([Node])
    }

    struct Node {
        var value: Value
        var location: SourceLocation
    }

    struct Entry {
        var key: String
        var keyLocation: SourceLocation
        var node: Node
    }

    struct Table {
        var entries: [Entry] = []
        /// Built only once the table outgrows a linear search.
        var index: [String: Int]? = nil
        var kind: TableKind
        var depth: Int
        var location: SourceLocation

        /// The position of `key` in `entries`, or `nil`.
        func position(of key: String) -> Int? {
            guard let index else { return entries.firstIndex { $0.key == key } }
            return index[key]
        }

        /// Appends an entry whose key is new.
        mutating func append(_ entry: Entry) {
            if index != nil {
                index?[entry.key] = entries.count
            } else if entries.count >= 8 {
                var built: [String: Int] = [:]
                for (position, existing) in entries.enumerated() { built[existing.key] = position }
                built[entry.key] = entries.count
                index = built
            }
            entries.append(entry)
        }
    }

    private(set) var tables = [Table(kind: .header, depth: 0, location: SourceLocation(line: 1, column: 1))]
    private var tableArrays: [[Int]] = []

    /// The nesting depth of table `id` (the root is 0).
    func depth(of id: Int) -> Int { tables[id].depth }

    /// Adds a table that is not yet attached to a key (used for inline tables).
    mutating func newTable(kind: TableKind, depth: Int, location: SourceLocation) -> Int {
        tables.append(Table(kind: kind, depth: depth, location: location))
        return tables.count - 1
    }

    /// Handles `[path]`: returns the table that following key/value lines fill.
    mutating func defineTable(_ path: [KeyPart], at header: SourceLocation) throws(TOMLParseError) -> Int {
        let parent = try headerParent(path, at: header)
        let last = path[path.count - 1]
        guard let position = tables[parent].position(of: last.name) else {
            return try attachTable(to: parent, key: last, kind: .header, at: header)
        }
        let entry = tables[parent].entries[position]
        // Built only when an error is thrown: a header walks every part of its path.
        func shown() -> String { TextDisplay.key(path.map(\.name)) }
        switch entry.node.value {
        case .table(let id):
            switch tables[id].kind {
            case .implicit:
                tables[id].kind = .header
                tables[id].location = header
                tables[parent].entries[position].node.location = header
                tables[parent].entries[position].keyLocation = last.location
                return id
            case .header:
                throw TOMLParseError(location: header, reason: .duplicateTable(shown(), first: entry.node.location))
            case .dotted:
                throw TOMLParseError(location: header, reason: .tableDefinedByDottedKeys(shown(), at: entry.keyLocation))
            case .inline:
                throw TOMLParseError(location: header, reason: .extendsInlineTable(shown(), definedAt: entry.node.location))
            }
        case .tableArray:
            throw TOMLParseError(location: header, reason: .tableIsArrayOfTables(shown(), first: entry.node.location))
        case .leaf, .array:
            throw TOMLParseError(location: header, reason: .duplicateKey(shown(), first: entry.keyLocation))
        }
    }

    /// Handles `[[path]]`: appends a table to the array and returns it.
    mutating func appendArrayTable(_ path: [KeyPart], at header: SourceLocation) throws(TOMLParseError) -> Int {
        let parent = try headerParent(path, at: header)
        let last = path[path.count - 1]
        let depth = tables[parent].depth + 2
        guard depth <= Self.maxDepth else {
            throw TOMLParseError(location: last.location, reason: .nestingTooDeep(Self.maxDepth))
        }
        guard let position = tables[parent].position(of: last.name) else {
            let element = newTable(kind: .header, depth: depth, location: header)
            tableArrays.append([element])
            let node = Node(value: .tableArray(tableArrays.count - 1), location: header)
            insert(node, key: last, into: parent)
            return element
        }
        let entry = tables[parent].entries[position]
        // Built only when an error is thrown: a header walks every part of its path.
        func shown() -> String { TextDisplay.key(path.map(\.name)) }
        switch entry.node.value {
        case .tableArray(let array):
            let element = newTable(kind: .header, depth: depth, location: header)
            tableArrays[array].append(element)
            return element
        case .table:
            throw TOMLParseError(location: header, reason: .tableRedefinedAsArray(shown(), first: entry.node.location))
        case .array:
            throw TOMLParseError(location: header, reason: .appendToStaticArray(shown(), definedAt: entry.keyLocation))
        case .leaf:
            throw TOMLParseError(location: header, reason: .duplicateKey(shown(), first: entry.keyLocation))
        }
    }

    /// Walks (creating as needed) all but the last part of a header path.
    private mutating func headerParent(_ path: [KeyPart], at header: SourceLocation) throws(TOMLParseError) -> Int {
        var current = 0
        for (offset, part) in path.dropLast().enumerated() {
            guard let position = tables[current].position(of: part.name) else {
                current = try attachTable(to: current, key: part, kind: .implicit, at: part.location)
                continue
            }
            let entry = tables[current].entries[position]
            func shown() -> String { TextDisplay.key(path[...offset].map(\.name)) }
            switch entry.node.value {
            case .table(let id):
                if tables[id].kind == .inline {
                    throw TOMLParseError(location: header, reason: .extendsInlineTable(shown(), definedAt: entry.node.location))
                }
                current = id
            case .tableArray(let array):
                current = tableArrays[array][tableArrays[array].count - 1]
            case .leaf, .array:
                throw TOMLParseError(location: header, reason: .keyIsAValue(shown(), definedAt: entry.keyLocation))
            }
        }
        return current
    }

    /// For `a.b.c = value` inside table `start`: walks or creates `a` and `b`, checks that `c`
    /// is new, and returns the table that will hold `c`.
    mutating func prepareKeyValue(_ key: [KeyPart], in start: Int) throws(TOMLParseError) -> Int {
        var current = start
        for (offset, part) in key.dropLast().enumerated() {
            guard let position = tables[current].position(of: part.name) else {
                current = try attachTable(to: current, key: part, kind: .dotted, at: part.location)
                continue
            }
            let entry = tables[current].entries[position]
            func shown() -> String { TextDisplay.key(key[...offset].map(\.name)) }
            switch entry.node.value {
            case .table(let id):
                switch tables[id].kind {
                case .dotted:
                    current = id
                case .implicit:
                    tables[id].kind = .dotted
                    current = id
                case .header:
                    throw TOMLParseError(location: part.location, reason: .dottedKeysIntoHeaderTable(shown(), definedAt: entry.node.location))
                case .inline:
                    throw TOMLParseError(location: part.location, reason: .extendsInlineTable(shown(), definedAt: entry.node.location))
                }
            case .tableArray:
                throw TOMLParseError(location: part.location, reason: .dottedKeysIntoArrayOfTables(shown()))
            case .leaf, .array:
                throw TOMLParseError(location: part.location, reason: .keyIsAValue(shown(), definedAt: entry.keyLocation))
            }
        }
        let last = key[key.count - 1]
        if let position = tables[current].position(of: last.name) {
            let first = tables[current].entries[position].keyLocation
            throw TOMLParseError(location: last.location, reason: .duplicateKey(TextDisplay.key(key.map(\.name)), first: first))
        }
        return current
    }

    /// Adds `key = node` to `table`; the key must be new (see `prepareKeyValue`).
    mutating func insert(_ node: Node, key: KeyPart, into table: Int) {
        tables[table].append(Entry(key: key.name, keyLocation: key.location, node: node))
    }

    private mutating func attachTable(
        to parent: Int, key: KeyPart, kind: TableKind, at location: SourceLocation
    ) throws(TOMLParseError) -> Int {
        let depth = tables[parent].depth + 1
        guard depth <= Self.maxDepth else {
            throw TOMLParseError(location: key.location, reason: .nestingTooDeep(Self.maxDepth))
        }
        let id = newTable(kind: kind, depth: depth, location: location)
        insert(Node(value: .table(id), location: location), key: key, into: parent)
        return id
    }

    /// Converts the arena into the public value tree (recursion bounded by `maxDepth`).
    func finish() -> TOMLTable {
        table(0)
    }

    private func table(_ id: Int) -> TOMLTable {
        TOMLTable(entries: tables[id].entries.map { entry in
            TOMLTable.Entry(key: entry.key, keyLocation: entry.keyLocation, node: node(entry.node))
        })
    }

    private func node(_ node: Node) -> TOMLNode {
        switch node.value {
        case .leaf(let value):
            return TOMLNode(value: value, location: node.location)
        case .table(let id):
            return TOMLNode(value: .table(table(id)), location: node.location)
        case .tableArray(let array):
            let elements = tableArrays[array].map { id in
                TOMLNode(value: .table(table(id)), location: tables[id].location)
            }
            return TOMLNode(value: .array(elements), location: node.location)
        case .array(let elements):
            return TOMLNode(value: .array(elements.map(self.node)), location: node.location)
        }
    }
}
