//! `check --format github`: GitHub Actions workflow commands, one per
//! finding, which GitHub shows as annotations on the pull request's diff.

use crate::diagnostic::FileReport;
use crate::source::visible;

/// Escape the message part of a workflow command: hidden characters (ESC,
/// bidirectional controls…) shown as `<U+202E>`, then `%`, CR and LF as the
/// runner reads them.
fn escape_data(text: &str) -> String {
    visible(text)
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escape a property value (`file=…`, `title=…`).
fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

pub fn render_github(reports: &[FileReport]) -> String {
    let mut out = String::new();
    for report in reports {
        for d in &report.diagnostics {
            let (start, end) = report.range(d);
            // The runner reads camelCase `endLine` and `endColumn`; with
            // any other spelling it drops the end of the range silently.
            out.push_str(&format!(
                "::{} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
                d.severity.as_str(),
                escape_property(&report.source.path),
                start.line,
                start.column,
                end.line,
                end.column,
                escape_property(d.rule.code),
                escape_data(&super::with_help(d))
            ));
        }
    }
    out
}
