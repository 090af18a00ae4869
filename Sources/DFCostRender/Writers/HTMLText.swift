import DFCostEscaping

/// HTML escaping under its older name, for the comparison renderers not yet converted to the
/// document writers; the rule itself is ``Escaper/html``.
enum HTMLText {
    static func escape(_ s: String) -> String { Escaper.html.escape(s) }
}
