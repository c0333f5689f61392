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
}

impl Diagnostic {
    pub fn new(rule: &'static RuleId, span: Range<usize>, message: impl Into<String>) -> Self {
        Diagnostic {
            rule,
            severity: rule.severity,
            span,
            message: message.into(),
            help: None,
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

impl FileReport {
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
}

impl Summary {
    pub fn of(reports: &[FileReport]) -> Self {
        let mut summary = Summary::default();
        for d in reports.iter().flat_map(|r| &r.diagnostics) {
            match d.severity {
                Severity::Error => summary.errors += 1,
                Severity::Warning => summary.warnings += 1,
            }
        }
        summary
    }
}
