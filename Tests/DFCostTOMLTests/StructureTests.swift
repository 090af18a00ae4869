import DFCostTOML
import Testing

@Suite struct StructureTests {
    @Test func keysAndValuesCarryTheirPositions() throws {
        let source = """
        # header comment
        title = "x"

        [owner]
          name  = "Tom"
        """
        let root = try TOMLParser.parse(source)
        let title = try #require(root.entry("title"))
        #expect(title.keyLocation == SourceLocation(line: 2, column: 1))
        #expect(title.node.location == SourceLocation(line: 2, column: 9))
        let owner = try #require(root.entry("owner"))
        #expect(owner.node.location == SourceLocation(line: 4, column: 2))
        let name = try #require(owner.node.value.tableValue?.entry("name"))
        #expect(name.keyLocation == SourceLocation(line: 5, column: 3))
        #expect(name.node.location == SourceLocation(line: 5, column: 11))
    }

    @Test func valueOnThirdLineIsAtColumnNine() throws {
        let node = try node("a = 1\nb = 2\nthird = 3", "third")
        #expect(node.location == SourceLocation(line: 3, column: 9))
    }

    @Test func columnsCountUnicodeScalars() throws {
        let entry = try #require(try TOMLParser.parse("\"é😀\" = \"ø\"\nx = 1").entry("é😀"))
        #expect(entry.node.location == SourceLocation(line: 1, column: 8))
        #expect(try node("v = \"éé\" \t\nw = 'ø' ", "w").location == SourceLocation(line: 2, column: 5))
    }

    @Test func dottedKeysCreateNestedTablesInOrder() throws {
        let root = try TOMLParser.parse("""
        a.b.c = 1
        a.b.d = 2
        a . "q.k" . 'l' = 3
        z = 0
        """)
        #expect(root.keys == ["a", "z"])
        let a = try #require(root["a"]?.value.tableValue)
        #expect(a.keys == ["b", "q.k"])
        #expect(a["b"]?.value.tableValue?.keys == ["c", "d"])
        #expect(a["q.k"]?.value.tableValue?["l"]?.value == number(.integer, "3"))
        #expect(a.entry("b")?.keyLocation == SourceLocation(line: 1, column: 3))
        #expect(a["b"]?.value.tableValue?.entry("d")?.keyLocation == SourceLocation(line: 2, column: 5))
    }

    @Test func tablesAndSubTablesNest() throws {
        let root = try TOMLParser.parse("""
        [a.b]
        x = 1
        [a]
        y = 2
        [a.c]
        [ a . b . "d" ]
        """)
        let a = try #require(root["a"]?.value.tableValue)
        #expect(a.keys == ["b", "y", "c"])
        #expect(root["a"]?.location == SourceLocation(line: 3, column: 2))
        #expect(a["b"]?.value.tableValue?.keys == ["x", "d"])
        #expect(a["b"]?.value.tableValue?["d"]?.location == SourceLocation(line: 6, column: 3))
    }

    @Test func arrayOfTablesCollectsElementsAndSubTables() throws {
        let root = try TOMLParser.parse("""
        [[fruit]]
        name = "apple"
        [fruit.physical]
        color = "red"
        [[fruit.variety]]
        name = "red delicious"
        [[fruit]]
        name = "banana"
        [[fruit.variety]]
        name = "plantain"
        """)
        let fruit = try #require(root["fruit"])
        #expect(fruit.location == SourceLocation(line: 1, column: 3))
        let elements = try #require(fruit.value.arrayValue)
        #expect(elements.count == 2)
        #expect(elements.map(\.location) == [SourceLocation(line: 1, column: 3), SourceLocation(line: 7, column: 3)])
        let first = try #require(elements[0].value.tableValue)
        #expect(first.keys == ["name", "physical", "variety"])
        #expect(first["physical"]?.value.tableValue?["color"]?.value == .string("red"))
        let second = try #require(elements[1].value.tableValue)
        #expect(second["variety"]?.value.arrayValue?.first?.value.tableValue?["name"]?.value == .string("plantain"))
    }

    @Test func headersMayExtendTablesMadeByDottedKeys() throws {
        let root = try TOMLParser.parse("""
        [fruit]
        apple.color = "red"
        apple.taste.sweet = true
        [fruit.apple.texture]
        smooth = true
        """)
        let apple = try #require(root["fruit"]?.value.tableValue?["apple"]?.value.tableValue)
        #expect(apple.keys == ["color", "taste", "texture"])
    }

    @Test func dottedKeysMayEnterTablesOnlyImpliedByHeaders() throws {
        let root = try TOMLParser.parse("[a.b.c]\n[a]\nb.x = 1")
        #expect(root["a"]?.value.tableValue?["b"]?.value.tableValue?.keys == ["c", "x"])
    }

    @Test func emptyDocumentsAndCommentsGiveEmptyTables() throws {
        #expect(try TOMLParser.parse("").isEmpty)
        #expect(try TOMLParser.parse("# only\n\n   \t# comments\n").isEmpty)
        #expect(try TOMLParser.parse("\"\" = 1")[""]?.value == number(.integer, "1"))
    }

    @Test func tableEntriesCanBeReplacedAndLookedUp() {
        var table = TOMLTable()
        let node = TOMLNode(value: .boolean(true), location: SourceLocation(line: 1, column: 1))
        table.entries = [.init(key: "k", keyLocation: SourceLocation(line: 1, column: 1), node: node)]
        #expect(table["k"] == node)
        #expect(table.count == 1)
        #expect(SourceLocation(line: 2, column: 1) > SourceLocation(line: 1, column: 9))
        #expect(SourceLocation(line: 3, column: 9).description == "3:9")
    }
}
