import ArgumentParser
import DFCostRender

/// The values a command's `--format` offers: a subset of the one ``OutputFormat`` (each command
/// lists only what it writes, so `--help` and the shell completions never offer a format the
/// command refuses).
protocol FormatChoice: RawRepresentable<String>, ExpressibleByArgument, CaseIterable {}

extension FormatChoice {
    /// The format written.
    var format: OutputFormat { OutputFormat(rawValue: rawValue)! }
}

/// `--format` of explain and simulate: text formats only.
enum TextFormatChoice: String, FormatChoice { case text, markdown, csv, json }

/// `--format` of totals and compare: the text formats and a workbook.
enum TableFormatChoice: String, FormatChoice { case text, markdown, csv, json, xlsx }

/// `--format` of report: the page first, every text format, a workbook.
enum ReportFormatChoice: String, FormatChoice { case html, markdown, text, csv, json, xlsx }
