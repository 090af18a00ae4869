/// Encodes any `Encodable` into a ``JSONValue``, so the JSON documents are typed values and
/// ``JSONValue/render()`` still writes every byte: members come out in the order they are
/// encoded (a type's `CodingKeys` order, its properties' order when synthesized), never sorted.
///
/// Keys of synthesized containers are written in snake case (`summedYears` → `summed_years`);
/// keys of ``JSONMembers`` (years, ids, percentiles) are written as given. Scalars: `String` a
/// string, `Bool` a boolean, integers their decimal text, `Double` the shortest round-trip text
/// (null when not finite, as ``JSONValue/double(_:)``), `nil` null. A value that already knows its
/// JSON (``JSONDecimal``, ``JSONFloat32``, ``JSONValue``) is written as it says.
public struct JSONValueEncoder: Sendable {
    public init() {}

    /// The value as a JSON tree.
    public func encode<T: Encodable>(_ value: T) throws -> JSONValue {
        let node = Node()
        try node.encode(value, codingPath: [])
        return node.value
    }

    /// The value as pretty-printed JSON text (``JSONValue/render()``). The documents of this
    /// module never fail to encode: a failure is a programming error and stops.
    public static func render<T: Encodable>(_ value: T) -> String {
        do {
            return try JSONValueEncoder().encode(value).render()
        } catch {
            preconditionFailure("a JSON document failed to encode: \(error)")
        }
    }

    /// `summedYears` → `summed_years`: an underscore before each capital, lowercased.
    static func snakeCase(_ key: String) -> String {
        var out = ""
        for character in key {
            if character.isUppercase {
                if !out.isEmpty { out += "_" }
                out += character.lowercased()
            } else {
                out.append(character)
            }
        }
        return out
    }
}

/// A value that is its own JSON (written as is by ``JSONValueEncoder``).
protocol JSONLiteral {
    var jsonValue: JSONValue { get }
}

extension JSONValue: Encodable, JSONLiteral {
    var jsonValue: JSONValue { self }

    /// Outside ``JSONValueEncoder``: strings, booleans and null as themselves, numbers as their
    /// text, objects and arrays member by member.
    public func encode(to encoder: Encoder) throws {
        switch self {
        case .object(let members):
            var container = encoder.container(keyedBy: MemberKey.self)
            for (key, value) in members { try container.encode(value, forKey: MemberKey(key)) }
        case .array(let items):
            var container = encoder.unkeyedContainer()
            for item in items { try container.encode(item) }
        case .string(let s), .number(let s):
            var container = encoder.singleValueContainer()
            try container.encode(s)
        case .bool(let b):
            var container = encoder.singleValueContainer()
            try container.encode(b)
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        }
    }
}

/// A key written exactly as given (a year, an id, a percentile), not converted to snake case.
struct MemberKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ key: String) { stringValue = key }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension JSONValueEncoder {
    /// One value being encoded: unset, a finished scalar, or an object or array filled in place.
    final class Node {
        enum Content {
            case unset
            case scalar(JSONValue)
            case object([(String, Node)])
            case array([Node])
        }

        var content: Content = .unset

        var value: JSONValue {
            switch content {
            case .unset: .object([])
            case .scalar(let v): v
            case .object(let members): .object(members.map { ($0.0, $0.1.value) })
            case .array(let items): .array(items.map(\.value))
            }
        }

        func encode<T: Encodable>(_ value: T, codingPath: [CodingKey]) throws {
            if let literal = value as? JSONLiteral {
                content = .scalar(literal.jsonValue)
            } else {
                try value.encode(to: NodeEncoder(node: self, codingPath: codingPath))
            }
        }

        /// A new member, appended after the others (keys are never merged or sorted).
        func member(_ key: String) -> Node {
            if case .object = content {} else { content = .object([]) }
            let child = Node()
            if case .object(var members) = content {
                members.append((key, child))
                content = .object(members)
            }
            return child
        }

        /// A new item, appended after the others.
        func item() -> Node {
            if case .array = content {} else { content = .array([]) }
            let child = Node()
            if case .array(var items) = content {
                items.append(child)
                content = .array(items)
            }
            return child
        }

        var count: Int {
            if case .array(let items) = content { return items.count }
            return 0
        }

        func becomeObject() { if case .object = content {} else { content = .object([]) } }
        func becomeArray() { if case .array = content {} else { content = .array([]) } }
    }

    struct NodeEncoder: Encoder {
        let node: Node
        var codingPath: [CodingKey]
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            node.becomeObject()
            return KeyedEncodingContainer(KeyedContainer<Key>(node: node, codingPath: codingPath))
        }

        func unkeyedContainer() -> UnkeyedEncodingContainer {
            node.becomeArray()
            return UnkeyedContainer(node: node, codingPath: codingPath)
        }

        func singleValueContainer() -> SingleValueEncodingContainer {
            SingleValueContainer(node: node, codingPath: codingPath)
        }
    }

    /// The scalars every container writes the same way.
    static func scalar(_ value: some Encodable) -> JSONValue? {
        switch value {
        case let v as String: .string(v)
        case let v as Bool: .bool(v)
        case let v as Double: .double(v)
        case let v as Float: v.isFinite ? .number(JSONValue.float32Text(Double(v))) : .null
        case let v as any BinaryInteger: .number("\(v)")
        default: nil
        }
    }

    struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let node: Node
        var codingPath: [CodingKey]

        func name(_ key: Key) -> String {
            key is MemberKey ? key.stringValue : JSONValueEncoder.snakeCase(key.stringValue)
        }

        mutating func encodeNil(forKey key: Key) throws {
            node.member(name(key)).content = .scalar(.null)
        }

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            let child = node.member(name(key))
            if let scalar = JSONValueEncoder.scalar(value) {
                child.content = .scalar(scalar)
            } else {
                try child.encode(value, codingPath: codingPath + [key])
            }
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            let child = node.member(name(key))
            child.becomeObject()
            return KeyedEncodingContainer(KeyedContainer<NestedKey>(node: child, codingPath: codingPath + [key]))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
            let child = node.member(name(key))
            child.becomeArray()
            return UnkeyedContainer(node: child, codingPath: codingPath + [key])
        }

        mutating func superEncoder() -> Encoder {
            NodeEncoder(node: node.member("super"), codingPath: codingPath + [MemberKey("super")])
        }

        mutating func superEncoder(forKey key: Key) -> Encoder {
            NodeEncoder(node: node.member(name(key)), codingPath: codingPath + [key])
        }
    }

    struct UnkeyedContainer: UnkeyedEncodingContainer {
        let node: Node
        var codingPath: [CodingKey]
        var count: Int { node.count }

        mutating func encodeNil() throws {
            node.item().content = .scalar(.null)
        }

        mutating func encode<T: Encodable>(_ value: T) throws {
            let child = node.item()
            if let scalar = JSONValueEncoder.scalar(value) {
                child.content = .scalar(scalar)
            } else {
                try child.encode(value, codingPath: codingPath + [MemberKey("\(count - 1)")])
            }
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            let child = node.item()
            child.becomeObject()
            return KeyedEncodingContainer(KeyedContainer<NestedKey>(node: child, codingPath: codingPath))
        }

        mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
            let child = node.item()
            child.becomeArray()
            return UnkeyedContainer(node: child, codingPath: codingPath)
        }

        mutating func superEncoder() -> Encoder {
            NodeEncoder(node: node.item(), codingPath: codingPath)
        }
    }

    struct SingleValueContainer: SingleValueEncodingContainer {
        let node: Node
        var codingPath: [CodingKey]

        mutating func encodeNil() throws { node.content = .scalar(.null) }

        mutating func encode<T: Encodable>(_ value: T) throws {
            if let scalar = JSONValueEncoder.scalar(value) {
                node.content = .scalar(scalar)
            } else {
                try node.encode(value, codingPath: codingPath)
            }
        }
    }
}
