//! rustc-style output: a header with code and name, the source line with the
//! span underlined, and the hint.

use std::ops::Range;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use crate::diagnostic::{FileReport, Severity, Summary};
use crate::source::{visible, visible_line, visible_pieces};

/// How to print human diagnostics.
#[derive(Debug, Clone, Copy)]
pub struct HumanOptions {
    pub color: bool,
    /// Leave out the summary line (`--quiet`).
    pub quiet: bool,
}

pub fn render_human(reports: &[FileReport], options: HumanOptions) -> String {
    let renderer = if options.color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut out = String::new();
    for report in reports {
        for d in &report.diagnostics {
            out.push_str(&render_one(report, d, &renderer));
            out.push_str("\n\n");
        }
    }
    if options.quiet {
        // The findings alone, each followed by a blank line but the last.
        if out.ends_with("\n\n") {
            out.pop();
        }
    } else {
        out.push_str(&summary_line(reports.len(), Summary::of(reports)));
        out.push('\n');
    }
    out
}

/// A source line longer than this many bytes is cut around each span.
const LONG_LINE: usize = 4096;

/// Bytes kept on each side of a span on a long line: more than a terminal
/// shows.
const WINDOW: usize = 1024;

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
    let mut lines = first.start..last.end.max(first.end);
    // On a long line only a window around the span goes: the renderer shows
    // no more than a terminal's width of it, and handing it the whole line
    // for each of thousands of findings on that line would make the output
    // quadratic. The column is put right below, as for hidden characters.
    if lines.len() > LONG_LINE {
        let text = source.text.as_str();
        let from = d.span.start.saturating_sub(WINDOW).max(lines.start);
        let to = d
            .span
            .end
            .max(d.span.start)
            .saturating_add(WINDOW)
            .min(lines.end);
        lines = text.floor_char_boundary(from)..text.ceil_char_boundary(to);
    }
    let raw = &source.text[lines.clone()];
    let start = raw.floor_char_boundary(d.span.start.clamp(lines.start, lines.end) - lines.start);
    let end =
        raw.ceil_char_boundary(d.span.end.clamp(lines.start + start, lines.end) - lines.start);
    let (snippet_text, span) = shown(raw, start..end);
    let position = source.position(d.span.start);
    let level = match d.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    };
    let title = format!("{} [{}]", visible(&d.message), d.rule.name);
    let path = visible_line(&source.path);
    let mut groups = vec![
        level.primary_title(title).id(d.rule.code).element(
            Snippet::source(snippet_text.as_str())
                .line_start(position.line)
                .path(path.as_ref())
                .annotation(AnnotationKind::Primary.span(span.clone())),
        ),
    ];
    if let Some(help) = &d.help {
        groups.push(Group::with_title(
            Level::HELP.secondary_title(visible(help)),
        ));
    }
    let rendered = renderer.render(&groups).to_string();
    // The renderer counts the column in the snippet as shown, where each
    // hidden character before the span is several characters wide and a
    // long line starts at its window: say the file's column, as every other
    // format does.
    let line_start = snippet_text[..span.start].rfind('\n').map_or(0, |i| i + 1);
    let shown_column = snippet_text[line_start..span.start].chars().count() + 1;
    if shown_column == position.column {
        return rendered;
    }
    rendered.replacen(
        &format!("{path}:{}:{shown_column}", position.line),
        &format!("{path}:{}:{}", position.line, position.column),
        1,
    )
}

/// The source lines as shown (hidden characters in the notation of every
/// output), and the span moved to match.
fn shown(text: &str, span: Range<usize>) -> (String, Range<usize>) {
    let mut out = String::with_capacity(text.len());
    let (mut start, mut end) = (None, None);
    visible_pieces(text, true, |from, piece| {
        let plain = piece.len() == from.len();
        // An offset inside a shown character moves to its notation's edge.
        let map = |at: usize| {
            if plain {
                out.len() + at - from.start
            } else if at == from.start {
                out.len()
            } else {
                out.len() + piece.len()
            }
        };
        if start.is_none() && span.start < from.end {
            start = Some(map(span.start.max(from.start)));
        }
        if end.is_none() && span.end <= from.end {
            end = Some(map(span.end.max(from.start)));
        }
        out.push_str(piece);
    });
    let start = start.unwrap_or(out.len());
    let end = end.unwrap_or(out.len()).max(start);
    (out, start..end)
}

fn summary_line(files: usize, summary: Summary) -> String {
    let plural = |n: usize, word: &str| {
        if n == 1 {
            format!("{n} {word}")
        } else {
            format!("{n} {word}s")
        }
    };
    let infos = if summary.infos > 0 {
        format!(", {}", plural(summary.infos, "info"))
    } else {
        String::new()
    };
    format!(
        "checked {}: {}, {}{infos}",
        plural(files, "file"),
        plural(summary.errors, "error"),
        plural(summary.warnings, "warning")
    )
}
