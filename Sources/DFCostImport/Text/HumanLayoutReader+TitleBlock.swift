import DFCostModel

/// The rows above the header: the table's title, its source, and anything else left out.
extension HumanLayoutReader {
    /// The title block above the header row `h`: the first text is the title (without its
    /// " (MNOK)"), `Kilde:`/`Source:` is the document, other rows are left out; no amounts. A table
    /// without a title is named after its file.
    func titleBlock(above h: Int, columns: YearColumns, receipt: inout ImportReceipt) throws(TableImportError) -> TableMetadata {
        var metadata = TableMetadata(title: "")
        for row in rows[..<h] where !row.isBlank {
            let (column, text) = firstLabel(row, limit: row.fields.count)
            for (c, _) in columns.columns where c != column {
                let f = row.field(c)
                if !f.text.trimmedForImport.isEmpty, ImportCell.isAmount(f.text) {
                    throw TableImportError(at(f), .amountAboveHeader(text: f.text.trimmedForImport))
                }
            }
            if let source = Self.prefixed(text, ["Kilde:", "Source:"]) {
                metadata.document = source
                receipt.leftOut.append(.init(place: at(row, column: column), reason: .source))
            } else if metadata.title.isEmpty, Self.prefixed(text, ["Scenario:"]) == nil {
                metadata.title = text.hasSuffix(" (MNOK)") ? String(text.dropLast(7)) : text
                receipt.leftOut.append(.init(place: at(row, column: column), reason: .title))
            } else {
                receipt.leftOut.append(.init(place: at(row, column: column), reason: .aboveTable))
            }
        }
        if metadata.title.isEmpty { metadata.title = "Importert fra \(file.split(separator: "/").last.map(String.init) ?? file)" }
        return metadata
    }
}
