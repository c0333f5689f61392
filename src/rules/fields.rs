//! The values that rules check wherever they sit in the strategy, found by
//! one walk: entry ids, references, dates, durations, zones and templates;
//! and every string value, for the rules that read any text.

use std::fmt::{Arguments, Write};

use serde_json::Value;

use super::templates::Origin;
use crate::model::{Date, Duration, Id, Strategy, Template, Zone};

/// A value of the strategy, by kind.
#[derive(Clone, Copy)]
pub(crate) enum Field<'a> {
    /// The id of an entry of a collection (`"network"`, `"series"`…).
    Entry(&'static str, &'a Id),
    /// A reference to an entry of a collection.
    Ref(&'static str, &'a Id),
    Date(&'a Date),
    Duration(&'a Duration),
    Zone(&'a Zone),
    Template(Origin, &'a Template),
}

type Visit<'f, 'a> = &'f mut dyn FnMut(Arguments<'_>, Field<'a>);

/// Calls `f` with every field of the strategy and its JSON pointer, section
/// by section, each list in file order. The pointer is formatted only by a
/// visit that needs it: most references resolve, and theirs are never
/// written out.
pub(crate) fn walk<'a>(s: &'a Strategy, f: Visit<'_, 'a>) {
    use Field::{Date, Duration, Entry, Ref, Template, Zone};
    f(format_args!("/timezone"), Zone(&s.timezone));
    if let Some(t) = &s.voice.sign_off {
        f(
            format_args!("/voice/sign_off"),
            Template(Origin::SignOff, t),
        );
    }
    for (i, p) in s.personas.iter().enumerate() {
        let at = format_args!("/personas/{i}");
        f(format_args!("{at}/id"), Entry("persona", &p.id));
        networks(f, at, &p.networks);
    }
    for (i, n) in s.networks.iter().enumerate() {
        let at = format_args!("/networks/{i}");
        f(format_args!("{at}/id"), Entry("network", &n.id));
        f(format_args!("{at}/schedule"), Ref("schedule", &n.schedule));
        f(
            format_args!("{at}/response_time"),
            Duration(&n.response_time),
        );
    }
    for (i, sc) in s.schedules.iter().enumerate() {
        let at = format_args!("/schedules/{i}");
        f(format_args!("{at}/id"), Entry("schedule", &sc.id));
        if let Some(z) = &sc.timezone {
            f(format_args!("{at}/timezone"), Zone(z));
        }
        for (j, d) in sc.closed.iter().enumerate() {
            f(
                format_args!("{at}/closed/{j}{}", d.date_pointer()),
                Date(d.date()),
            );
        }
        if let Some(t) = &sc.out_of_hours_reply {
            let origin = Origin::OutOfHours { schedule: i };
            f(format_args!("{at}/out_of_hours_reply"), Template(origin, t));
        }
    }
    for (i, r) in s.roles.iter().enumerate() {
        let at = format_args!("/roles/{i}");
        f(format_args!("{at}/id"), Entry("role", &r.id));
        if let Some(b) = &r.backup {
            f(format_args!("{at}/backup"), Ref("role", b));
        }
    }
    for (i, p) in s.playbooks.iter().enumerate() {
        let at = format_args!("/playbooks/{i}");
        f(format_args!("{at}/id"), Entry("playbook", &p.id));
        networks(f, at, p.networks.iter().flatten());
        f(format_args!("{at}/owner"), Ref("role", &p.owner));
        if let Some(e) = &p.escalate_to {
            f(format_args!("{at}/escalate_to"), Ref("role", e));
        }
        if let Some(d) = &p.respond_within {
            f(format_args!("{at}/respond_within"), Duration(d));
        }
        for (reply, r) in p.replies.iter().enumerate() {
            let at = format_args!("{at}/replies/{reply}");
            networks(f, at, r.networks.iter().flatten());
            let origin = Origin::Reply { playbook: i, reply };
            f(format_args!("{at}/text"), Template(origin, &r.text));
        }
    }
    if let Some(c) = &s.crisis {
        for (i, l) in c.levels.iter().enumerate() {
            let at = format_args!("/crisis/levels/{i}");
            f(
                format_args!("{at}/respond_within"),
                Duration(&l.respond_within),
            );
            if let Some(d) = &l.update_every {
                f(format_args!("{at}/update_every"), Duration(d));
            }
            refs(f, format_args!("{at}/approvers"), "role", &l.approvers);
            let statement = Origin::Statement { level: i };
            if let Some(t) = &l.update_template {
                f(format_args!("{at}/update_template"), Template(statement, t));
            }
            if let Some(t) = &l.resolution_template {
                f(
                    format_args!("{at}/resolution_template"),
                    Template(statement, t),
                );
            }
        }
        for (i, sc) in c.scenarios.iter().enumerate() {
            let at = format_args!("/crisis/scenarios/{i}");
            f(format_args!("{at}/id"), Entry("scenario", &sc.id));
            f(format_args!("{at}/owner"), Ref("role", &sc.owner));
            networks(f, at, sc.networks.iter().flatten());
            let holding = Template(Origin::Holding { scenario: i }, &sc.holding_statement);
            f(format_args!("{at}/holding_statement"), holding);
            for (j, e) in sc.escalation.iter().enumerate() {
                let step = format_args!("{at}/escalation/{j}");
                f(format_args!("{step}/after"), Duration(&e.after));
                refs(f, format_args!("{step}/notify"), "role", &e.notify);
                if let Some(d) = &e.respond_within {
                    f(format_args!("{step}/respond_within"), Duration(d));
                }
            }
        }
    }
    if let Some(c) = &s.calendar {
        for (i, se) in c.series.iter().enumerate() {
            let at = format_args!("/calendar/series/{i}");
            f(format_args!("{at}/id"), Entry("series", &se.id));
            networks(f, at, &se.networks);
            if let Some(d) = &se.duration {
                f(format_args!("{at}/duration"), Duration(d));
            }
            if let Some(z) = &se.timezone {
                f(format_args!("{at}/timezone"), Zone(z));
            }
            f(format_args!("{at}/starts"), Date(&se.starts));
            if let Some(d) = &se.until {
                f(format_args!("{at}/until"), Date(d));
            }
            if let Some(o) = &se.owner {
                f(format_args!("{at}/owner"), Ref("role", o));
            }
            if let Some(p) = &se.persona {
                f(format_args!("{at}/persona"), Ref("persona", p));
            }
        }
        for (i, ev) in c.events.iter().enumerate() {
            let at = format_args!("/calendar/events/{i}");
            f(format_args!("{at}/id"), Entry("event", &ev.id));
            f(format_args!("{at}/date"), Date(&ev.date));
            if let Some(d) = &ev.duration {
                f(format_args!("{at}/duration"), Duration(d));
            }
            networks(f, at, &ev.networks);
            if let Some(o) = &ev.owner {
                f(format_args!("{at}/owner"), Ref("role", o));
            }
        }
        for (i, b) in c.blackouts.iter().enumerate() {
            let at = format_args!("/calendar/blackouts/{i}");
            f(format_args!("{at}/from"), Date(&b.from));
            f(format_args!("{at}/to"), Date(&b.to));
            networks(f, at, b.networks.iter().flatten());
        }
    }
    for (i, m) in s.metrics.iter().enumerate() {
        let at = format_args!("/metrics/{i}");
        f(format_args!("{at}/id"), Entry("metric", &m.id));
        networks(f, at, m.networks.iter().flatten());
        f(format_args!("{at}/owner"), Ref("role", &m.owner));
    }
}

/// The references of a list to entries of `target`, under `list`.
fn refs<'a>(
    f: Visit<'_, 'a>,
    list: Arguments<'_>,
    target: &'static str,
    ids: impl IntoIterator<Item = &'a Id>,
) {
    for (j, id) in ids.into_iter().enumerate() {
        f(format_args!("{list}/{j}"), Field::Ref(target, id));
    }
}

/// The references of the `networks` list under `at`.
fn networks<'a>(f: Visit<'_, 'a>, at: Arguments<'_>, ids: impl IntoIterator<Item = &'a Id>) {
    refs(f, format_args!("{at}/networks"), "network", ids);
}

/// Calls `f` with every string value of the strategy and its JSON pointer.
/// The model as serde writes it has the file's shape: the schema is
/// generated from the model, which refuses unknown keys; each value that
/// has a syntax of its own is written back as its text.
pub(crate) fn strings(s: &Strategy, f: &mut dyn FnMut(&str, &str)) {
    // Plain structs, lists and strings: serialising them cannot fail.
    let Ok(value) = serde_json::to_value(s) else {
        return;
    };
    strings_in(&value, &mut String::new(), f);
}

/// The strings under `value`, whose pointer is `pointer`. The model is a
/// few levels deep, so the recursion is too.
fn strings_in(value: &Value, pointer: &mut String, f: &mut dyn FnMut(&str, &str)) {
    let len = pointer.len();
    match value {
        Value::String(text) => f(pointer, text),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let _ = write!(pointer, "/{i}"); // writing to a String cannot fail
                strings_in(item, pointer, f);
                pointer.truncate(len);
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                pointer.push('/');
                pointer.push_str(&key.replace('~', "~0").replace('/', "~1"));
                strings_in(item, pointer, f);
                pointer.truncate(len);
            }
        }
        _ => {}
    }
}
