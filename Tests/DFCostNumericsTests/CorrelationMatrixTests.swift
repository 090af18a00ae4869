import Testing
@testable import DFCostNumerics

@Suite struct CorrelationMatrixTests {
    @Test func groupsAndPairsBuildSymmetricMatrix() throws {
        let c = try CorrelationMatrix(names: ["a", "b", "c", "d"],
                                      groups: [.init(members: [0, 1, 2], coefficient: 0.5)],
                                      pairs: [.init(2, 0, coefficient: 0.3)])
        #expect(c[0, 1] == 0.5 && c[1, 0] == 0.5 && c[0, 2] == 0.3 && c[2, 0] == 0.3)
        #expect(c[3, 0] == 0 && c[3, 3] == 1)
        try c.validate()
        #expect(c.components() == [[0, 1, 2], [3]])
    }

    @Test func componentsAreOrderedByID() throws {
        let c = try CorrelationMatrix(names: ["z", "m", "a"],
                                      groups: [.init(members: [0, 1, 2], coefficient: 0.2)])
        #expect(c.components() == [[2, 1, 0]])
    }

    @Test func coefficientOutsideUnitIntervalIsRejected() {
        #expect(throws: CorrelationError.coefficientOutOfRange(first: "a", second: "b", value: 1.2)) {
            try CorrelationMatrix(names: ["a", "b"], groups: [], pairs: [.init(0, 1, coefficient: 1.2)])
        }
    }

    @Test func conflictingGroupsAreRejected() {
        #expect(throws: CorrelationError.self) {
            try CorrelationMatrix(names: ["a", "b", "c"],
                                  groups: [.init(members: [0, 1], coefficient: 0.2),
                                           .init(members: [1, 0, 2], coefficient: 0.4)])
        }
    }

    @Test func indefiniteMatrixNamesCoefficientsInvolved() throws {
        let c = try CorrelationMatrix(names: ["a", "b", "c", "x"], groups: [],
                                      pairs: [.init(0, 1, coefficient: 0.9), .init(1, 2, coefficient: 0.9),
                                              .init(0, 2, coefficient: -0.9)])
        do {
            try c.validate()
            Issue.record("expected notPositiveDefinite")
        } catch {
            #expect(error.description == "correlation matrix is not positive definite; "
                + "coefficients involved: a~b 0.9, a~c -0.9, b~c 0.9")
        }
    }

    @Test func higham2002ClassicExampleIsRepaired() throws {
        // Higham (2002), section 4: the nearest correlation matrix to [[1,1,0],[1,1,1],[0,1,1]]
        // has off-diagonals 0.7607, 0.1573, 0.7607 (printed to 4 decimals, hence 1e-3).
        let c = try CorrelationMatrix(names: ["a", "b", "c"],
                                      matrix: Matrix([[1, 1, 0], [1, 1, 1], [0, 1, 1]]))
        #expect(throws: CorrelationError.self) { try c.validate() }
        let repaired = try c.nearestCorrelation()
        let m = repaired.matrix
        #expect(abs(m[0, 1] - 0.7607) < 1e-3 && abs(m[0, 2] - 0.1573) < 1e-3
            && abs(m[1, 2] - 0.7607) < 1e-3)
        try m.validate()
        #expect(repaired.changes.map { [$0.i, $0.j] } == [[0, 1], [0, 2], [1, 2]])
        #expect(repaired.changes[0].old == 1 && abs(repaired.changes[0].new - 0.7607) < 1e-3)
    }

    @Test func nearestCorrelationLeavesValidMatrixAlone() throws {
        let c = try CorrelationMatrix(names: ["a", "b", "c"],
                                      groups: [.init(members: [0, 1, 2], coefficient: 0.6)])
        let repaired = try c.nearestCorrelation()
        #expect(repaired.changes.isEmpty)
        #expect(repaired.matrix.matrix.maxAbsDifference(c.matrix) < 1e-9)
    }
}
