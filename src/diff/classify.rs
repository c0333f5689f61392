//! How much each change matters: the table that says how each field of the
//! format is compared and classified, and the comparison of old and new
//! entities field by field. The promises (`promises`) are measured first;
//! a field whose change a promise already reports is not listed again.

use std::collections::BTreeSet;

use serde_json::Value;

use super::entities::{Entity, Section, entities};
use super::{Change, Class};
use crate::model::Strategy;

/// How a field's value is compared, and what a change to it is. Measured
/// promises come on top: a longer response time is a `Duration` change, and
/// breaking because it is measured, not because of its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FieldKind {
    /// Prose: a change is wording only.
    Wording,
    /// A playbook's replies: wording only while the same channels and
    /// networks keep their replies, additive otherwise.
    Replies,
    /// `owner`: the strategy's owner is a person's name, so a change is
    /// wording; every other owner is a role, and a change is additive.
    Owner,
    /// A duration, written one way ("60m" as "1h"); a change is additive.
    Duration,
    /// A list whose order means nothing; a change is additive.
    Set,
    /// Days of the week, one or a list, as a set in which a range ("mon-fri")
    /// counts as its days; a change is additive.
    Weekdays,
    /// Times, one or a list, as a set; a change is additive.
    Times,
    /// Compared as written; a change is additive.
    Value,
    /// Never a field of a compared entity: `id` matches the entities, the
    /// version is the diff's header, and sections (`personas`, `levels`…)
    /// hold entities compared on their own.
    Apart,
}

/// The treatment of one field name, wherever the field sits: the format
/// gives a name one kind of value throughout (`owner` is the exception, and
/// its kind says how).
#[derive(Debug)]
pub(crate) struct FieldRule {
    pub name: &'static str,
    pub kind: FieldKind,
}

const fn rule(name: &'static str, kind: FieldKind) -> FieldRule {
    FieldRule { name, kind }
}

/// Every field of the format, sorted by name (the lookup searches it by
/// halves). A test checks it against the schema, both ways. `networks` and
/// `voice` are sections at the top of a strategy too, but are compared as
/// fields of personas, playbooks and networks.
pub(crate) static FIELDS: &[FieldRule] = &[
    rule("after", FieldKind::Duration),
    rule("always", FieldKind::Value),
    rule("approvers", FieldKind::Set),
    rule("at", FieldKind::Times),
    rule("audience", FieldKind::Wording),
    rule("automation", FieldKind::Value),
    rule("avoid", FieldKind::Set),
    rule("backup", FieldKind::Value),
    rule("blackouts", FieldKind::Apart),
    rule("brief", FieldKind::Wording),
    rule("calendar", FieldKind::Apart),
    rule("channel", FieldKind::Value),
    rule("closed", FieldKind::Set),
    rule("contact", FieldKind::Wording),
    rule("crisis", FieldKind::Apart),
    rule("date", FieldKind::Value),
    rule("days", FieldKind::Weekdays),
    rule("description", FieldKind::Wording),
    rule("do", FieldKind::Wording),
    rule("dont", FieldKind::Wording),
    rule("duration", FieldKind::Duration),
    rule("emoji", FieldKind::Value),
    rule("escalate_to", FieldKind::Value),
    rule("escalate_when", FieldKind::Wording),
    rule("escalation", FieldKind::Value),
    rule("events", FieldKind::Apart),
    rule("every", FieldKind::Value),
    rule("formality", FieldKind::Value),
    rule("from", FieldKind::Value),
    rule("handle", FieldKind::Value),
    rule("holding_statement", FieldKind::Wording),
    rule("hours", FieldKind::Value),
    rule("humor", FieldKind::Value),
    rule("id", FieldKind::Apart),
    rule("interval", FieldKind::Value),
    rule("is", FieldKind::Wording),
    rule("is_not", FieldKind::Wording),
    rule("kind", FieldKind::Value),
    rule("language", FieldKind::Value),
    rule("level", FieldKind::Value),
    rule("levels", FieldKind::Apart),
    rule("measure", FieldKind::Value),
    rule("metrics", FieldKind::Apart),
    rule("name", FieldKind::Wording),
    rule("needs", FieldKind::Wording),
    rule("networks", FieldKind::Set),
    rule("notify", FieldKind::Set),
    rule("objectives", FieldKind::Wording),
    rule("on", FieldKind::Value),
    rule("out_of_hours_reply", FieldKind::Wording),
    rule("owner", FieldKind::Owner),
    rule("pause_scheduled_posts", FieldKind::Value),
    rule("person", FieldKind::Value),
    rule("persona", FieldKind::Value),
    rule("personas", FieldKind::Apart),
    rule("platform", FieldKind::Value),
    rule("playbooks", FieldKind::Apart),
    rule("practice", FieldKind::Value),
    rule("prefer", FieldKind::Wording),
    rule("purpose", FieldKind::Wording),
    rule("reason", FieldKind::Wording),
    rule("replies", FieldKind::Replies),
    rule("reply_limit", FieldKind::Value),
    rule("respond_within", FieldKind::Duration),
    rule("response_time", FieldKind::Duration),
    rule("review", FieldKind::Value),
    rule("roles", FieldKind::Apart),
    rule("scenarios", FieldKind::Apart),
    rule("schedule", FieldKind::Value),
    rule("schedules", FieldKind::Apart),
    rule("schema", FieldKind::Value),
    rule("series", FieldKind::Apart),
    rule("sign_off", FieldKind::Wording),
    rule("signals", FieldKind::Wording),
    rule("source", FieldKind::Wording),
    rule("starts", FieldKind::Value),
    rule("statement", FieldKind::Wording),
    rule("steps", FieldKind::Wording),
    rule("substitutions", FieldKind::Value),
    rule("target", FieldKind::Value),
    rule("text", FieldKind::Value),
    rule("timezone", FieldKind::Value),
    rule("title", FieldKind::Wording),
    rule("to", FieldKind::Value),
    rule("traits", FieldKind::Wording),
    rule("until", FieldKind::Value),
    rule("update_every", FieldKind::Duration),
    rule("values", FieldKind::Wording),
    rule("version", FieldKind::Apart),
    rule("voice", FieldKind::Value),
];

/// How the field `name` is treated. Every field the model writes is in the
/// table (the schema is generated from the model, and a test checks the
/// table against the schema). Were one missing, it would be compared as
/// written and its change called additive; debug builds stop instead, so
/// that the test suite cannot miss it.
pub(crate) fn kind_of(name: &str) -> FieldKind {
    let found = FIELDS
        .binary_search_by(|rule| rule.name.cmp(name))
        .ok()
        .and_then(|i| FIELDS.get(i));
    debug_assert!(
        found.is_some(),
        "field `{name}` is missing from diff::classify::FIELDS"
    );
    found.map_or(FieldKind::Value, |rule| rule.kind)
}

/// What a change to `field` of an entity of `section` is, before any
/// promise is measured.
fn field_class(section: Section, field: &str, before: &Value, after: &Value) -> Class {
    // Same replies on the same channels and networks: only the words changed.
    let frame = |v: &Value| -> Vec<(Value, Value)> {
        v.as_array()
            .map(|a| {
                a.iter()
                    .map(|r| (r["channel"].clone(), r["networks"].clone()))
                    .collect()
            })
            .unwrap_or_default()
    };
    match kind_of(field) {
        FieldKind::Wording => Class::Wording,
        FieldKind::Owner if section == Section::Strategy => Class::Wording,
        FieldKind::Replies if frame(before) == frame(after) => Class::Wording,
        FieldKind::Owner
        | FieldKind::Replies
        | FieldKind::Duration
        | FieldKind::Set
        | FieldKind::Weekdays
        | FieldKind::Times
        | FieldKind::Value
        | FieldKind::Apart => Class::Additive,
    }
}

/// What removing an entity of `section` is: networks, playbooks and the
/// crisis plan are promises to the public and to the team.
fn removal_class(section: Section) -> Class {
    match section {
        Section::Network | Section::Playbook | Section::CrisisScenario | Section::CrisisLevel => {
            Class::Breaking
        }
        Section::Strategy
        | Section::Voice
        | Section::Persona
        | Section::Schedule
        | Section::Role
        | Section::CalendarSeries
        | Section::CalendarEvent
        | Section::Blackout
        | Section::Metric => Class::Additive,
    }
}

/// Every change from `old` to `new`, unsorted.
pub(crate) fn changes(old: &Strategy, new: &Strategy) -> Vec<Change> {
    let mut differ = Differ {
        old,
        new,
        changes: Vec::new(),
    };
    // Promises first: a field change they measured is not listed again.
    differ.promises();
    differ.scenarios();
    differ.entities();
    differ.changes
}

/// A value as a short text for summaries.
fn show(value: &Value) -> String {
    match value {
        Value::String(s) => format!("\"{}\"", s.replace('`', "'")),
        Value::Null => "nothing".to_string(),
        other => other.to_string().replace('`', "'"),
    }
}

/// The two strategies and the changes found so far.
pub(crate) struct Differ<'a> {
    pub old: &'a Strategy,
    pub new: &'a Strategy,
    pub changes: Vec<Change>,
}

impl Differ<'_> {
    fn push(
        &mut self,
        section: Section,
        id: &str,
        kind: &'static str,
        class: Class,
        summary: String,
    ) {
        self.push_field(section, id, kind, class, None, summary);
    }

    /// A breaking change found by measuring a promise, on `field`: the plain
    /// field change is then not listed a second time.
    pub(crate) fn promise(&mut self, section: Section, id: &str, field: &str, summary: String) {
        self.push_field(
            section,
            id,
            "changed",
            Class::Breaking,
            Some(field),
            summary,
        );
    }

    fn push_field(
        &mut self,
        section: Section,
        id: &str,
        kind: &'static str,
        class: Class,
        field: Option<&str>,
        summary: String,
    ) {
        self.changes.push(Change {
            section: section.name().to_string(),
            id: id.to_string(),
            kind,
            class,
            field: field.map(str::to_string),
            before: None,
            after: None,
            summary,
        });
    }

    /// Entities removed, added, and changed field by field.
    fn entities(&mut self) {
        let old = entities(self.old);
        let new = entities(self.new);
        for Entity {
            section,
            id,
            value: before,
        } in &old
        {
            let (section, name) = (*section, section.name());
            match new.iter().find(|e| e.section == section && e.id == *id) {
                None => {
                    self.push(
                        section,
                        id,
                        "removed",
                        removal_class(section),
                        format!("{name} `{id}` removed"),
                    );
                }
                Some(Entity { value: after, .. }) if after != before => {
                    let keys: BTreeSet<&String> = before
                        .as_object()
                        .into_iter()
                        .chain(after.as_object())
                        .flat_map(|m| m.keys())
                        .collect();
                    for field in keys {
                        let (b, a) = (
                            before.get(field).cloned().unwrap_or(Value::Null),
                            after.get(field).cloned().unwrap_or(Value::Null),
                        );
                        if a == b {
                            continue;
                        }
                        // A promise measured on this field already says what
                        // changed; give it the field's before and after.
                        let measured = self.changes.iter_mut().find(|c| {
                            c.section == name && c.id == *id && c.field.as_ref() == Some(field)
                        });
                        if let Some(change) = measured {
                            change.before.get_or_insert(b);
                            change.after.get_or_insert(a);
                            continue;
                        }
                        self.changes.push(Change {
                            section: name.to_string(),
                            id: id.clone(),
                            kind: "changed",
                            class: field_class(section, field, &b, &a),
                            field: Some(field.clone()),
                            summary: format!(
                                "{name} `{id}`: `{field}` changed from {} to {}",
                                show(&b),
                                show(&a)
                            ),
                            before: Some(b),
                            after: Some(a),
                        });
                    }
                }
                Some(_) => {}
            }
        }
        for Entity { section, id, .. } in &new {
            if !old.iter().any(|e| e.section == *section && e.id == *id) {
                let name = section.name();
                self.push(
                    *section,
                    id,
                    "added",
                    Class::Additive,
                    format!("{name} `{id}` added"),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use serde_json::Value;

    use super::FIELDS;

    /// Every property name of every object the committed schema describes,
    /// reached from the root through `$ref`, `properties`, `items`,
    /// `additionalProperties` and the `anyOf`, `oneOf` and `allOf` branches.
    /// Also returns the `$defs` reached, to show that none was skipped.
    fn schema_fields(schema: &Value) -> (BTreeSet<String>, BTreeSet<String>) {
        let mut names = BTreeSet::new();
        let mut reached = BTreeSet::new();
        let mut todo = vec![schema];
        while let Some(node) = todo.pop() {
            let Some(node) = node.as_object() else {
                continue; // `true`, `false` or an annotation
            };
            if let Some(reference) = node.get("$ref").and_then(Value::as_str) {
                let target = reference
                    .strip_prefix('#')
                    .and_then(|pointer| schema.pointer(pointer))
                    .unwrap_or_else(|| panic!("`$ref` {reference} leads nowhere"));
                // Each definition once: the format's types may nest themselves.
                if reached.insert(reference.to_string()) {
                    todo.push(target);
                }
            }
            if let Some(properties) = node.get("properties").and_then(Value::as_object) {
                for (name, property) in properties {
                    names.insert(name.clone());
                    todo.push(property);
                }
            }
            for key in ["items", "additionalProperties"] {
                todo.extend(node.get(key));
            }
            for key in ["anyOf", "oneOf", "allOf"] {
                todo.extend(
                    node.get(key)
                        .and_then(Value::as_array)
                        .into_iter()
                        .flatten(),
                );
            }
        }
        (names, reached)
    }

    #[test]
    fn every_field_of_the_schema_has_a_rule_and_every_rule_a_field() {
        let schema: Value =
            serde_json::from_str(crate::schema::SCHEMA_TEXT).expect("the schema is JSON");
        let (fields, reached) = schema_fields(&schema);
        let defined: BTreeSet<String> = schema["$defs"]
            .as_object()
            .expect("the schema has $defs")
            .keys()
            .map(|name| format!("#/$defs/{name}"))
            .collect();
        assert_eq!(reached, defined, "the walk missed some definitions");
        let ruled: BTreeSet<String> = FIELDS.iter().map(|r| r.name.to_string()).collect();
        let unruled: Vec<&String> = fields.difference(&ruled).collect();
        let unknown: Vec<&String> = ruled.difference(&fields).collect();
        assert!(
            unruled.is_empty(),
            "fields of the format missing from diff::classify::FIELDS: {unruled:?}"
        );
        assert!(
            unknown.is_empty(),
            "diff::classify::FIELDS names fields the format does not have: {unknown:?}"
        );
    }

    #[test]
    fn the_table_is_sorted_by_name_without_repeats() {
        // The lookup searches by halves, which needs the order.
        for pair in FIELDS.windows(2) {
            assert!(
                pair[0].name < pair[1].name,
                "FIELDS must be sorted by name, each once: `{}` then `{}`",
                pair[0].name,
                pair[1].name
            );
        }
    }
}
