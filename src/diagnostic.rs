//! Findings: what a stage or a rule found in a file, where, and how to fix
//! it. Findings are data; an `Err` means the tool could not do its job.

use std::ops::Range;

use crate::codes::RuleId;
pub use crate::codes::Severity;
use crate::source::{Position, Source};

/// One finding in one file. The span is a byte range of the file's text.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    pub rule: &'static RuleId,
    pub severity: Severity,
    pub span: Range<usize>,
    pub message: String,
    pub help: Option<String>,
    /// The JSON pointer of the value the finding is about, where a stage
    /// knows it (`/schedules/0/hours/0/from`): messages name the place in
    /// the format's words, machine output keeps the pointer.
    pub pointer: Option<String>,
    /// A place in another file the finding is about too: the source of a
    /// translation.
    pub related: Option<Related>,
}

/// A place in another file, located when the finding is made (that file's
/// text is not kept).
#[derive(Debug, Clone)]
pub struct Related {
    pub path: String,
    pub start: Position,
    pub end: Position,
    /// What is there ("the source's value").
    pub message: String,
}

impl Diagnostic {
    pub fn new(rule: &'static RuleId, span: Range<usize>, message: impl Into<String>) -> Self {
        Diagnostic {
            rule,
            severity: rule.severity,
            span,
            message: message.into(),
            help: None,
            pointer: None,
            related: None,
        }
    }

    pub(crate) fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// A hint that may be missing or empty (taken from optional documentation).
    pub(crate) fn with_optional_help(mut self, help: Option<String>) -> Self {
        self.help = help.filter(|h| !h.is_empty());
        self
    }
}

/// A checked file with its findings, sorted by position.
#[derive(Debug)]
pub struct FileReport {
    pub source: Source,
    pub diagnostics: Vec<Diagnostic>,
}

/// The most findings one file reports; the rest are summed up in one more.
pub const MAX_FINDINGS: usize = 1_000;

impl FileReport {
    /// The report of `source`: its findings in file order.
    pub fn new(source: Source, mut diagnostics: Vec<Diagnostic>) -> Self {
        order(&mut diagnostics);
        FileReport {
            source,
            diagnostics,
        }
    }

    /// Add a finding, keeping the order.
    pub fn add(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
        order(&mut self.diagnostics);
    }

    /// Keep at most `MAX_FINDINGS` findings and a `too-many-findings` line
    /// for the rest: the last step before a report is shown, once every
    /// finding is in and `commstrat.toml` has set their levels.
    pub fn cap(&mut self) {
        cap(&mut self.diagnostics);
    }
}

/// Keep the first `MAX_FINDINGS` findings (in file order) and sum up the
/// rest in one finding after them, as serious as the most serious of the
/// rest, so the exit code stays what the whole list would give. Repeated, it keeps
/// the list as it is.
fn cap(diagnostics: &mut Vec<Diagnostic>) {
    let capped = diagnostics.len() == MAX_FINDINGS + 1
        && diagnostics
            .last()
            .is_some_and(|d| d.rule.code == crate::codes::TOO_MANY_FINDINGS.code);
    if diagnostics.len() <= MAX_FINDINGS || capped {
        return;
    }
    let rest = diagnostics.split_off(MAX_FINDINGS);
    let count = |s: Severity| rest.iter().filter(|d| d.severity == s).count();
    let (errors, warnings) = (count(Severity::Error), count(Severity::Warning));
    // The list kept is MAX_FINDINGS long, so it has a last finding.
    let at = diagnostics.last().map_or(0..0, |d| d.span.clone());
    let mut summary = Diagnostic::new(
        &crate::codes::TOO_MANY_FINDINGS,
        at,
        format!(
            "a file reports at most {MAX_FINDINGS} findings: {} more are left out (errors: {errors}, warnings: {warnings}{})",
            rest.len(),
            match count(Severity::Info) {
                0 => String::new(),
                infos => format!(", infos: {infos}"),
            }
        ),
    )
    .with_help("fix the findings above, or check that this is the strategy file you meant, then check again");
    // As serious as the most serious finding left out.
    summary.severity = rest
        .iter()
        .map(|d| d.severity)
        .max()
        .unwrap_or(Severity::Warning);
    diagnostics.push(summary);
}

/// Findings by position, then code and message; exact repeats dropped.
fn order(diagnostics: &mut Vec<Diagnostic>) {
    diagnostics.sort_by(|a, b| {
        (a.span.start, a.span.end, a.rule.code, &a.message).cmp(&(
            b.span.start,
            b.span.end,
            b.rule.code,
            &b.message,
        ))
    });
    diagnostics
        .dedup_by(|a, b| a.span == b.span && a.rule.code == b.rule.code && a.message == b.message);
}

impl FileReport {
    /// Start and end positions of a finding; the end is exclusive.
    pub fn range(&self, diagnostic: &Diagnostic) -> (Position, Position) {
        let start = self.source.position(diagnostic.span.start);
        let end = self
            .source
            .position(diagnostic.span.end.max(diagnostic.span.start));
        (start, end)
    }
}

/// Counts of findings by severity.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Summary {
    pub errors: usize,
    pub warnings: usize,
    /// Findings worth knowing that never fail a run; absent when none.
    #[serde(skip_serializing_if = "is_zero")]
    pub infos: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

impl Summary {
    pub fn of(reports: &[FileReport]) -> Self {
        let mut summary = Summary::default();
        for d in reports.iter().flat_map(|r| &r.diagnostics) {
            match d.severity {
                Severity::Error => summary.errors += 1,
                Severity::Warning => summary.warnings += 1,
                Severity::Info => summary.infos += 1,
            }
        }
        summary
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codes::{INVISIBLE_CHARACTER, UNKNOWN_KEY};

    fn report(errors: usize, warnings: usize) -> FileReport {
        let at = |i: usize, rule| Diagnostic::new(rule, i..i + 1, format!("finding {i}"));
        let findings = (0..errors)
            .map(|i| at(i, &UNKNOWN_KEY))
            .chain((errors..errors + warnings).map(|i| at(i, &INVISIBLE_CHARACTER)))
            .collect();
        FileReport::new(Source::new("f.toml", String::new()), findings)
    }

    /// At the cap, nothing changes; past it, the first `MAX_FINDINGS` stay
    /// and one more counts the rest, as an error only when one of them is;
    /// capping twice changes nothing more.
    #[test]
    fn the_cap_keeps_the_first_findings_and_counts_the_rest() {
        let mut at = report(MAX_FINDINGS, 0);
        at.cap();
        assert_eq!(at.diagnostics.len(), MAX_FINDINGS);
        for (errors, warnings, severity) in [
            (MAX_FINDINGS, 1, Severity::Warning),
            (MAX_FINDINGS + 1, 0, Severity::Error),
            (10, MAX_FINDINGS, Severity::Warning),
        ] {
            let mut past = report(errors, warnings);
            past.cap();
            let kept = past.diagnostics.clone();
            past.cap();
            assert_eq!(past.diagnostics.len(), MAX_FINDINGS + 1);
            assert_eq!(past.diagnostics.len(), kept.len());
            let last = &past.diagnostics[MAX_FINDINGS];
            assert_eq!(last.rule.name, "too-many-findings");
            assert_eq!(last.severity, severity, "{errors} {warnings}");
            assert_eq!(
                past.diagnostics[MAX_FINDINGS - 1].message,
                format!("finding {}", MAX_FINDINGS - 1)
            );
        }
    }
}
