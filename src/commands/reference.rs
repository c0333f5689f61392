//! `docs/format.md`, the format reference, written from the two sources
//! that cannot drift from the tool: the schema's descriptions (which the
//! model's doc comments write) and the rules' documentation. A test
//! compares the committed page with this output.

use std::fmt::Write;

use serde_json::Value;

use crate::model::scalars as patterns;
use crate::rules::RULES;
use crate::schema::SCHEMA_TEXT;

/// How deep tables nest in the format, with room to spare; the walk stops
/// there whatever the schema says.
const MAX_DEPTH: usize = 8;

/// The format reference, as Markdown.
pub fn format_reference() -> String {
    // The embedded schema is generated JSON; a test parses it.
    let schema: Value = serde_json::from_str(SCHEMA_TEXT).unwrap_or_default();
    let mut page = String::from(
        "<!-- Written by commstrat from the schema and the rules' documentation.\n     \
         Do not edit: run `COMMSTRAT_BLESS=1 cargo test format_reference`. -->\n\n\
         # The strategy format, version 1\n\n\
         A strategy is one TOML file. This page lists every key the format has, \
         where it goes, what it holds and whether it is required, then every \
         rule `commstrat check` applies. It is written from the JSON Schema \
         (`commstrat schema`) and the rules' own documentation (`commstrat \
         explain RULE`), so it says what the tool does.\n\n\
         Types: *text* is a quoted string; an *id* is a slug (`\"support-fr\"`); \
         a *duration* is `\"30m\"`, `\"2h\"`, `\"1h30m\"` or `\"1d\"`; a *time* \
         is `\"HH:MM\"`; a *date* is a TOML date without quotes \
         (`2026-12-25`).\n\n## Keys\n",
    );
    let mut sections = Vec::new();
    table(&schema, &schema, "", "The top level", &mut sections, 0);
    for (heading, body) in sections {
        let _ = write!(page, "\n### {heading}\n\n{body}");
    }
    page.push_str("\n## Rules\n");
    for rule in RULES {
        let _ = write!(
            page,
            "\n### {} `{}` ({})\n\n",
            rule.id.code,
            rule.id.name,
            rule.id.severity.as_str()
        );
        for line in rule.documentation().lines() {
            match line.strip_prefix("## ") {
                Some(heading) => {
                    let _ = writeln!(page, "**{heading}.**");
                }
                None => {
                    let _ = writeln!(page, "{line}");
                }
            }
        }
    }
    page
}

/// The section of the table `node` at `path` (`networks`, `calendar.series`),
/// then the sections of the tables inside it.
fn table(
    root: &Value,
    node: &Value,
    path: &str,
    heading: &str,
    sections: &mut Vec<(String, String)>,
    depth: usize,
) {
    let node = resolve(root, node);
    let Some(properties) = node.get("properties").and_then(Value::as_object) else {
        return;
    };
    let required: Vec<&str> = node
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    // Required keys in the order the model declares them, then the others.
    let mut keys: Vec<&String> = required
        .iter()
        .filter_map(|r| properties.keys().find(|k| k == r))
        .collect();
    keys.extend(
        properties
            .keys()
            .filter(|k| !required.contains(&k.as_str())),
    );
    let mut body = String::new();
    if let Some(text) = node.get("description").and_then(Value::as_str) {
        let _ = writeln!(body, "{}\n", one_line(text));
    }
    let mut inner = Vec::new();
    for key in keys {
        let property = &properties[key.as_str()];
        let needed = if required.contains(&key.as_str()) {
            "required"
        } else {
            "optional"
        };
        let description = property
            .get("description")
            .and_then(Value::as_str)
            .map(one_line)
            .unwrap_or_default();
        let _ = writeln!(
            body,
            "- **`{key}`** ({}, {needed}): {description}",
            kind(root, property, 0)
        );
        for (value, meaning) in choices(root, property) {
            let _ = writeln!(body, "  - `{value}`: {meaning}");
        }
        let inner_path = if path.is_empty() {
            key.clone()
        } else {
            format!("{path}.{key}")
        };
        let resolved = resolve(root, property);
        if resolved.get("properties").is_some() {
            inner.push((format!("`[{inner_path}]`"), inner_path, resolved));
        } else if let Some(items) = resolved.get("items") {
            let items = resolve(root, items);
            if items.get("properties").is_some() {
                // `[[schedules.hours]]` after a `[[schedules]]` header adds a
                // window to that schedule, as an inline table in `hours` does.
                inner.push((format!("`[[{inner_path}]]`"), inner_path, items));
            }
        }
    }
    sections.push((heading.to_string(), body));
    if depth < MAX_DEPTH {
        for (header, inner_path, node) in inner {
            table(root, node, &inner_path, &header, sections, depth + 1);
        }
    }
}

/// What a value holds, in the words of the page.
fn kind(root: &Value, node: &Value, depth: usize) -> String {
    let node = resolve(root, node);
    if depth > MAX_DEPTH {
        return "value".into();
    }
    if node.get("enum").is_some() {
        return "one of the words below".into();
    }
    if let Some(branches) = node.get("anyOf").and_then(Value::as_array) {
        return branches
            .iter()
            .map(|b| kind(root, b, depth + 1))
            .collect::<Vec<_>>()
            .join(", or ");
    }
    match node.get("type").and_then(Value::as_str) {
        Some("array") => {
            let items = node.get("items").map(|i| resolve(root, i));
            match items {
                Some(i) if i.get("properties").is_some() => "a list of tables".into(),
                Some(i) => match plural(&kind(root, i, depth + 1)) {
                    Some(many) => format!("a list of {many}"),
                    None => format!("a list, each {}", kind(root, i, depth + 1)),
                },
                None => "a list".into(),
            }
        }
        Some("object") => "a table".into(),
        Some("integer") => {
            let bound = |k: &str| node.get(k).and_then(Value::as_i64);
            match (bound("minimum"), bound("maximum")) {
                (Some(lo), Some(hi)) if lo == hi => format!("the integer {lo}"),
                (Some(lo), Some(hi)) => format!("an integer from {lo} to {hi}"),
                (Some(lo), None) => format!("an integer, at least {lo}"),
                _ => "an integer".into(),
            }
        }
        Some("boolean") => "true or false".into(),
        Some("string") => {
            if node.get("format").and_then(Value::as_str) == Some("date") {
                return "a date".into();
            }
            match node.get("pattern").and_then(Value::as_str) {
                Some(patterns::ID_PATTERN) => "an id".into(),
                Some(patterns::DURATION_PATTERN) => "a duration".into(),
                Some(patterns::TIME_PATTERN | patterns::END_TIME_PATTERN) => "a time".into(),
                Some(patterns::WEEKDAY_PATTERN | patterns::ON_PATTERN) => "a weekday".into(),
                _ => "text".into(),
            }
        }
        _ => "a value".into(),
    }
}

/// "a time" -> "times", for "a list of times"; `None` for a kind of
/// several words ("an integer from 1 to 31, or a weekday").
fn plural(kind: &str) -> Option<String> {
    let word = kind
        .strip_prefix("an ")
        .or_else(|| kind.strip_prefix("a "))
        .unwrap_or(kind);
    match word {
        "text" => Some("texts".into()),
        "one of the words below" => Some("the words below".into()),
        w if !w.contains(' ') => Some(format!("{w}s")),
        _ => None,
    }
}

/// The allowed words of a closed set, each with what it means.
fn choices<'a>(root: &'a Value, node: &'a Value) -> Vec<(String, String)> {
    let mut node = resolve(root, node);
    if let Some(items) = node.get("items") {
        node = resolve(root, items);
    }
    let values = node.get("enum").and_then(Value::as_array);
    let meanings = node.get("enumDescriptions").and_then(Value::as_array);
    values
        .into_iter()
        .flatten()
        .enumerate()
        .map(|(i, v)| {
            let meaning = meanings
                .and_then(|m| m.get(i))
                .and_then(Value::as_str)
                .map(one_line)
                .unwrap_or_default();
            (v.as_str().unwrap_or_default().to_string(), meaning)
        })
        .collect()
}

fn resolve<'a>(root: &'a Value, node: &'a Value) -> &'a Value {
    node.get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix('#'))
        .and_then(|p| root.pointer(p))
        .unwrap_or(node)
}

/// Doc comments wrap their lines; a list item is one line.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
