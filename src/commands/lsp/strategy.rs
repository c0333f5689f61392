//! A strategy file in the editor: every finding of `check`, hover on a key
//! (the schema's description), on a rule name (its `explain`) and on a
//! reference (the entry it points to), completion of ids where a reference
//! is expected, and the definition of a reference.

use std::sync::OnceLock;

use lsp_types::{CompletionItem, CompletionItemKind};
use regex::Regex;

use crate::diagnostic::FileReport;
use crate::load::{Parsed, SpanIndex};
use crate::model::Strategy;
use crate::rules::fields::{Field, walk};
use crate::source::Source;

/// A strategy as last read: the findings of its text, and what the last
/// text that loaded gave (the model and where each value sits), for the
/// answers that need ids while the user types an unfinished line.
#[derive(Default)]
pub(super) struct Strategic {
    pub report: Option<FileReport>,
    pub loaded: Option<Loaded>,
}

pub(super) struct Loaded {
    pub strategy: Strategy,
    pub index: SpanIndex,
    pub value: serde_json::Value,
    /// The text it was read from: spans index it.
    pub text: String,
}

/// Read `text` as the strategy at `path`: its findings, and, when it
/// loads, its model in place of the last one.
pub(super) fn read(path: &str, text: &str, last: Option<Loaded>) -> Strategic {
    let (mut report, strategy) = crate::pipeline::validate(path, text.as_bytes().to_vec());
    crate::translation::check(std::path::Path::new(path), &mut report);
    report.cap();
    let source = Source::new(path, text.to_string());
    let loaded = match (strategy, crate::load::parse(&source)) {
        (Some(strategy), Ok(Parsed { value, index })) => Some(Loaded {
            strategy,
            index,
            value,
            text: text.to_string(),
        }),
        _ => last,
    };
    Strategic {
        report: Some(report),
        loaded,
    }
}

/// A reference or entry id of the strategy: its collection, its id, where
/// its value sits, and whether it is the entry itself.
struct Id {
    kind: &'static str,
    id: String,
    span: std::ops::Range<usize>,
    entry: bool,
}

fn ids(l: &Loaded) -> Vec<Id> {
    let mut out = Vec::new();
    walk(&l.strategy, &mut |pointer, field| {
        let (kind, id, entry) = match field {
            Field::Entry(kind, id) => (kind, id, true),
            Field::Ref(kind, id) => (kind, id, false),
            _ => return,
        };
        out.push(Id {
            kind,
            id: id.as_str().to_string(),
            span: l.index.value_span(&pointer.to_string()),
            entry,
        });
    });
    out
}

/// The entry a reference at `offset` points to: its id's span, and the
/// span of the whole entry (its table) for a hover.
pub(super) fn definition(l: &Loaded, offset: usize) -> Option<std::ops::Range<usize>> {
    let all = ids(l);
    let reference = all
        .iter()
        .find(|r| !r.entry && r.span.start <= offset && offset < r.span.end)?;
    all.iter()
        .find(|e| e.entry && e.kind == reference.kind && e.id == reference.id)
        .map(|e| e.span.clone())
}

/// The most lines of an entry a hover shows.
const HOVER_LINES: usize = 12;

/// What to show at `offset`: the entry a reference points to, the
/// documentation of a rule named there, or the schema's description of the
/// key or value.
pub(super) fn hover(l: &Loaded, text: &str, offset: usize) -> Option<String> {
    if let Some(rule) = rule_at(text, offset) {
        return Some(format!(
            "**{}** `{}` ({})\n\n{}",
            rule.id.code,
            rule.id.name,
            rule.id.severity.as_str(),
            rule.documentation()
        ));
    }
    // The model's spans index the text that loaded: answer only when the
    // text has not changed since.
    if l.text != text {
        return None;
    }
    if let Some(target) = definition(l, offset) {
        let line = Source::new("", l.text.clone()).position(target.start).line;
        let start = l.text[..target.start].rfind("[[").unwrap_or(target.start);
        let lines: Vec<&str> = l.text[start..].lines().take(HOVER_LINES).collect();
        let end = lines
            .iter()
            .skip(1)
            .position(|l| l.starts_with('['))
            .map_or(lines.len(), |i| i + 1);
        return Some(format!(
            "Defined on line {line}:\n\n```toml\n{}\n```",
            lines[..end].join("\n")
        ));
    }
    let (pointer, ..) = l.index.at(offset)?;
    crate::schema::describe(pointer, &l.value)
}

/// A rule named at `offset` by its code or name (an `acknowledge` entry,
/// a `[rules]` key of commstrat.toml).
fn rule_at(text: &str, offset: usize) -> Option<&'static crate::rules::Rule> {
    let start = text[..offset.min(text.len())]
        .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .map_or(0, |i| i + 1);
    let end = text[start..]
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .map_or(text.len(), |i| start + i);
    let word = &text[start..end];
    // Plain words ("error", "x") are not rules; codes and names of two
    // words or more are.
    (word.starts_with("CS") || word.contains('-'))
        .then(|| crate::rules::find(word))
        .flatten()
}

/// The collection a key's value refers to.
fn collection(key: &str) -> Option<&'static str> {
    Some(match key {
        "schedule" => "schedule",
        "owner" | "backup" | "escalate_to" | "approvers" | "notify" => "role",
        "persona" => "persona",
        "networks" => "network",
        "level" => "level",
        _ => return None,
    })
}

/// The key whose value the cursor is in, on its line: `owner = "`,
/// `networks = ["x", "`, `{ after = "0m", notify = ["`: the key of the last
/// `=` whose value is still open.
fn key_before(line: &str) -> Option<&str> {
    static OPEN: OnceLock<(Regex, Regex)> = OnceLock::new();
    let (open, key) = OPEN.get_or_init(|| {
        // Constant patterns: they compile (tested below).
        (
            Regex::new(r#"^\s*(?:\[[^\]]*)?"?[^"=\]]*$"#).expect("a valid pattern"),
            Regex::new(r"([A-Za-z_]+)\s*$").expect("a valid pattern"),
        )
    });
    let (before, after) = line.rsplit_once('=')?;
    if !open.is_match(after) {
        return None;
    }
    key.captures(before)
        .and_then(|c| c.get(1))
        .map(|m| m.as_str())
}

/// The ids to offer at `offset`: those of the collection the key before the
/// cursor refers to, from the last strategy that loaded.
pub(super) fn completion(l: &Loaded, text: &str, offset: usize) -> Vec<CompletionItem> {
    let before = &text[..text.floor_char_boundary(offset.min(text.len()))];
    let line = before.rsplit('\n').next().unwrap_or("");
    let Some(kind) = key_before(line).and_then(collection) else {
        return Vec::new();
    };
    if kind == "level" {
        let levels = l
            .strategy
            .crisis
            .as_ref()
            .map_or(&[][..], |c| c.levels.as_slice());
        return levels
            .iter()
            .map(|level| CompletionItem {
                label: level.level.to_string(),
                kind: Some(CompletionItemKind::ENUM_MEMBER),
                detail: Some(level.name.clone()),
                ..CompletionItem::default()
            })
            .collect();
    }
    let mut found: Vec<CompletionItem> = ids(l)
        .into_iter()
        .filter(|e| e.entry && e.kind == kind)
        .map(|e| CompletionItem {
            label: e.id,
            kind: Some(CompletionItemKind::REFERENCE),
            detail: Some(kind.to_string()),
            ..CompletionItem::default()
        })
        .collect();
    found.dedup_by(|a, b| a.label == b.label);
    found
}

#[cfg(test)]
mod tests {
    use super::key_before;

    #[test]
    fn the_key_before_the_cursor_is_found() {
        assert_eq!(key_before("schedule = \"of"), Some("schedule"));
        assert_eq!(key_before("networks = [\"x\", \""), Some("networks"));
        assert_eq!(
            key_before("escalation = [{ after = \"0m\", notify = [\""),
            Some("notify")
        );
        assert_eq!(key_before("owner = "), Some("owner"));
        assert_eq!(key_before("title = \"Done\""), None);
    }
}
