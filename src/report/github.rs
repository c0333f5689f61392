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
                d.severity.github(),
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

#[cfg(test)]
mod tests {
    use super::render_github;
    use crate::codes::UNKNOWN_KEY;
    use crate::diagnostic::{Diagnostic, FileReport};
    use crate::source::Source;

    /// The runner splits a command at `::` and properties at `,` and `:`,
    /// and ends it at a line break: each is escaped where it would cut
    /// the command short, and `%` first, so that an escape reads back as
    /// itself.
    #[test]
    fn percent_line_breaks_and_separators_are_escaped() {
        let text = "id = \"a\"\n".to_string();
        let finding =
            Diagnostic::new(&UNKNOWN_KEY, 0..2, "50% off\r\nnext:: line").with_help("a, b: c");
        let report = FileReport::new(Source::new("dir,x/a:b%.toml", text), vec![finding]);
        assert_eq!(
            render_github(&[report]),
            "::error file=dir%2Cx/a%3Ab%25.toml,line=1,col=1,endLine=1,endColumn=3,title=CS002::50%25 off%0D%0Anext:: line%0Ahelp: a, b: c\n"
        );
    }
}
