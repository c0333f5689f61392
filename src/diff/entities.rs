//! The entities a diff compares: a strategy taken apart into the entities
//! of its sections, each with its id and its value as JSON, written one way
//! so that the same content written differently compares equal.

use serde::Serialize;
use serde_json::Value;

use super::classify::{FieldKind, kind_of};
use crate::model::Strategy;
use crate::time;

/// The kinds of entity a strategy is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Section {
    /// The strategy's own fields, without its sections.
    Strategy,
    Voice,
    Persona,
    Network,
    Schedule,
    Role,
    Playbook,
    CrisisLevel,
    CrisisScenario,
    CalendarSeries,
    CalendarEvent,
    Blackout,
    Metric,
}

impl Section {
    /// The section as changes and summaries name it.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Section::Strategy => "strategy",
            Section::Voice => "voice",
            Section::Persona => "persona",
            Section::Network => "network",
            Section::Schedule => "schedule",
            Section::Role => "role",
            Section::Playbook => "playbook",
            Section::CrisisLevel => "crisis level",
            Section::CrisisScenario => "crisis scenario",
            Section::CalendarSeries => "calendar series",
            Section::CalendarEvent => "calendar event",
            Section::Blackout => "blackout",
            Section::Metric => "metric",
        }
    }
}

/// One entity: old and new are matched by section and id.
#[derive(Debug)]
pub(crate) struct Entity {
    pub section: Section,
    pub id: String,
    /// The entity's fields, normalised.
    pub value: Value,
}

/// A duration in minutes, or none when it does not parse (the checks
/// report it; the diff then compares the text as written).
pub(crate) fn minutes(duration: &str) -> Option<i64> {
    time::parse_duration(duration).ok()
}

/// Write the same value one way, recursively, so that writing it another
/// way is no change: durations in one form, sets sorted, lists of tables
/// sorted. Lists of text (steps) keep their order.
fn normalise(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                normalise(v);
                // The same value written another way is the same value:
                // "1h" and "60m", "mon-fri" and its five days, one time or
                // a list of one.
                match kind_of(key) {
                    FieldKind::Duration => {
                        if let Some(m) = v.as_str().and_then(minutes) {
                            *v = Value::from(time::format_duration(m));
                        }
                    }
                    FieldKind::Set => {
                        if let Value::Array(items) = v {
                            items.sort_by_key(|i| i.to_string());
                        }
                    }
                    FieldKind::Weekdays => *v = as_set(v, true),
                    FieldKind::Times => *v = as_set(v, false),
                    FieldKind::Wording
                    | FieldKind::Replies
                    | FieldKind::Owner
                    | FieldKind::Value
                    | FieldKind::Apart => {}
                }
            }
        }
        Value::Array(items) => {
            items.iter_mut().for_each(normalise);
            // A list of tables (windows, replies, escalation steps, traits)
            // is matched as a set: moving an entry is not a change.
            if items.iter().all(Value::is_object) {
                items.sort_by_key(|i| i.to_string());
            }
        }
        _ => {}
    }
}

/// One value or a list of them as a sorted list without repeats. With
/// `weekdays`, a range of days ("mon-fri") counts as the days it names.
fn as_set(value: &Value, weekdays: bool) -> Value {
    let items: Vec<Value> = match value {
        Value::Array(items) => items.clone(),
        other => vec![other.clone()],
    };
    let mut expanded: Vec<Value> = Vec::new();
    for item in items {
        match item.as_str().and_then(time::parse_weekdays) {
            Some(days) if weekdays => {
                expanded.extend(days.into_iter().map(|d| Value::from(time::weekday_name(d))));
            }
            _ => expanded.push(item),
        }
    }
    expanded.sort_by_key(|i| i.to_string());
    expanded.dedup();
    Value::Array(expanded)
}

/// A model value as normalised JSON. Serialising cannot fail here: serde_json
/// only refuses maps with keys that are not text, and the model has no map.
fn json<T: Serialize>(value: &T) -> Value {
    let mut v = serde_json::to_value(value).unwrap_or(Value::Null);
    normalise(&mut v);
    v
}

/// Every entity of a strategy, each with its id and its JSON value.
pub(crate) fn entities(s: &Strategy) -> Vec<Entity> {
    let mut out: Vec<Entity> = Vec::new();
    let mut push = |section: Section, id: String, value: Value| {
        out.push(Entity { section, id, value });
    };
    let mut top = json(s);
    if let Value::Object(map) = &mut top {
        // The sections are compared entity by entity, and the version is
        // the diff's header: what is left are the strategy's own fields.
        for section in [
            "voice",
            "personas",
            "networks",
            "schedules",
            "roles",
            "playbooks",
            "crisis",
            "calendar",
            "metrics",
            "version",
        ] {
            map.remove(section);
        }
    }
    push(Section::Strategy, s.id.to_string(), top);
    push(Section::Voice, "voice".into(), json(&s.voice));
    for p in &s.personas {
        push(Section::Persona, p.id.to_string(), json(p));
    }
    for n in &s.networks {
        push(Section::Network, n.id.to_string(), json(n));
    }
    for x in &s.schedules {
        push(Section::Schedule, x.id.to_string(), json(x));
    }
    for r in &s.roles {
        push(Section::Role, r.id.to_string(), json(r));
    }
    for p in &s.playbooks {
        push(Section::Playbook, p.id.to_string(), json(p));
    }
    if let Some(c) = &s.crisis {
        for l in &c.levels {
            push(Section::CrisisLevel, l.level.to_string(), json(l));
        }
        for sc in &c.scenarios {
            push(Section::CrisisScenario, sc.id.to_string(), json(sc));
        }
    }
    if let Some(c) = &s.calendar {
        for x in &c.series {
            push(Section::CalendarSeries, x.id.to_string(), json(x));
        }
        for e in &c.events {
            push(Section::CalendarEvent, e.id.to_string(), json(e));
        }
        for b in &c.blackouts {
            // A blackout has no id: its dates and networks say which it is.
            let mut networks: Vec<&str> = b.networks.iter().flatten().map(|n| n.as_str()).collect();
            networks.sort_unstable();
            let scope = if networks.is_empty() {
                "all".to_string()
            } else {
                networks.join("+")
            };
            push(
                Section::Blackout,
                format!("{}..{} on {scope}", b.from, b.to),
                json(b),
            );
        }
    }
    for m in &s.metrics {
        push(Section::Metric, m.id.to_string(), json(m));
    }
    out
}
