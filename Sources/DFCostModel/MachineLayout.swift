/// The words that tie a table dfcost writes (`totals --format csv`, `--format xlsx`) to the table
/// `dfcost import` reads back: one place for the writers and the reader.
///
/// - The CSV's machine layout has rows of kind ``metaKind`` after the table: a scenario file's
///   key path (`table.title`, `conditions.fm-phaseout`, `lines.pll-sfm.tags`), its value and, for a
///   condition, its description.
/// - A workbook holds the same rows on a hidden sheet named ``metaSheet`` (columns A..D: kind, key,
///   value, description), and the table sheet has a hidden column headed ``idHeader`` right of
///   the last year column, with each line's id on its row.
public enum MachineLayout {
    /// The kind (first field) of a row that describes the table rather than holding amounts.
    public static let metaKind = "meta"
    /// The name of the workbook's hidden sheet of ``metaKind`` rows.
    public static let metaSheet = "dfcost"
    /// The heading of the table sheet's hidden column of line ids.
    public static let idHeader = "id"
}
