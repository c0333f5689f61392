//! `check --format json`: one JSON document, exactly as `cli.md` shows it.

use std::borrow::Cow;

use serde::Serialize;

use crate::diagnostic::{FileReport, Summary};
use crate::source::visible;

#[derive(Serialize)]
struct Document<'a> {
    files: usize,
    diagnostics: Vec<Entry<'a>>,
    summary: Summary,
}

#[derive(Serialize)]
struct Entry<'a> {
    file: &'a str,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    severity: &'static str,
    code: &'static str,
    name: &'static str,
    /// Hidden characters shown as `<U+202E>`, as in every format; `file`
    /// stays the path as it is, for tools that open it.
    message: Cow<'a, str>,
    help: Option<Cow<'a, str>>,
    /// The JSON pointer of the value, for the findings of the schema stage.
    #[serde(skip_serializing_if = "Option::is_none")]
    pointer: Option<&'a str>,
    /// A place in another file the finding is about too.
    #[serde(skip_serializing_if = "Option::is_none")]
    related: Option<RelatedEntry<'a>>,
}

#[derive(Serialize)]
struct RelatedEntry<'a> {
    file: &'a str,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    message: &'a str,
}

pub fn render_json(reports: &[FileReport]) -> String {
    let diagnostics = reports
        .iter()
        .flat_map(|report| {
            report.diagnostics.iter().map(move |d| {
                let (start, end) = report.range(d);
                Entry {
                    file: &report.source.path,
                    line: start.line,
                    column: start.column,
                    end_line: end.line,
                    end_column: end.column,
                    severity: d.severity.as_str(),
                    code: d.rule.code,
                    name: d.rule.name,
                    message: visible(&d.message),
                    help: d.help.as_deref().map(visible),
                    pointer: d.pointer.as_deref(),
                    related: d.related.as_ref().map(|r| RelatedEntry {
                        file: &r.path,
                        line: r.start.line,
                        column: r.start.column,
                        end_line: r.end.line,
                        end_column: r.end.column,
                        message: &r.message,
                    }),
                }
            })
        })
        .collect::<Vec<_>>();
    let document = Document {
        files: reports.len(),
        diagnostics,
        summary: Summary::of(reports),
    };
    // Serialising plain structs of strings and integers cannot fail.
    let mut out = serde_json::to_string_pretty(&document).expect("plain data serialises");
    out.push('\n');
    out
}
