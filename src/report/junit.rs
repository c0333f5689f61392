//! `check --format junit`: JUnit XML with one test case per checked file;
//! a file with errors has one failure listing them, warnings go to its
//! system-out, so test-report tools show strategy files like tests.

use crate::diagnostic::{FileReport, Severity};
use crate::source::{visible, visible_line};

/// XML text: hidden characters shown as `<U+202E>` (`source::visible`),
/// then escaped.
fn escape(text: &str) -> String {
    crate::xml::escape(&visible(text))
}

fn lines(report: &FileReport, severity: Severity) -> String {
    let mut text = String::new();
    for d in report.diagnostics.iter().filter(|d| d.severity == severity) {
        let (start, _) = report.range(d);
        text.push_str(&format!(
            "{}:{}:{}: {}[{}] {} ({})\n",
            visible_line(&report.source.path),
            start.line,
            start.column,
            severity.as_str(),
            d.rule.code,
            d.message,
            d.rule.name
        ));
    }
    text
}

pub fn render_junit(reports: &[FileReport]) -> String {
    let failures = reports
        .iter()
        .filter(|r| r.diagnostics.iter().any(|d| d.severity == Severity::Error))
        .count();
    let tests = reports.len();
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <testsuites name=\"commstrat check\" tests=\"{tests}\" failures=\"{failures}\">\n  \
         <testsuite name=\"commstrat check\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\">\n"
    );
    for report in reports {
        let path = escape(&visible_line(&report.source.path));
        out.push_str(&format!(
            "    <testcase classname=\"commstrat.check\" name=\"{path}\""
        ));
        let errors = lines(report, Severity::Error);
        // Warnings, then infos: both for reading, neither a failure.
        let warnings = lines(report, Severity::Warning) + &lines(report, Severity::Info);
        if errors.is_empty() && warnings.is_empty() {
            out.push_str("/>\n");
            continue;
        }
        out.push_str(">\n");
        if !errors.is_empty() {
            let count = errors.lines().count();
            out.push_str(&format!(
                "      <failure message=\"{count} error{} in {path}\" type=\"commstrat\">{}</failure>\n",
                if count == 1 { "" } else { "s" },
                escape(&errors)
            ));
        }
        if !warnings.is_empty() {
            out.push_str(&format!(
                "      <system-out>{}</system-out>\n",
                escape(&warnings)
            ));
        }
        out.push_str("    </testcase>\n");
    }
    out.push_str("  </testsuite>\n</testsuites>\n");
    out
}
