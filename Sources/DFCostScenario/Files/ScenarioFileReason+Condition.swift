import DFCostModel

extension ScenarioFileReason {
    /// Why a `[conditions.x]` table is unusable: its shape, its state, its uncertain outcomes, its mark.
    public enum Condition: Sendable, Hashable, CustomStringConvertible {
        /// `conditions.x` that is not a table.
        case notATable(String)
        /// A `state` (or an outcome of `uncertain`) that is no condition state.
        case badState(ConditionState.ParseFailure)
        /// An outcome's probability outside 0...1.
        case probabilityOutside(ExactDecimal, state: String)
        /// The probabilities cannot be summed exactly.
        case probabilitiesOverflow(ArithmeticError)
        /// The probabilities of `uncertain` do not sum to 1.
        case probabilitiesNotOne(in: TablePlace, sum: ExactDecimal)
        /// `mark = ""`.
        case emptyMark(condition: String)
        /// A mark with a character that reads as part of an amount.
        case markReadsAsAmount(String, condition: String, character: String)
        /// A mark another condition has.
        case markTaken(String, by: String)
        /// A mark that ends another condition's mark, or ends in it.
        case markAmbiguous(String, otherMark: String, of: String)

        public var description: String {
            switch self {
            case .notATable(let id): "[conditions.\(id)] must be a table with description, mark, state or uncertain"
            case .badState(let failure): failure.description
            case .probabilityOutside(let p, let state): "probability \(p) of \(state) is not between 0 and 1"
            case .probabilitiesOverflow(let error): "\(error)"
            case .probabilitiesNotOne(let place, let sum): "probabilities in \(place) sum to \(sum), not 1"
            case .emptyMark(let id): "the mark of condition '\(id)' is empty"
            case .markReadsAsAmount(let mark, let id, let c):
                "mark '\(mark)' of condition '\(id)' contains '\(c)', which reads as part of an amount; use a sign such as * † # or ‡"
            case .markTaken(let mark, let other): "mark '\(mark)' is already used by condition '\(other)'"
            case .markAmbiguous(let mark, let otherMark, let other):
                "mark '\(mark)' cannot be told apart from the mark '\(otherMark)' of condition '\(other)'"
            }
        }
    }
}
