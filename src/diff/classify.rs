//! How much each change matters: the table that says how each field of the
//! format is compared and classified, and the comparison of old and new
//! entities field by field. The promises (`promises`) are measured first;
//! a field whose change a promise already reports is not listed again.

use std::collections::BTreeSet;

use serde_json::Value;

use super::entities::{Entity, Section, entities};
use super::message::{Message, Part};
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

/// Every field of the format, by the kind of its value: each line
/// `Kind: name name …;` gives those names that kind. The format gives a name
/// one kind of value throughout (`owner` is the exception, and its kind says
/// how). A test checks the table against the schema, both ways, and that no
/// name is listed twice. `networks` and `voice` are sections at the top of a
/// strategy too, but are compared as fields of personas, playbooks and
/// networks.
macro_rules! fields {
    ($($kind:ident: $($name:ident)+;)+) => {
        &[$($((stringify!($name), FieldKind::$kind)),+),+]
    };
}

pub(crate) static FIELDS: &[(&str, FieldKind)] = fields! {
    Wording: all_clear audience brief contact debrief definition description do dont escalate_when
        example holding_statement is is_not
        name needs objectives out_of_hours_reply prefer purpose reason sign_off signals source
        resolution_template statement steps title traits update_template values
        via;
    Replies: replies;
    Owner: owner;
    Duration: after duration respond_within response_time update_every;
    Set: acknowledge approvers avoid closed networks notify;
    Weekdays: days;
    Times: at;
    Value: always automation backup channel date emoji escalate_to escalation every formality
        dm from handle hours humor interval kind language level limits measure on
        pause_scheduled_posts person persona platform post practice reply reply_limit review
        schedule schema starts substitutions
        target text timezone to unattended until voice;
    Apart: blackouts calendar crisis events id levels metrics personas playbooks roles scenarios
        schedules series translates_version translation_of version;
};

/// How the field `name` is treated. Every field the model writes is in the
/// table (the schema is generated from the model, and a test checks the
/// table against the schema). Were one missing, it would be compared as
/// written and its change called additive; debug builds stop instead, so
/// that the test suite cannot miss it.
pub(crate) fn kind_of(name: &str) -> FieldKind {
    let found = FIELDS.iter().find(|(field, _)| *field == name);
    debug_assert!(
        found.is_some(),
        "field `{name}` is missing from diff::classify::FIELDS"
    );
    found.map_or(FieldKind::Value, |(_, kind)| *kind)
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

/// The two strategies and the changes found so far.
pub(crate) struct Differ<'a> {
    pub old: &'a Strategy,
    pub new: &'a Strategy,
    pub changes: Vec<Change>,
}

/// A change to a whole entity; the caller adds the field and its values.
/// Its English summary is written once every change is known (`diff`).
fn change(
    section: Section,
    id: &str,
    kind: &'static str,
    class: Class,
    message: Message,
) -> Change {
    Change {
        section: section.name().to_string(),
        id: id.to_string(),
        kind,
        class,
        field: None,
        before: None,
        after: None,
        summary: String::new(),
        message,
    }
}

impl Differ<'_> {
    /// A breaking change found by measuring a promise, on `field`: the plain
    /// field change is then not listed a second time.
    pub(crate) fn promise(&mut self, section: Section, id: &str, field: &str, message: Message) {
        self.changes.push(Change {
            field: Some(field.to_string()),
            ..change(section, id, "changed", Class::Breaking, message)
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
            let entity = || {
                vec![
                    ("section", Part::Section(section.key())),
                    ("id", Part::Code(id.clone())),
                ]
            };
            match new.iter().find(|e| e.section == section && e.id == *id) {
                None => {
                    let message = Message::new("removed", entity());
                    let class = removal_class(section);
                    self.changes
                        .push(change(section, id, "removed", class, message));
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
                        let mut args = entity();
                        args.extend([
                            ("field", Part::Code(field.clone())),
                            ("before", Part::Value(b.clone())),
                            ("after", Part::Value(a.clone())),
                        ]);
                        let message = Message::new("changed", args);
                        let class = field_class(section, field, &b, &a);
                        self.changes.push(Change {
                            field: Some(field.clone()),
                            before: Some(b),
                            after: Some(a),
                            ..change(section, id, "changed", class, message)
                        });
                    }
                }
                Some(_) => {}
            }
        }
        for Entity { section, id, .. } in &new {
            if !old.iter().any(|e| e.section == *section && e.id == *id) {
                let args = vec![
                    ("section", Part::Section(section.key())),
                    ("id", Part::Code(id.clone())),
                ];
                let message = Message::new("added", args);
                self.changes
                    .push(change(*section, id, "added", Class::Additive, message));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use serde_json::Value;

    use super::FIELDS;

    /// Every property name of every object of the committed schema, its
    /// definitions (`$defs`) and their branches included.
    fn schema_fields(node: &Value, names: &mut BTreeSet<String>) {
        match node {
            Value::Object(map) => {
                if let Some(Value::Object(properties)) = map.get("properties") {
                    names.extend(properties.keys().cloned());
                }
                map.values().for_each(|v| schema_fields(v, names));
            }
            Value::Array(items) => items.iter().for_each(|v| schema_fields(v, names)),
            _ => {}
        }
    }

    #[test]
    fn every_field_of_the_schema_has_a_rule_and_every_rule_a_field() {
        let schema: Value =
            serde_json::from_str(crate::schema::SCHEMA_TEXT).expect("the schema is JSON");
        let mut fields = BTreeSet::new();
        schema_fields(&schema, &mut fields);
        let ruled: BTreeSet<String> = FIELDS.iter().map(|(name, _)| name.to_string()).collect();
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
    fn no_field_is_listed_twice() {
        let mut names: Vec<&str> = FIELDS.iter().map(|(name, _)| *name).collect();
        names.sort_unstable();
        for pair in names.windows(2) {
            assert_ne!(pair[0], pair[1], "FIELDS lists `{}` twice", pair[0]);
        }
    }
}
