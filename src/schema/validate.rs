//! The schema stage of `check`: run the validator on a parsed file and
//! turn each error into a finding at the TOML span of its value, under the
//! rule that explains it.

use jsonschema::ValidationError;
use jsonschema::error::ValidationErrorKind;
use serde_json::Value;

use super::MAX_SCHEMA_FINDINGS;
use super::pieces;
use super::walk::{describe, schema_at, schema_keys};
use super::wording::{
    MAX_SHOWN_KEY, Place, elide, expected_type, missing_key_help, pattern_diagnostic,
    toml_kind_name, type_name,
};
use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::load::{Parsed, SpanIndex, TomlKind, escape_token, unescape_token};
use crate::suggest::did_you_mean;

/// Validate a parsed file; returns the findings and the parsed value with
/// unknown keys removed (they are reported; the model ignores them).
pub fn validate(parsed: &mut Parsed) -> Vec<Diagnostic> {
    validate_in_pieces(parsed, pieces::PIECE)
}

/// `validate`, splitting values with more than `piece` values below them.
fn validate_in_pieces(parsed: &mut Parsed, piece: usize) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut seen = Seen::default();
    let foreign = foreign_values(parsed, &mut out);
    let inside_foreign = |pointer: &str| {
        foreign.iter().any(|f| {
            pointer == f
                || pointer
                    .strip_prefix(f.as_str())
                    .is_some_and(|rest| rest.starts_with('/'))
        })
    };
    // One error of the validator may hold any number of unknown keys: each
    // is a finding until the cap, and is removed from the value either way.
    let mut dropped = false;
    let (value, index) = (&parsed.value, &parsed.index);
    let _held = pieces::errors(value, piece, &mut |error, prefix| {
        if out.len() >= MAX_SCHEMA_FINDINGS {
            dropped = true;
            return false;
        }
        let pointer = format!("{prefix}{}", error.instance_path());
        if !inside_foreign(&pointer) {
            map_error(error, prefix, value, index, &mut out, &mut seen);
        }
        true
    });
    if out.len() > MAX_SCHEMA_FINDINGS {
        out.truncate(MAX_SCHEMA_FINDINGS);
        dropped = true;
    }
    if dropped {
        // A file this far from the format is most likely not a strategy;
        // a million findings would help nobody and cost minutes.
        // Placed on the last finding reported, so it is read after them.
        let at = out.last().map_or(0..0, |d: &Diagnostic| d.span.clone());
        out.push(
            Diagnostic::new(
                &codes::SCHEMA_VIOLATION,
                at,
                format!("more than {MAX_SCHEMA_FINDINGS} findings against the schema: the rest are not reported"),
            )
            .with_help("fix the findings above (or check that this is a strategy file), then check again"),
        );
    }
    fold_misspelt_required_keys(&mut out, &seen);
    for pointer in seen.unknown {
        remove_pointer(&mut parsed.value, &pointer);
    }
    out
}

/// What the walk noted beside its findings, for the passes after it.
#[derive(Default)]
struct Seen {
    /// Unknown keys, to remove from the value.
    unknown: Vec<String>,
    /// (table, the key a did-you-mean suggested, its finding's index).
    suggested: Vec<(String, String, usize)>,
    /// (table, a required key it lacks, its finding's index).
    missing: Vec<(String, String, usize)>,
}

/// One typo, one finding: `responce_time` is both an unknown key and a
/// missing `response_time`. The missing-key finding is dropped, and the
/// unknown key's did-you-mean says that the key it means is required.
fn fold_misspelt_required_keys(out: &mut Vec<Diagnostic>, seen: &Seen) {
    let mut folded = Vec::new();
    for (table, key, at) in &seen.missing {
        let typo = seen
            .suggested
            .iter()
            .find(|(t, k, _)| t == table && k == key);
        if let Some((_, _, unknown_at)) = typo
            && let Some(d) = out.get_mut(*unknown_at)
        {
            d.help = Some(format!(
                "did you mean `{key}`? It is required here, and missing"
            ));
            folded.push(*at);
        }
    }
    let mut i = 0;
    out.retain(|_| {
        i += 1;
        !folded.contains(&(i - 1))
    });
}

/// TOML values JSON cannot tell apart from the format's own: floats (the
/// format has none) and dates or times where no date belongs. Each gets a
/// wrong-type finding here; returns their pointers so that the schema's
/// errors about them are not reported a second time.
fn foreign_values(parsed: &Parsed, out: &mut Vec<Diagnostic>) -> Vec<String> {
    let mut pointers = Vec::new();
    // Only floats and dates (the index's typed values) can be foreign;
    // looking up the schema of every other value would cost more than the
    // whole check.
    for (pointer, node) in parsed.index.typed() {
        // A value under an unknown key is reported as unknown-key alone.
        let Some(schema) = schema_at(pointer, &parsed.value) else {
            continue;
        };
        // A date-time in a date field is explained by invalid-date.
        if node.kind != TomlKind::Float && schema.get("format") == Some(&Value::from("date")) {
            continue;
        }
        let expected = schema
            .get("type")
            .and_then(Value::as_str)
            .and_then(type_name)
            .unwrap_or("something else");
        let found = toml_kind_name(node.kind);
        let mut d = Diagnostic::new(
            &codes::WRONG_TYPE,
            node.value.clone(),
            format!(
                "{} must be {expected}, found {found}",
                Place::new(&parsed.value, pointer).name()
            ),
        );
        d.pointer = kept_pointer(pointer);
        if expected == "a string" && node.kind != TomlKind::Float {
            d.help = Some("put the value in quotes; times are written \"HH:MM\"".to_string());
        }
        out.push(d);
        pointers.push(pointer.to_string());
    }
    pointers
}

fn remove_pointer(value: &mut Value, pointer: &str) {
    let Some((parent, last)) = pointer.rsplit_once('/') else {
        return;
    };
    let last = unescape_token(last);
    if let Some(Value::Object(map)) = value.pointer_mut(parent) {
        map.remove(&last);
    }
}

/// The findings of one error of the validator, whose `instance_path` is
/// relative to the pointer `prefix`.
fn map_error(
    error: &ValidationError<'_>,
    prefix: &str,
    root: &Value,
    index: &SpanIndex,
    out: &mut Vec<Diagnostic>,
    seen: &mut Seen,
) {
    let pointer = format!("{prefix}{}", error.instance_path());
    let here = Place::new(root, &pointer);
    let first = out.len();
    map_kind(error, prefix, root, index, out, seen, &pointer, &here);
    for d in &mut out[first..] {
        if d.pointer.is_none() {
            d.pointer = kept_pointer(&pointer);
        }
    }
}

/// A pointer this long names a key nobody typed by hand (a hostile file's
/// megabyte key): machine output leaves it out rather than repeat it for
/// every finding. The format's own pointers are under 100 bytes.
const MAX_POINTER: usize = 1_024;

fn kept_pointer(pointer: &str) -> Option<String> {
    (pointer.len() <= MAX_POINTER).then(|| pointer.to_string())
}

/// `map_error` for the kind of `error`, whose value is at `pointer`.
#[allow(clippy::too_many_arguments)]
fn map_kind(
    error: &ValidationError<'_>,
    prefix: &str,
    root: &Value,
    index: &SpanIndex,
    out: &mut Vec<Diagnostic>,
    seen: &mut Seen,
    pointer: &str,
    here: &Place<'_>,
) {
    match error.kind() {
        ValidationErrorKind::AdditionalProperties { unexpected } => {
            let known = schema_keys(pointer, root);
            for key in unexpected {
                let child = format!("{pointer}/{}", escape_token(key));
                // Past the cap only removed, never worded (the caller sums up).
                if out.len() > MAX_SCHEMA_FINDINGS {
                    seen.unknown.push(child);
                    continue;
                }
                let mut d = Diagnostic::new(
                    &codes::UNKNOWN_KEY,
                    index.key_span(&child),
                    format!("unknown key `{}`{}", elide(key), here.within()),
                );
                d.pointer = kept_pointer(&child);
                // No key of the format is long: a long one is like none.
                let suggestion = (key.len() <= MAX_SHOWN_KEY)
                    .then(|| did_you_mean(key, known.iter().map(String::as_str)))
                    .flatten();
                if let Some(best) = suggestion {
                    seen.suggested
                        .push((pointer.to_string(), best.to_string(), out.len()));
                }
                d.help = Some(match suggestion {
                    Some(best) => format!("did you mean `{best}`?"),
                    None if known.is_empty() => "remove this key".to_string(),
                    None => format!("the keys allowed here are: {}", known.join(", ")),
                });
                out.push(d);
                seen.unknown.push(child);
            }
        }
        ValidationErrorKind::Required { property } => {
            let key = property.as_str().unwrap_or_default();
            seen.missing
                .push((pointer.to_string(), key.to_string(), out.len()));
            out.push(
                Diagnostic::new(
                    &codes::MISSING_KEY,
                    index.key_span(pointer),
                    format!("missing required key `{key}`{}", here.within()),
                )
                .with_help(missing_key_help(pointer, key, root, here)),
            );
        }
        ValidationErrorKind::Type { kind } => {
            let found = found_kind(index, pointer);
            let message = format!(
                "{} must be {}, found {found}",
                here.name(),
                expected_type(kind)
            );
            out.push(wrong_type(index, root, pointer, message));
        }
        ValidationErrorKind::Enum { options } => {
            let value = plain(error.instance());
            let options: Vec<String> = options
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|o| o.as_str().map(str::to_string))
                .collect();
            let help = match did_you_mean(&value, options.iter().map(String::as_str)) {
                Some(best) => format!("did you mean `{best}`? Allowed: {}", options.join(", ")),
                None => format!("allowed values: {}", options.join(", ")),
            };
            out.push(
                Diagnostic::new(
                    &codes::INVALID_VALUE,
                    index.value_span(pointer),
                    format!(
                        "{} is `{value}`, which is not an allowed value",
                        here.name()
                    ),
                )
                .with_help(help),
            );
        }
        ValidationErrorKind::Pattern { pattern } => {
            out.push(pattern_diagnostic(
                pattern,
                here,
                error.instance(),
                index,
                pointer,
            ));
        }
        ValidationErrorKind::Minimum { limit } | ValidationErrorKind::Maximum { limit } => {
            let value = error.instance().to_string();
            let (message, help) = if pointer == "/schema" {
                (
                    format!("format version {value} is not supported"),
                    "this commstrat reads format version 1: set `schema = 1`".to_string(),
                )
            } else {
                let bound = if matches!(error.kind(), ValidationErrorKind::Minimum { .. }) {
                    "at least"
                } else {
                    "at most"
                };
                (
                    format!("{} is {value}; it must be {bound} {limit}", here.name()),
                    describe(pointer, root).unwrap_or_default(),
                )
            };
            out.push(
                Diagnostic::new(&codes::OUT_OF_RANGE, index.value_span(pointer), message)
                    .with_optional_help(Some(help)),
            );
        }
        ValidationErrorKind::MinItems { .. } => {
            out.push(
                Diagnostic::new(
                    &codes::MISSING_KEY,
                    index.value_span(pointer),
                    format!("{} needs at least one entry", here.name()),
                )
                .with_optional_help(describe(pointer, root)),
            );
        }
        ValidationErrorKind::AnyOf { context } | ValidationErrorKind::OneOfNotValid { context } => {
            // Report the branch that matched the value's type, if any: its
            // errors say what is wrong; otherwise the value has the wrong type.
            let matching = context
                .iter()
                .find(|branch| !branch.iter().any(|e| is_type_mismatch(e, prefix, pointer)));
            match matching {
                Some(branch) => {
                    for e in branch {
                        map_error(e, prefix, root, index, out, seen);
                    }
                }
                None => {
                    let found = found_kind(index, pointer);
                    let message = format!("{} has the wrong type ({found})", here.name());
                    out.push(wrong_type(index, root, pointer, message));
                }
            }
        }
        ValidationErrorKind::UniqueItems => {
            let items = error.instance().as_array().cloned().unwrap_or_default();
            let repeated = items
                .iter()
                .enumerate()
                .find(|(i, item)| items[..*i].contains(item))
                .map(|(i, item)| (i, plain(item)));
            let (span, message) = match repeated {
                Some((i, item)) => (
                    index.value_span(&format!("{pointer}/{i}")),
                    format!("{} lists `{item}` twice", here.name()),
                ),
                None => (
                    index.value_span(pointer),
                    format!("{} repeats an entry", here.name()),
                ),
            };
            out.push(
                Diagnostic::new(&codes::SCHEMA_VIOLATION, span, message)
                    .with_help("remove the repeated entry"),
            );
        }
        _ => out.push(Diagnostic::new(
            &codes::SCHEMA_VIOLATION,
            index.value_span(pointer),
            format!("{}: {error}", here.name()),
        )),
    }
}

/// A value as a finding quotes it: text without its quotes.
fn plain(value: &Value) -> String {
    value
        .as_str()
        .map_or_else(|| value.to_string(), str::to_string)
}

/// What the value at `pointer` is, as a finding names it ("a string").
fn found_kind(index: &SpanIndex, pointer: &str) -> &'static str {
    index
        .get(pointer)
        .map_or("null", |n| toml_kind_name(n.kind))
}

/// A wrong-type finding on the value at `pointer`, with the schema's
/// description of the field as help.
fn wrong_type(index: &SpanIndex, root: &Value, pointer: &str, message: String) -> Diagnostic {
    Diagnostic::new(&codes::WRONG_TYPE, index.value_span(pointer), message)
        .with_optional_help(describe(pointer, root))
}

/// Is `error` about the type of the value at `pointer` (directly, or in every
/// branch of an `anyOf`)?
fn is_type_mismatch(error: &ValidationError<'_>, prefix: &str, pointer: &str) -> bool {
    if format!("{prefix}{}", error.instance_path()) != pointer {
        return false;
    }
    match error.kind() {
        ValidationErrorKind::Type { .. } => true,
        ValidationErrorKind::AnyOf { context } | ValidationErrorKind::OneOfNotValid { context } => {
            context
                .iter()
                .all(|branch| branch.iter().any(|e| is_type_mismatch(e, prefix, pointer)))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::parse;
    use crate::source::Source;

    /// Findings of one file validated in pieces of at most `piece` values,
    /// in file order, and the value left once unknown keys are removed.
    fn findings(text: &str, piece: usize) -> Option<(Vec<String>, Value)> {
        let mut parsed = parse(&Source::new("f.toml", text.to_string())).ok()?;
        let mut out: Vec<String> = validate_in_pieces(&mut parsed, piece)
            .iter()
            .map(|d| format!("{d:?}"))
            .collect();
        out.sort();
        Some((out, parsed.value))
    }

    /// Split down to single values, every fixture and example gets the
    /// findings it gets in one piece: splitting changes memory, not words.
    #[test]
    fn pieces_of_any_size_give_the_same_findings() {
        let mut files = Vec::new();
        let mut folders = vec![
            std::path::PathBuf::from("tests/fixtures"),
            "strategies".into(),
        ];
        while let Some(folder) = folders.pop() {
            for entry in std::fs::read_dir(&folder).expect("the fixtures can be listed") {
                let path = entry.expect("the fixtures can be listed").path();
                if path.is_dir() {
                    folders.push(path);
                } else if path.extension().is_some_and(|e| e == "toml") {
                    files.push(path);
                }
            }
        }
        files.sort();
        let mut compared = 0;
        for path in &files {
            let Ok(text) = std::fs::read_to_string(path) else {
                continue; // the fixtures that are not UTF-8
            };
            let Some(whole) = findings(&text, usize::MAX) else {
                continue; // a syntax error: no schema stage
            };
            for piece in [1, 2, 7] {
                assert_eq!(
                    findings(&text, piece).as_ref(),
                    Some(&whole),
                    "{path:?} in pieces of {piece}"
                );
            }
            compared += usize::from(!whole.0.is_empty());
        }
        // Enough files with schema findings to mean something.
        assert!(compared >= 20, "{compared}");
    }

    /// A huge value is split, and the cap stops the walk: 20,000 empty
    /// networks give the capped findings, not 100,000 errors first.
    #[test]
    fn the_cap_stops_a_split_walk() {
        let text = format!("{}{}", crate::STARTER, "[[networks]]\n".repeat(20_000));
        let mut parsed = parse(&Source::new("f.toml", text)).unwrap();
        let out = validate(&mut parsed);
        assert_eq!(out.len(), MAX_SCHEMA_FINDINGS + 1);
        assert!(
            out[MAX_SCHEMA_FINDINGS]
                .message
                .starts_with("more than 1000 findings")
        );
    }
}
