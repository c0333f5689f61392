//! rustc-style output: a header with code and name, the source line with the
//! span underlined, and the hint.

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use crate::diagnostic::{FileReport, Severity, Summary};

/// How to print human diagnostics.
#[derive(Debug, Clone, Copy)]
pub struct HumanOptions {
    pub color: bool,
    /// Print the summary line only.
    pub quiet: bool,
}

pub fn render_human(reports: &[FileReport], options: HumanOptions) -> String {
    let renderer = if options.color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut out = String::new();
    if !options.quiet {
        for report in reports {
            for d in &report.diagnostics {
                out.push_str(&render_one(report, d, &renderer));
                out.push_str("\n\n");
            }
        }
    }
    out.push_str(&summary_line(reports.len(), Summary::of(reports)));
    out.push('\n');
    out
}

fn render_one(
    report: &FileReport,
    d: &crate::diagnostic::Diagnostic,
    renderer: &Renderer,
) -> String {
    let source = &report.source;
    // Only the lines under the span go to the renderer, so a 10 MB file costs
    // no more than a small one.
    let first = source.line_range(d.span.start);
    let last = source.line_range(d.span.end.saturating_sub(1).max(d.span.start));
    let lines = first.start..last.end.max(first.end);
    let snippet_text = &source.text[lines.clone()];
    let start =
        snippet_text.floor_char_boundary(d.span.start.clamp(lines.start, lines.end) - lines.start);
    let end = snippet_text
        .ceil_char_boundary(d.span.end.clamp(lines.start + start, lines.end) - lines.start);
    let line = source.position(d.span.start).line;
    let level = match d.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    };
    let title = format!("{} [{}]", d.message, d.rule.name);
    let mut groups = vec![
        level.primary_title(title).id(d.rule.code).element(
            Snippet::source(snippet_text)
                .line_start(line)
                .path(source.path.as_str())
                .annotation(AnnotationKind::Primary.span(start..end)),
        ),
    ];
    if let Some(help) = &d.help {
        groups.push(Group::with_title(
            Level::HELP.secondary_title(help.as_str()),
        ));
    }
    renderer.render(&groups).to_string()
}

fn summary_line(files: usize, summary: Summary) -> String {
    let plural = |n: usize, word: &str| {
        if n == 1 {
            format!("{n} {word}")
        } else {
            format!("{n} {word}s")
        }
    };
    format!(
        "checked {}: {}, {}",
        plural(files, "file"),
        plural(summary.errors, "error"),
        plural(summary.warnings, "warning")
    )
}
