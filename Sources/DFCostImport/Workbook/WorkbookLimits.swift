import DFCostTableLayout
import DFCostScenario
/// The bounds a workbook is read within, so that a hostile file (a zip bomb, a sheet with a cell
/// at XFD1048576) stops with an error instead of exhausting memory.
public enum WorkbookLimits {
    /// The most bytes one zip entry may inflate to: 64 MiB. Checked while inflating, so an entry
    /// whose header lies about its size stops at the limit.
    public static let entryBytes = 64 * 1024 * 1024
    /// The most rows of a sheet the table may use.
    public static let rows = 100_000
    /// The most columns of a sheet the table may use (column ALL).
    public static let columns = 1_000
}
