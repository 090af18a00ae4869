import DFCostNotation
import DFCostScenario

/// The what-ifs of a request in the command line's notation and names: `condition`, `scale`,
/// `shift`, `remove` (each repeatable), as in `dfcost totals --condition fm-phaseout=delayed:1`.
public struct WhatIfs: Sendable, Hashable, Codable {
    public var condition: [String] = []
    public var scale: [String] = []
    public var shift: [String] = []
    public var remove: [String] = []

    /// The names a query uses, in the order a link writes them.
    public static let names = ["condition", "scale", "shift", "remove"]

    public init(condition: [String] = [], scale: [String] = [], shift: [String] = [], remove: [String] = []) {
        self.condition = condition
        self.scale = scale
        self.shift = shift
        self.remove = remove
    }

    /// The what-ifs of a query (empty values are left out: an empty form field).
    public init(_ query: QueryItems) {
        func values(_ name: String) -> [String] { query.all(name).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty } }
        self.init(condition: values("condition"), scale: values("scale"), shift: values("shift"), remove: values("remove"))
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        condition = try c.decodeIfPresent([String].self, forKey: .condition) ?? []
        scale = try c.decodeIfPresent([String].self, forKey: .scale) ?? []
        shift = try c.decodeIfPresent([String].self, forKey: .shift) ?? []
        remove = try c.decodeIfPresent([String].self, forKey: .remove) ?? []
    }

    public var isEmpty: Bool { condition.isEmpty && scale.isEmpty && shift.isEmpty && remove.isEmpty }

    /// The engine's options, read by the command line's notation and applied in its order.
    /// - Throws: ``ScenarioError`` for a what-if the notation does not read (a usage error).
    public func applyOptions() throws -> ApplyOptions {
        try WhatIf.applyOptions(conditions: condition, texts: [.scale: scale, .shift: shift, .remove: remove])
    }

    /// The query pairs, in the order of ``names``.
    var pairs: [(String, String)] {
        condition.map { ("condition", $0) } + scale.map { ("scale", $0) } + shift.map { ("shift", $0) } + remove.map { ("remove", $0) }
    }
}
