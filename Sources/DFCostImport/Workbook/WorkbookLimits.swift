import DFCostTableLayout
import DFCostScenario
/// The bounds a workbook is read within, so that a hostile file (a zip bomb, a sheet with a cell
/// at XFD1048576, one long shared string used by thousands of cells) stops quickly with an error
/// naming the limit instead of exhausting memory or time. No small file can cause large work:
/// every amplification (a zip entry inflating, a shared string or a merged range used many
/// times, a cell far to the right) is counted against one of these.
public enum WorkbookLimits {
    /// The most bytes one zip entry may inflate to: 64 MiB. Checked while inflating, so an entry
    /// whose header lies about its size stops at the limit.
    public static let entryBytes = 64 * 1024 * 1024
    /// The most rows of a sheet the table may use.
    public static let rows = 100_000
    /// The most columns of a sheet the table may use (column ALL).
    public static let columns = 1_000
    /// The most characters one cell's text may have, counted in UTF-16 code units as Excel
    /// counts them: 32 767, Excel's own limit. Checked for every shared string, inline string and
    /// stored value while it is read.
    public static let cellCharacters = 32_767
    /// The most text all shared strings of a workbook may hold together: 32 MiB of UTF-8.
    public static let sharedStringBytes = 32 * 1024 * 1024
    /// The most cells the sheets read from one workbook may make together: 4 000 000. A row
    /// counts up to its last cell with a value (the grid the importer reads has that many), and
    /// each cell a merged range covers counts once more.
    public static let cells = 4_000_000
    /// The most cell text the sheets read from one workbook may make together: 64 MiB of UTF-8,
    /// every cell counted with its own text (a shared string used by 1 000 cells counts 1 000
    /// times).
    public static let cellTextBytes = 64 * 1024 * 1024
    /// The most sheets a workbook may list: 256. A D&F workbook has a handful; a workbook part
    /// that lists one sheet thousands of times (found by fuzz-workbook-structure) would make every
    /// sheet be read, each in full, to find the table.
    public static let sheets = 256
}

/// What reading one workbook has spent of ``WorkbookLimits/cells`` and
/// ``WorkbookLimits/cellTextBytes``, across every sheet read.
final class WorkbookBudget {
    private(set) var cells = 0
    private(set) var textBytes = 0

    /// Spends `cells` cells and `textBytes` bytes of text at `place`.
    /// - Throws: ``WorkbookError`` naming the limit that was exceeded.
    func spend(cells more: Int, textBytes text: Int = 0, at place: @autoclosure () -> String) throws(WorkbookError) {
        cells += more
        textBytes += text
        if cells > WorkbookLimits.cells {
            throw WorkbookError(place(), .tooManyCells(limit: WorkbookLimits.cells))
        }
        if textBytes > WorkbookLimits.cellTextBytes {
            throw WorkbookError(place(), .cellTextTooLarge(megabytes: WorkbookLimits.cellTextBytes / 1_048_576))
        }
    }

    /// Whether `text` has more than ``WorkbookLimits/cellCharacters`` UTF-16 code units, looking
    /// at no more of it than it must.
    static func tooLong(_ text: String) -> Bool {
        let bytes = text.utf8.count
        if bytes <= WorkbookLimits.cellCharacters { return false }
        if bytes > 3 * WorkbookLimits.cellCharacters { return true }
        return text.utf16.count > WorkbookLimits.cellCharacters
    }
}
