//! `check` of a translation: a strategy that names the file it translates
//! (`translation_of`) is compared with it by the semantic diff. Text may
//! differ; every other value must be the source's. When the source has
//! moved past `translates_version`, each difference is the translation
//! being behind; otherwise it is a mismatch. Each finding sits at the
//! value in the translation and names the value's place in the source.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde_json::Value;

use crate::codes::{self, RuleId};
use crate::diagnostic::{Diagnostic, FileReport, Related};
use crate::diff::{Change, Class, diff};
use crate::pipeline::{Loaded, load, read_limited};
use crate::source::Source;

/// Fields whose values belong to one language: a translation changes them.
/// A handle may too: a team with an account per language (`@brand_fr`)
/// translates the strategy of each.
const OWN_LANGUAGE: &[&str] = &["language", "avoid", "substitutions", "handle"];

/// Add the translation findings of `report`, the checked file at `file`.
pub fn check(file: &Path, report: &mut FileReport) {
    // Most files are no translation: no second load for them.
    if !report.source.text.contains("translation_of") {
        return;
    }
    let (Some(translation), _) = load(&report.source) else {
        return; // reported by the other stages
    };
    let Some(of) = translation.strategy.translation_of.clone() else {
        return;
    };
    let at = translation.index.value_span("/translation_of");
    let path = beside(file, &of);
    let name = path.to_string_lossy().into_owned();
    let bytes = match read_limited(&path) {
        Ok(bytes) => bytes,
        Err(e) => {
            report.add(finding(
                &codes::TRANSLATION_MISMATCH,
                at,
                format!("the source `{of}` cannot be read: {e}"),
                "give `translation_of` the path of the strategy this file translates, relative to this file".into(),
            ));
            return;
        }
    };
    let (source_text, bad) = crate::load::decode(&name, bytes);
    let loaded = if bad.is_none() {
        load(&source_text).0
    } else {
        None
    };
    let Some(source) = loaded else {
        report.add(finding(
            &codes::TRANSLATION_MISMATCH,
            at,
            format!(
                "the source `{of}` does not load, so this translation cannot be compared with it"
            ),
            format!("fix the source first: `commstrat check {name}`"),
        ));
        return;
    };
    let current = source.strategy.version.to_string();
    let Some(matched) = translation.strategy.translates_version.as_ref() else {
        report.add(finding(
            &codes::TRANSLATION_MISMATCH,
            at,
            format!("this translation of `{of}` does not say which version of it it matches"),
            format!("add `translates_version = \"{current}\"` once the translation matches version {current} of the source"),
        ));
        return;
    };
    let (Some(matched_v), Some(current_v)) = (matched.get(), source.strategy.version.get()) else {
        return; // a version that does not parse is reported as invalid-version
    };
    let behind = matched_v < current_v;
    let version_at = translation.index.value_span("/translates_version");
    if matched_v > current_v {
        report.add(finding(
            &codes::TRANSLATION_MISMATCH,
            version_at.clone(),
            format!("this translation says it matches version {matched} of `{of}`, which is only at {current}"),
            format!("set `translates_version = \"{current}\"`"),
        ));
    }
    // The strategy's own id names the file, its calendars' UIDs and its
    // book: a translation has one of its own.
    let mut compared = translation.strategy.clone();
    compared.id = source.strategy.id.clone();
    let differences: Vec<Change> = diff(&source.strategy, &compared)
        .changes
        .into_iter()
        .filter(|c| c.class != Class::Wording)
        .filter(|c| {
            !c.field
                .as_deref()
                .is_some_and(|f| OWN_LANGUAGE.contains(&f))
        })
        .collect();
    if behind {
        let since = if differences.is_empty() {
            "only its text changed since: update the translated text".to_string()
        } else {
            let n = differences.len();
            let values = if n == 1 {
                "1 value differs".to_string()
            } else {
                format!("{n} values differ")
            };
            format!("{values}, each listed at its place; bring them and the text up to the source")
        };
        report.add(finding(
            &codes::TRANSLATION_BEHIND,
            version_at,
            format!(
                "this translation matches version {matched} of `{of}`, which is now at {current}"
            ),
            format!("{since}, then set `translates_version = \"{current}\"`"),
        ));
    }
    let rule = if behind {
        &codes::TRANSLATION_BEHIND
    } else {
        &codes::TRANSLATION_MISMATCH
    };
    let ours = Places::of(&translation);
    let theirs = Places::of(&source);
    for change in &differences {
        let span = ours.span(change);
        let there = source_text.position(theirs.span(change).start);
        let what = difference(change);
        let message = if behind {
            format!("the source changed since version {matched}: {what}")
        } else {
            format!("differs from the source: {what}")
        };
        let help = match change.kind {
            "added" => format!(
                "the source has no {} `{}`: give it the id of the source's entry it translates, or remove it",
                change.section, change.id
            ),
            "removed" => format!(
                "the source has it at {name}:{}:{}: add it here, translated",
                there.line, there.column
            ),
            _ => format!(
                "the source has it at {name}:{}:{}; only text is translated: give this value the source's",
                there.line, there.column
            ),
        };
        let mut d = finding(rule, span, message, help);
        if change.kind != "added" {
            let theirs_span = theirs.span(change);
            d.related = Some(Related {
                path: name.clone(),
                start: there,
                end: source_text.position(theirs_span.end),
                message: "the source's value".into(),
            });
        }
        report.add(d);
    }
    // Placeholders are not text: a reply that drops `{{ link }}` in the
    // translation leaves its readers without the link.
    let theirs_vars = placeholders(&theirs, &source_text);
    for (key, (pointer, ours_vars)) in placeholders(&ours, &report.source) {
        let Some((their_pointer, expected)) = theirs_vars.get(&key) else {
            continue; // an entry the source lacks is reported above
        };
        if *expected == ours_vars {
            continue;
        }
        let list = |set: &BTreeSet<String>| {
            if set.is_empty() {
                "none".to_string()
            } else {
                set.iter()
                    .map(|v| format!("{{{{ {v} }}}}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        };
        let their_span = source.index.value_span(their_pointer);
        let there = source_text.position(their_span.start);
        let mut d = finding(
            rule,
            translation.index.value_span(&pointer),
            format!(
                "this template uses {} where the source's uses {}",
                list(&ours_vars),
                list(expected)
            ),
            format!(
                "the source's is at {name}:{}:{}; translate the text around the placeholders and keep each of them",
                there.line, there.column
            ),
        );
        d.related = Some(Related {
            path: name.clone(),
            start: there,
            end: source_text.position(their_span.end),
            message: "the source's template".into(),
        });
        report.add(d);
    }
}

/// The variables of each template, by a key that names entries by id
/// (`/playbooks/questions/replies/0/text`), so that reordering is no change.
fn placeholders(
    places: &Places<'_>,
    source: &Source,
) -> BTreeMap<String, (String, BTreeSet<String>)> {
    let context = crate::rules::Context::new(&places.loaded.strategy, &places.loaded.index, source);
    context
        .templates()
        .iter()
        .filter(|t| t.compiled.is_ok())
        .map(|t| {
            (
                places.key(&t.pointer),
                (t.pointer.clone(), t.variables.clone()),
            )
        })
        .collect()
}

/// A difference as the translation's reader needs it: what is here, and
/// what the source has.
fn difference(change: &Change) -> String {
    let plain = |v: &Option<Value>| match v {
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
        None => "nothing".to_string(),
    };
    let entity = if change.section == "strategy" {
        "the strategy".to_string()
    } else {
        format!("{} `{}`", change.section, change.id)
    };
    match (change.kind, &change.field) {
        ("added", _) => format!("{entity} is here and not in the source"),
        ("removed", _) => format!("{entity} is in the source and not here"),
        (_, Some(field)) => format!(
            "`{field}` of {entity} is {} here and {} in the source",
            plain(&change.after),
            plain(&change.before)
        ),
        _ => change.summary.clone(),
    }
}

/// `translation_of` read from beside `file`: `fr/strategy.toml` and
/// `../en/strategy.toml` give `en/strategy.toml`, as a reader would write it.
fn beside(file: &Path, of: &str) -> std::path::PathBuf {
    use std::path::Component;
    let mut out = std::path::PathBuf::new();
    for part in file.parent().unwrap_or(Path::new("")).join(of).components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir
                if matches!(out.components().next_back(), Some(Component::Normal(_))) =>
            {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

fn finding(
    rule: &'static RuleId,
    span: std::ops::Range<usize>,
    message: String,
    help: String,
) -> Diagnostic {
    Diagnostic::new(rule, span, message).with_help(help)
}

/// Where the entities of a loaded strategy sit: its model as JSON, in file
/// order, and its span index.
struct Places<'a> {
    json: Value,
    loaded: &'a Loaded,
}

impl<'a> Places<'a> {
    fn of(loaded: &'a Loaded) -> Self {
        Places {
            // Serialising the model cannot fail: it has no map with keys
            // that are not text.
            json: serde_json::to_value(&loaded.strategy).unwrap_or_default(),
            loaded,
        }
    }

    /// `pointer` with each index of an entry that has an id replaced by
    /// that id.
    fn key(&self, pointer: &str) -> String {
        let mut key = String::new();
        let mut at = &self.json;
        for token in pointer.split('/').skip(1) {
            let next = match token.parse::<usize>() {
                Ok(i) => at.get(i),
                Err(_) => at.get(crate::load::unescape_token(token)),
            };
            let name = next
                .and_then(|n| n.get("id"))
                .and_then(Value::as_str)
                .filter(|_| token.parse::<usize>().is_ok())
                .unwrap_or(token);
            key.push('/');
            key.push_str(name);
            match next {
                Some(n) => at = n,
                None => break,
            }
        }
        key
    }

    /// The span of the changed value, else of its entity, else of the
    /// entity's section.
    fn span(&self, change: &Change) -> std::ops::Range<usize> {
        let pointer = self.pointer(change);
        self.loaded.index.value_span(&pointer)
    }

    /// The JSON pointer of the change's value: its entity's (found by id
    /// in its section) and the field.
    fn pointer(&self, change: &Change) -> String {
        let (list, key) = match change.section.as_str() {
            "strategy" => ("", None),
            "voice" => ("/voice", None),
            "persona" => ("/personas", Some("id")),
            "network" => ("/networks", Some("id")),
            "schedule" => ("/schedules", Some("id")),
            "role" => ("/roles", Some("id")),
            "playbook" => ("/playbooks", Some("id")),
            "crisis level" => ("/crisis/levels", Some("level")),
            "crisis scenario" => ("/crisis/scenarios", Some("id")),
            "calendar series" => ("/calendar/series", Some("id")),
            "calendar event" => ("/calendar/events", Some("id")),
            "metric" => ("/metrics", Some("id")),
            // A blackout has no id: its list.
            _ => ("/calendar/blackouts", None),
        };
        let mut pointer = list.to_string();
        if let Some(key) = key {
            let at = self
                .json
                .pointer(list)
                .and_then(Value::as_array)
                .and_then(|items| {
                    items.iter().position(|e| {
                        e.get(key).is_some_and(|v| match v {
                            Value::String(s) => *s == change.id,
                            other => {
                                other.as_u64().is_some() && other.as_u64() == change.id.parse().ok()
                            }
                        })
                    })
                });
            match at {
                Some(i) => pointer.push_str(&format!("/{i}")),
                None => return pointer,
            }
        }
        if let Some(field) = &change.field {
            pointer.push('/');
            pointer.push_str(&crate::load::escape_token(field));
        }
        pointer
    }
}
