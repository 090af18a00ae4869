/// Turns byte offsets into line and column numbers.
///
/// Columns are counted lazily from a cached position, so asking for locations in increasing
/// order (as the parser does) costs linear time overall, even on one very long line.
struct LocationMap {
    private let bytes: [UInt8]
    private let lineStarts: [Int]
    private var cachedLine = 0
    private var cachedOffset: Int
    private var cachedColumn = 1

    /// Creates a map for validated `bytes` with their recorded line starts (never empty).
    init(bytes: [UInt8], lineStarts: [Int]) {
        self.bytes = bytes
        self.lineStarts = lineStarts.isEmpty ? [0] : lineStarts
        cachedOffset = self.lineStarts[0]
    }

    /// The location of the byte at `offset` (which may be the end of input).
    mutating func location(of rawOffset: Int) -> SourceLocation {
        let offset = min(max(rawOffset, lineStarts[0]), bytes.count)
        var line: Int
        var index: Int
        var column: Int
        if offset >= cachedOffset && (cachedLine + 1 >= lineStarts.count || offset < lineStarts[cachedLine + 1]) {
            line = cachedLine
            index = cachedOffset
            column = cachedColumn
        } else {
            line = lineIndex(containing: offset)
            index = lineStarts[line]
            column = 1
        }
        while index < offset {
            if bytes[index] & 0xC0 != 0x80 { column &+= 1 }
            index &+= 1
        }
        cachedLine = line
        cachedOffset = offset
        cachedColumn = column
        line &+= 1
        return SourceLocation(line: line, column: column)
    }

    /// The index of the last line starting at or before `offset` (binary search).
    private func lineIndex(containing offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = low + (high - low + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
