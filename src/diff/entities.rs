//! The entities a diff compares: a strategy taken apart into the entities
//! of its sections, each with its id and its value as JSON, written one way
//! so that the same content written differently compares equal.

use std::fmt::Display;

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
    /// The section as the catalogues' `diff.section` selects it.
    pub(crate) fn key(self) -> &'static str {
        match self {
            Section::CrisisLevel => "crisis_level",
            Section::CrisisScenario => "crisis_scenario",
            Section::CalendarSeries => "calendar_series",
            Section::CalendarEvent => "calendar_event",
            other => other.name(),
        }
    }

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
                    // A duration that does not parse is reported by the
                    // checks; the diff then compares the text as written.
                    FieldKind::Duration => {
                        if let Some(m) = v.as_str().and_then(|d| time::parse_duration(d).ok()) {
                            *v = Value::from(time::format_duration(m));
                        }
                    }
                    FieldKind::Set => {
                        // Closed days with and without a reason sort by
                        // their date.
                        if let Value::Array(items) = v {
                            items.sort_by_key(|i| {
                                i.get("date").unwrap_or(i).to_string() + &i.to_string()
                            });
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

/// One entity, its value as normalised JSON.
fn entity<T: Serialize>(section: Section, id: impl ToString, value: &T) -> Entity {
    Entity {
        section,
        id: id.to_string(),
        value: json(value),
    }
}

/// The entities of one section, each named by `id`.
fn each<T: Serialize>(
    out: &mut Vec<Entity>,
    section: Section,
    items: &[T],
    id: fn(&T) -> &dyn Display,
) {
    out.extend(items.iter().map(|x| entity(section, id(x), x)));
}

/// Every entity of a strategy, each with its id and its JSON value.
pub(crate) fn entities(s: &Strategy) -> Vec<Entity> {
    let mut top = entity(Section::Strategy, &s.id, s);
    if let Value::Object(map) = &mut top.value {
        // The strategy's own fields: not those kept apart (sections, the
        // version), nor `voice` and `networks`, sections at the top too.
        map.retain(|key, _| {
            kind_of(key) != FieldKind::Apart && key != "voice" && key != "networks"
        });
    }
    let mut out = vec![top, entity(Section::Voice, "voice", &s.voice)];
    each(&mut out, Section::Persona, &s.personas, |x| &x.id);
    each(&mut out, Section::Network, &s.networks, |x| &x.id);
    each(&mut out, Section::Schedule, &s.schedules, |x| &x.id);
    each(&mut out, Section::Role, &s.roles, |x| &x.id);
    each(&mut out, Section::Playbook, &s.playbooks, |x| &x.id);
    if let Some(c) = &s.crisis {
        each(&mut out, Section::CrisisLevel, &c.levels, |x| &x.level);
        each(&mut out, Section::CrisisScenario, &c.scenarios, |x| &x.id);
    }
    if let Some(c) = &s.calendar {
        each(&mut out, Section::CalendarSeries, &c.series, |x| &x.id);
        each(&mut out, Section::CalendarEvent, &c.events, |x| &x.id);
        for b in &c.blackouts {
            // A blackout has no id: its dates and networks say which it is.
            let mut networks: Vec<&str> = b.networks.iter().flatten().map(|n| n.as_str()).collect();
            networks.sort_unstable();
            let scope = if networks.is_empty() {
                "all".to_string()
            } else {
                networks.join("+")
            };
            let id = format!("{}..{} on {scope}", b.from, b.to);
            out.push(entity(Section::Blackout, id, b));
        }
    }
    each(&mut out, Section::Metric, &s.metrics, |x| &x.id);
    out
}
