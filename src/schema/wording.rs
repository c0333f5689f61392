//! How schema errors are worded: a value named by its key and the id of
//! the entry holding it, the type found and the one expected, and the help
//! that says what to write instead.

use jsonschema::error::TypeKind;
use serde_json::Value;

use super::walk::{describe, resolve, schema_at, schema_json};
use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::load::{SpanIndex, TomlKind, pointer, unescape_token};
use crate::model::scalars as patterns;
use crate::suggest::did_you_mean;

/// Keys longer than this are shown cut, with their length.
pub(super) const MAX_SHOWN_KEY: usize = 64;

/// A key as shown in a message: whole when short, else its start and length.
pub(super) fn elide(key: &str) -> String {
    if key.len() <= MAX_SHOWN_KEY {
        return key.to_string();
    }
    let start = &key[..key.floor_char_boundary(32)];
    format!("{start}… ({} bytes)", key.len())
}

pub(super) fn pattern_diagnostic(
    pattern: &str,
    here: &Place<'_>,
    instance: &Value,
    index: &SpanIndex,
    pointer: &str,
) -> Diagnostic {
    let value = instance.as_str().unwrap_or_default();
    let span = index.value_span(pointer);
    let name = here.name();
    let (rule, message, help): (&'static crate::codes::RuleId, String, String) = match pattern {
        patterns::ID_PATTERN => (
            &codes::INVALID_ID,
            format!("{name} is `{value}`, which is not a valid id"),
            id_help(value),
        ),
        patterns::DURATION_PATTERN => (
            &codes::INVALID_DURATION,
            format!("{name} is `{value}`, which is not a duration"),
            "write whole numbers with units d, h or m, without spaces: \"30m\", \"2h\", \"1h30m\", \"1d\"".into(),
        ),
        patterns::TIME_PATTERN | patterns::END_TIME_PATTERN => (
            &codes::INVALID_TIME,
            format!("{name} is `{value}`, which is not a time"),
            if pattern == patterns::END_TIME_PATTERN {
                "write a 24-hour time \"HH:MM\" from \"00:00\" to \"23:59\", or \"24:00\" for the end of the day".into()
            } else {
                "write a 24-hour time \"HH:MM\" from \"00:00\" to \"23:59\"".into()
            },
        ),
        patterns::WEEKDAY_PATTERN | patterns::ON_PATTERN => (
            &codes::INVALID_WEEKDAY,
            format!("{name} is `{value}`, which is not a weekday"),
            weekday_help(value, pattern),
        ),
        _ => (
            &codes::INVALID_VALUE,
            format!("{name} is `{value}`, which is not valid here"),
            format!("the value must match {pattern}"),
        ),
    };
    Diagnostic::new(rule, span, message).with_help(help)
}

/// The rule for ids, led by the value rewritten as one when lowercase
/// letters and dashes for spaces make it one ("Support FR" → "support-fr").
fn id_help(value: &str) -> String {
    const RULE: &str = "ids are slugs: lowercase ASCII letters, digits and dashes, starting with a letter or digit, at most 63 characters (\"support-fr\")";
    let slug = value.trim().to_lowercase().replace([' ', '_'], "-");
    if patterns::is_slug(&slug) {
        format!("write `{slug}`: {RULE}")
    } else {
        RULE.to_string()
    }
}

/// How to add a missing key: a `[table]`, a `[[list]]` entry or `key = …`.
pub(super) fn missing_key_help(pointer: &str, key: &str, root: &Value, here: &Place<'_>) -> String {
    let schema = schema_json();
    let property = schema_at(pointer, root)
        .and_then(|s| s.get("properties"))
        .and_then(|p| resolve(schema, p.get(key)?));
    let path = if pointer.is_empty() {
        key.to_string()
    } else {
        format!("{}.{key}", header_path(&here.tokens()))
    };
    let description = describe(&format!("{pointer}/{key}"), root)
        .map(|d| format!(" ({})", d.trim_end_matches('.')))
        .unwrap_or_default();
    let items_are_tables = property
        .and_then(|p| p.get("items"))
        .and_then(|i| resolve(schema, i))
        .is_some_and(|i| i.get("type") == Some(&Value::from("object")));
    match property.and_then(|p| p.get("type")).and_then(Value::as_str) {
        Some("object") => format!("add a `[{path}]` table{description}"),
        Some("array") if items_are_tables && !pointer.contains("/0") => {
            format!("add at least one `[[{path}]]` entry{description}")
        }
        _ => format!("add `{key} = …` {}{description}", here.add_where()),
    }
}

/// "Did you mean" for a weekday: the lowercase spelling when that is valid
/// ("Mon-Fri"), else the closest day name ("tues").
fn weekday_help(value: &str, pattern: &str) -> String {
    const FORMS: &str = "weekdays are mon tue wed thu fri sat sun, ranges \"mon-fri\"; monthly series also take \"1st-mon\"…\"4th-sun\" and \"last-fri\"";
    let lower = value.to_lowercase();
    // `on` (every pattern but the weekday's) also takes "1st-mon"….
    let lower_is_valid = crate::time::parse_weekdays(&lower).is_some()
        || (pattern != patterns::WEEKDAY_PATTERN
            && crate::time::parse_nth_weekday(&lower).is_some());
    let guess = if lower_is_valid {
        Some(lower.clone())
    } else {
        let first = lower.split('-').next().unwrap_or_default();
        did_you_mean(first, crate::time::WEEKDAY_NAMES.iter().copied()).map(str::to_string)
    };
    match guess {
        Some(best) if best != value => format!("did you mean `{best}`? {FORMS}"),
        _ => format!("{}{}", FORMS[..1].to_uppercase(), &FORMS[1..]),
    }
}

/// Names a value by its key and, where it has one, the id of the entry holding it.
pub(super) struct Place<'a> {
    root: &'a Value,
    pointer: &'a str,
}

impl<'a> Place<'a> {
    pub(super) fn new(root: &'a Value, pointer: &'a str) -> Self {
        Place { root, pointer }
    }

    pub(super) fn tokens(&self) -> Vec<&'a str> {
        self.pointer.split('/').skip(1).collect()
    }

    /// "`response_time` of `networks` entry `x`", "`hours[0].from` of
    /// `schedules` entry `office`", "`schema`".
    pub(super) fn name(&self) -> String {
        describe_place(self.root, &self.tokens())
    }

    /// " in `networks` entry `x`", for a key inside this place.
    pub(super) fn within(&self) -> String {
        let tokens = self.tokens();
        if tokens.is_empty() {
            " at the top level".into()
        } else {
            format!(" in {}", describe_place(self.root, &tokens))
        }
    }

    pub(super) fn add_where(&self) -> String {
        let tokens = self.tokens();
        if tokens.is_empty() {
            "at the top of the file, before the first [table]".into()
        } else {
            format!("to this table ({})", describe_place(self.root, &tokens))
        }
    }
}

/// Names the place of `tokens` from the deepest enclosing entry with an id.
fn describe_place(root: &Value, tokens: &[&str]) -> String {
    if tokens.is_empty() {
        return "the document".into();
    }
    for cut in (1..=tokens.len()).rev() {
        if tokens[cut - 1].parse::<usize>().is_err() {
            continue;
        }
        let pointer: String = tokens[..cut].iter().map(|t| pointer!("/", t)).collect();
        let Some(id) = root
            .pointer(&pointer)
            .and_then(|v| v.get("id"))
            .and_then(Value::as_str)
        else {
            continue;
        };
        let entry = format!("{} entry `{id}`", in_words(&tokens[..cut - 1]));
        return if cut == tokens.len() {
            entry
        } else {
            format!("{} of {entry}", in_words(&tokens[cut..]))
        };
    }
    in_words(tokens)
}

/// A place in the format's words: keys as TOML writes them (`voice.traits`),
/// entries of a list by what they are and their number from 1: `hours`,
/// window 1, `from` (the JSON pointer `/hours/0/from`, kept in JSON output).
fn in_words(tokens: &[&str]) -> String {
    let mut parts = Vec::new();
    let mut keys: Vec<String> = Vec::new();
    let mut list = "";
    for t in tokens {
        match t.parse::<usize>() {
            Ok(i) => {
                if !keys.is_empty() {
                    parts.push(format!("`{}`", keys.join(".")));
                    keys.clear();
                }
                parts.push(format!("{} {}", entry_noun(list), i.saturating_add(1)));
            }
            Err(_) => {
                keys.push(unescape_token(t));
                list = t;
            }
        }
    }
    if !keys.is_empty() {
        parts.push(format!("`{}`", keys.join(".")));
    }
    parts.join(", ")
}

/// What one entry of the list under `key` is called.
fn entry_noun(key: &str) -> &'static str {
    match key {
        "hours" => "window",
        "closed" => "day",
        "traits" => "trait",
        "substitutions" => "substitution",
        "replies" => "reply",
        "blackouts" => "blackout",
        "escalation" => "step",
        "steps" => "step",
        "at" => "time",
        _ => "entry",
    }
}

/// The header of a table under `tokens`, as TOML writes it: the keys
/// without the entries' numbers (`networks.voice`: after a `[[networks]]`
/// header, `[networks.voice]` is that entry's table).
fn header_path(tokens: &[&str]) -> String {
    tokens
        .iter()
        .filter(|t| t.parse::<usize>().is_err())
        .map(|t| unescape_token(t))
        .collect::<Vec<_>>()
        .join(".")
}

pub(super) fn toml_kind_name(kind: TomlKind) -> &'static str {
    match kind {
        TomlKind::String => "a string",
        TomlKind::Integer => "an integer",
        TomlKind::Float => "a float",
        TomlKind::Boolean => "a boolean",
        TomlKind::LocalDate => "a date",
        TomlKind::OtherDatetime => "a date-time",
        TomlKind::Array => "a list",
        TomlKind::Table => "a table",
    }
}

/// A JSON Schema type as a finding names what it expects.
pub(super) fn type_name(json_type: &str) -> Option<&'static str> {
    Some(match json_type {
        "string" => "a string",
        "integer" => "an integer",
        "number" => "a number",
        "boolean" => "a boolean (true or false)",
        "array" => "a list",
        "object" => "a table",
        _ => return None,
    })
}

pub(super) fn expected_type(kind: &TypeKind) -> String {
    let one = |t: &jsonschema::JsonType| type_name(&t.to_string()).unwrap_or("a value");
    match kind {
        TypeKind::Single(t) => one(t).to_string(),
        TypeKind::Multiple(ts) => ts.iter().map(|t| one(&t)).collect::<Vec<_>>().join(" or "),
    }
}
