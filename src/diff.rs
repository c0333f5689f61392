//! Semantic diff of two strategies: entities added, removed and changed,
//! matched by section and id (so reordering changes nothing), with
//! field-level before and after, each change classified as breaking (a
//! promise weakened or removed), additive, or wording only.

use std::collections::BTreeSet;

use serde::Serialize;
use serde_json::Value;

use crate::model::{Network, Playbook, Schedule, Strategy};
use crate::time::{self, MINUTES_PER_WEEK};

/// How much a change matters to the people who rely on the strategy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Class {
    /// Only wording changed: a patch bump.
    Wording,
    /// Something was added or strengthened: a minor bump.
    Additive,
    /// A promise was weakened or removed: a major bump.
    Breaking,
}

impl Class {
    pub fn as_str(self) -> &'static str {
        match self {
            Class::Wording => "wording",
            Class::Additive => "additive",
            Class::Breaking => "breaking",
        }
    }
}

/// One change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    pub section: String,
    pub id: String,
    /// `added`, `removed` or `changed`.
    pub kind: &'static str,
    pub class: Class,
    /// The field, for a change inside an entity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<Value>,
    /// The change in one plain sentence.
    pub summary: String,
}

/// The diff of two strategies.
#[derive(Debug, Clone, Serialize)]
pub struct Diff {
    pub old_version: String,
    pub new_version: String,
    /// The most serious class of any change; none when nothing changed.
    pub class: Option<Class>,
    pub changes: Vec<Change>,
}

/// Fields whose change is only wording.
const WORDING: &[&str] = &[
    "name",
    "title",
    "description",
    "audience",
    "purpose",
    "statement",
    "steps",
    "do",
    "dont",
    "signals",
    "brief",
    "reason",
    "needs",
    "contact",
    "escalate_when",
    "holding_statement",
    "out_of_hours_reply",
    "sign_off",
    "values",
    "objectives",
    "owner_text",
    "is",
    "is_not",
    "prefer",
    "source",
    "traits",
];

/// Fields holding a duration.
const DURATIONS: &[&str] = &[
    "response_time",
    "respond_within",
    "update_every",
    "after",
    "duration",
];

/// Fields that are sets: their order carries no meaning.
const SETS: &[&str] = &["networks", "approvers", "notify", "closed", "avoid", "days"];

/// Sort the set-like lists and the lists of tables, recursively, so that
/// reordering them is no change. Lists of text (steps) keep their order.
fn normalise(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                normalise(v);
                // The same value written another way is the same value:
                // "1h" and "60m", "mon-fri" and its five days, one time or
                // a list of one.
                if DURATIONS.contains(&key.as_str())
                    && let Some(m) = v.as_str().and_then(minutes)
                {
                    *v = Value::from(time::format_duration(m));
                }
                if matches!(key.as_str(), "days" | "at") {
                    let items: Vec<Value> = match &*v {
                        Value::Array(items) => items.clone(),
                        other => vec![other.clone()],
                    };
                    let mut expanded: Vec<Value> = Vec::new();
                    for item in items {
                        match item.as_str().and_then(time::parse_weekdays) {
                            Some(days) if key == "days" => expanded.extend(
                                days.into_iter().map(|d| Value::from(time::weekday_name(d))),
                            ),
                            _ => expanded.push(item),
                        }
                    }
                    expanded.sort_by_key(|i| i.to_string());
                    expanded.dedup();
                    *v = Value::Array(expanded);
                }
                if SETS.contains(&key.as_str())
                    && let Value::Array(items) = v
                {
                    items.sort_by_key(|i| i.to_string());
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

fn json<T: Serialize>(value: &T) -> Value {
    let mut v = serde_json::to_value(value).unwrap_or(Value::Null);
    normalise(&mut v);
    v
}

/// A value as a short text for summaries.
fn show(value: &Value) -> String {
    match value {
        Value::String(s) => format!("\"{}\"", s.replace('`', "'")),
        Value::Null => "nothing".to_string(),
        other => other.to_string().replace('`', "'"),
    }
}

/// A summary as Markdown: the parts between backticks (ids and field names,
/// which hold no backtick) as code, the rest escaped.
fn summary_markdown(summary: &str) -> String {
    summary
        .split('`')
        .enumerate()
        .map(|(i, part)| {
            if i % 2 == 1 {
                format!("`{part}`")
            } else {
                // `inline` trims; keep the spaces around the code spans.
                let lead = if part.starts_with(' ') { " " } else { "" };
                let trail = if part.ends_with(' ') && !part.trim().is_empty() {
                    " "
                } else {
                    ""
                };
                format!("{lead}{}{trail}", crate::render::markdown::inline(part))
            }
        })
        .collect::<Vec<_>>()
        .join("")
}

fn minutes(duration: &str) -> Option<i64> {
    time::parse_duration(duration).ok()
}

/// Which minutes of the week (from Monday 00:00) a schedule staffs.
fn coverage(schedule: &Schedule) -> Vec<bool> {
    let mut minutes = vec![schedule.is_always(); MINUTES_PER_WEEK as usize];
    for (from, to) in crate::rules::schedules::week_spans(schedule) {
        for m in from.max(0)..to.min(MINUTES_PER_WEEK) {
            minutes[m as usize] = true;
        }
    }
    minutes
}

fn describe_hours(m: i64) -> String {
    if m >= MINUTES_PER_WEEK {
        "24/7".to_string()
    } else if m % 60 == 0 {
        format!("{} h a week", m / 60)
    } else {
        format!("{} h {} min a week", m / 60, m % 60)
    }
}

/// Entities of one section, each with its id and its JSON value.
fn entities(s: &Strategy) -> Vec<(&'static str, String, Value)> {
    let mut out: Vec<(&'static str, String, Value)> = Vec::new();
    let mut top = json(s);
    if let Value::Object(map) = &mut top {
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
        ] {
            map.remove(section);
        }
        // `owner` at the top is a name, not a role reference.
        if let Some(owner) = map.remove("owner") {
            map.insert("owner_text".into(), owner);
        }
        map.remove("version");
    }
    out.push(("strategy", s.id.to_string(), top));
    out.push(("voice", "voice".into(), json(&s.voice)));
    for p in &s.personas {
        out.push(("persona", p.id.to_string(), json(p)));
    }
    for n in &s.networks {
        out.push(("network", n.id.to_string(), json(n)));
    }
    for x in &s.schedules {
        out.push(("schedule", x.id.to_string(), json(x)));
    }
    for r in &s.roles {
        out.push(("role", r.id.to_string(), json(r)));
    }
    for p in &s.playbooks {
        out.push(("playbook", p.id.to_string(), json(p)));
    }
    if let Some(c) = &s.crisis {
        for l in &c.levels {
            out.push(("crisis level", l.level.to_string(), json(l)));
        }
        for sc in &c.scenarios {
            out.push(("crisis scenario", sc.id.to_string(), json(sc)));
        }
    }
    if let Some(c) = &s.calendar {
        for x in &c.series {
            out.push(("calendar series", x.id.to_string(), json(x)));
        }
        for e in &c.events {
            out.push(("calendar event", e.id.to_string(), json(e)));
        }
        for b in &c.blackouts {
            let mut networks: Vec<&str> = b.networks.iter().flatten().map(|n| n.as_str()).collect();
            networks.sort_unstable();
            let scope = if networks.is_empty() {
                "all".to_string()
            } else {
                networks.join("+")
            };
            out.push((
                "blackout",
                format!("{}..{} on {scope}", b.from, b.to),
                json(b),
            ));
        }
    }
    for m in &s.metrics {
        out.push(("metric", m.id.to_string(), json(m)));
    }
    out
}

/// Sections whose removal breaks a promise.
const PROMISES: &[&str] = &["network", "playbook", "crisis scenario", "crisis level"];

fn field_class(field: &str, before: &Value, after: &Value) -> Class {
    if WORDING.contains(&field) {
        return Class::Wording;
    }
    if field == "replies" {
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
        if frame(before) == frame(after) {
            return Class::Wording;
        }
    }
    Class::Additive
}

struct Differ<'a> {
    old: &'a Strategy,
    new: &'a Strategy,
    changes: Vec<Change>,
}

impl Differ<'_> {
    fn push(&mut self, section: &str, id: &str, kind: &'static str, class: Class, summary: String) {
        self.push_field(section, id, kind, class, None, summary);
    }

    /// A breaking change found by measuring a promise, on `field`: the plain
    /// field change is then not listed a second time.
    fn promise(&mut self, section: &str, id: &str, field: &str, summary: String) {
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
        section: &str,
        id: &str,
        kind: &'static str,
        class: Class,
        field: Option<&str>,
        summary: String,
    ) {
        self.changes.push(Change {
            section: section.to_string(),
            id: id.to_string(),
            kind,
            class,
            field: field.map(str::to_string),
            before: None,
            after: None,
            summary,
        });
    }

    fn entities(&mut self) {
        let old = entities(self.old);
        let new = entities(self.new);
        for (section, id, before) in &old {
            match new.iter().find(|(s, i, _)| s == section && i == id) {
                None => {
                    let class = if PROMISES.contains(section) {
                        Class::Breaking
                    } else {
                        Class::Additive
                    };
                    self.push(
                        section,
                        id,
                        "removed",
                        class,
                        format!("{section} `{id}` removed"),
                    );
                }
                Some((_, _, after)) if after != before => {
                    let keys: BTreeSet<&String> = before
                        .as_object()
                        .into_iter()
                        .chain(after.as_object())
                        .flat_map(|m| m.keys())
                        .collect();
                    for key in keys {
                        let (b, a) = (
                            before.get(key).cloned().unwrap_or(Value::Null),
                            after.get(key).cloned().unwrap_or(Value::Null),
                        );
                        if a == b {
                            continue;
                        }
                        let field = if key == "owner_text" {
                            "owner"
                        } else {
                            key.as_str()
                        };
                        // A promise measured on this field already says what
                        // changed; give it the field's before and after.
                        let measured = self.changes.iter_mut().find(|c| {
                            c.section == *section
                                && c.id == *id
                                && c.field.as_deref() == Some(field)
                        });
                        if let Some(change) = measured {
                            change.before.get_or_insert(b);
                            change.after.get_or_insert(a);
                            continue;
                        }
                        self.changes.push(Change {
                            section: section.to_string(),
                            id: id.clone(),
                            kind: "changed",
                            class: field_class(key, &b, &a),
                            field: Some(field.to_string()),
                            summary: format!(
                                "{section} `{id}`: `{field}` changed from {} to {}",
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
        for (section, id, _) in &new {
            if !old.iter().any(|(s, i, _)| s == section && i == id) {
                self.push(
                    section,
                    id,
                    "added",
                    Class::Additive,
                    format!("{section} `{id}` added"),
                );
            }
        }
    }

    /// Promises measured rather than compared field by field.
    fn promises(&mut self) {
        let (old, new) = (self.old, self.new);
        let schedule = |s: &Strategy, n: &Network| {
            s.schedules
                .iter()
                .find(|x| x.id == n.schedule)
                .map(coverage)
        };
        for n_old in &old.networks {
            let Some(n_new) = new.networks.iter().find(|n| n.id == n_old.id) else {
                continue;
            };
            let id = n_old.id.as_str();
            // Any minute of the week staffed before and not now is a
            // weakened promise, even when the total stays the same.
            if let (Some(b), Some(a)) = (schedule(old, n_old), schedule(new, n_new))
                && let lost = b.iter().zip(&a).filter(|(was, is)| **was && !**is).count()
                && lost > 0
            {
                let field = if n_old.schedule == n_new.schedule {
                    "availability"
                } else {
                    "schedule"
                };
                let total = |c: &[bool]| c.iter().filter(|m| **m).count() as i64;
                let change = if total(&a) < total(&b) {
                    format!(
                        "from {} to {}",
                        describe_hours(total(&b)),
                        describe_hours(total(&a))
                    )
                } else {
                    format!(
                        "at other times: {} a week no longer staffed",
                        describe_hours(lost as i64).trim_end_matches(" a week")
                    )
                };
                self.promise(
                    "network",
                    id,
                    field,
                    format!("availability on network `{id}` reduced {change}"),
                );
            }
            if let (Some(b), Some(a)) = (
                minutes(n_old.response_time.as_str()),
                minutes(n_new.response_time.as_str()),
            ) && a > b
            {
                self.promise(
                    "network",
                    id,
                    "response_time",
                    format!(
                        "response time on network `{id}` lengthened from {} to {}",
                        time::format_duration(b),
                        time::format_duration(a)
                    ),
                );
            }
        }
        let deadline = |p: &Playbook, n: &Network| {
            minutes(
                p.respond_within
                    .as_ref()
                    .unwrap_or(&n.response_time)
                    .as_str(),
            )
        };
        for p_old in &old.playbooks {
            let Some(p_new) = new.playbooks.iter().find(|p| p.id == p_old.id) else {
                continue;
            };
            for n_old in old
                .networks
                .iter()
                .filter(|n| crate::replies::applies_to(p_old, n.id.as_str()))
            {
                let Some(n_new) = new.networks.iter().find(|n| n.id == n_old.id) else {
                    continue;
                };
                if !crate::replies::applies_to(p_new, n_new.id.as_str()) {
                    self.promise(
                        "playbook",
                        p_old.id.as_str(),
                        "networks",
                        format!(
                            "playbook `{}` no longer applies on network `{}`",
                            p_old.id, n_old.id
                        ),
                    );
                    continue;
                }
                // A deadline that follows the network's response time is
                // reported once, on the network.
                if p_old.respond_within.is_none() && p_new.respond_within.is_none() {
                    continue;
                }
                if let (Some(b), Some(a)) = (deadline(p_old, n_old), deadline(p_new, n_new))
                    && a > b
                {
                    self.promise("playbook", p_old.id.as_str(), "respond_within", format!(
                            "reply deadline of playbook `{}` on network `{}` lengthened from {} to {}",
                            p_old.id,
                            n_old.id,
                            time::format_duration(b),
                            time::format_duration(a)
                        ));
                }
            }
        }
        let (Some(c_old), Some(c_new)) = (&old.crisis, &new.crisis) else {
            return;
        };
        for l_old in &c_old.levels {
            let Some(l_new) = c_new.levels.iter().find(|l| l.level == l_old.level) else {
                continue;
            };
            let id = l_old.level.to_string();
            for approver in &l_old.approvers {
                if !l_new.approvers.contains(approver) {
                    self.promise(
                        "crisis level",
                        &id,
                        "approvers",
                        format!("approver `{approver}` removed from crisis level {id}"),
                    );
                }
            }
            let pairs = [
                (
                    "first response deadline",
                    "respond_within",
                    Some(&l_old.respond_within),
                    Some(&l_new.respond_within),
                ),
                (
                    "update cadence",
                    "update_every",
                    l_old.update_every.as_ref(),
                    l_new.update_every.as_ref(),
                ),
            ];
            if l_old.update_every.is_some() && l_new.update_every.is_none() {
                self.promise(
                    "crisis level",
                    &id,
                    "update_every",
                    format!("crisis level {id} no longer promises regular updates"),
                );
            }
            for (what, field, b, a) in pairs {
                let (Some(b), Some(a)) = (
                    b.and_then(|d| minutes(d.as_str())),
                    a.and_then(|d| minutes(d.as_str())),
                ) else {
                    continue;
                };
                if a > b {
                    self.promise(
                        "crisis level",
                        &id,
                        field,
                        format!(
                            "{what} of crisis level {id} lengthened from {} to {}",
                            time::format_duration(b),
                            time::format_duration(a)
                        ),
                    );
                }
            }
            if l_old.pause_scheduled_posts == Some(true)
                && l_new.pause_scheduled_posts != Some(true)
            {
                self.promise(
                    "crisis level",
                    &id,
                    "pause_scheduled_posts",
                    format!("crisis level {id} no longer pauses scheduled posts"),
                );
            }
        }
    }
}

impl Differ<'_> {
    /// Scenarios handled at a lower level, and escalation ladders that tell
    /// a role later than before, or not at all.
    fn scenarios(&mut self) {
        let (Some(c_old), Some(c_new)) = (&self.old.crisis, &self.new.crisis) else {
            return;
        };
        for s_old in &c_old.scenarios {
            let Some(s_new) = c_new.scenarios.iter().find(|s| s.id == s_old.id) else {
                continue;
            };
            let id = s_old.id.as_str();
            if s_new.level < s_old.level {
                self.promise(
                    "crisis scenario",
                    id,
                    "level",
                    format!(
                        "crisis scenario `{id}` lowered from level {} to {}",
                        s_old.level, s_new.level
                    ),
                );
            }
            let notified = |s: &crate::model::Scenario, role: &crate::model::Id| {
                s.escalation
                    .iter()
                    .filter(|e| e.notify.contains(role))
                    .filter_map(|e| minutes(e.after.as_str()))
                    .min()
            };
            let mut roles: Vec<&crate::model::Id> =
                s_old.escalation.iter().flat_map(|e| &e.notify).collect();
            roles.sort();
            roles.dedup();
            for role in roles {
                let (Some(b), a) = (notified(s_old, role), notified(s_new, role)) else {
                    continue;
                };
                let summary = match a {
                    None => format!("crisis scenario `{id}` no longer notifies `{role}`"),
                    Some(a) if a > b => format!(
                        "crisis scenario `{id}` notifies `{role}` later: T+{} instead of T+{}",
                        time::format_duration(a),
                        time::format_duration(b)
                    ),
                    Some(_) => continue,
                };
                self.promise("crisis scenario", id, "escalation", summary);
            }
        }
        for p_old in &self.old.playbooks {
            if let Some(p_new) = self.new.playbooks.iter().find(|p| p.id == p_old.id)
                && p_new.kind != p_old.kind
            {
                let kind = |p: &Playbook| crate::model::file_name(&p.kind);
                self.promise(
                    "playbook",
                    p_old.id.as_str(),
                    "kind",
                    format!(
                        "playbook `{}` no longer handles `{}` (now `{}`)",
                        p_old.id,
                        kind(p_old),
                        kind(p_new)
                    ),
                );
            }
        }
    }
}

/// The semantic diff from `old` to `new`.
pub fn diff(old: &Strategy, new: &Strategy) -> Diff {
    let mut differ = Differ {
        old,
        new,
        changes: Vec::new(),
    };
    differ.promises();
    differ.scenarios();
    differ.entities();
    let mut changes = differ.changes;
    // Breaking first, then by section and id; stable for the same input.
    changes.sort_by(|a, b| {
        (b.class, &a.section, &a.id, &a.summary).cmp(&(a.class, &b.section, &b.id, &b.summary))
    });
    Diff {
        old_version: old.version.clone(),
        new_version: new.version.clone(),
        class: changes.iter().map(|c| c.class).max(),
        changes,
    }
}

impl Diff {
    /// Markdown for a pull-request comment.
    pub fn markdown(&self, old_name: &str, new_name: &str) -> String {
        use crate::render::markdown::inline;
        let mut out = format!(
            "## Strategy changes: `{}` → `{}`\n\n",
            old_name.replace('`', "'"),
            new_name.replace('`', "'")
        );
        let count = |c: Class| self.changes.iter().filter(|x| x.class == c).count();
        match self.class {
            None => {
                out.push_str("No change in substance (formatting, comments or order only).\n");
                return out;
            }
            Some(class) => out.push_str(&format!(
                "**{}**: {} breaking, {} additive, {} wording-only. Version {} → {}.\n",
                match class {
                    Class::Breaking => "Breaking change",
                    Class::Additive => "Additive change",
                    Class::Wording => "Wording only",
                },
                count(Class::Breaking),
                count(Class::Additive),
                count(Class::Wording),
                inline(&self.old_version),
                inline(&self.new_version),
            )),
        }
        for (class, title) in [
            (Class::Breaking, "Breaking: promises weakened or removed"),
            (Class::Additive, "Additive"),
            (Class::Wording, "Wording only"),
        ] {
            let items: Vec<&Change> = self.changes.iter().filter(|c| c.class == class).collect();
            if items.is_empty() {
                continue;
            }
            out.push_str(&format!("\n### {title}\n\n"));
            for c in items {
                out.push_str(&format!("- {}\n", summary_markdown(&c.summary)));
            }
        }
        out
    }

    /// JSON for other tools.
    pub fn json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }
}
