//! Calendars for properties 3 and 4: series, events and blackouts around
//! clock changes, and the plan of what the generated file asks for.

use commstrat::render::calendar::Window;
use jiff::ToSpan;
use jiff::civil::Date;
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::{Index, select};
use toml::{Table, Value};

use super::{EXAMPLES, example_table, nasty_text};

/// Anchors that put series, blackouts and windows around clock changes,
/// each with the zone that changes there: New York and Paris in spring and
/// autumn, Lord Howe's half hour, Havana's change at midnight, Samoa
/// skipping the whole of 2011-12-30; and a leap day and a quiet week.
const ANCHORS: [((i16, i8, i8), &str); 9] = [
    ((2026, 3, 8), "America/New_York"),
    ((2026, 11, 1), "America/New_York"),
    ((2026, 3, 29), "Europe/Paris"),
    ((2026, 10, 25), "Europe/Paris"),
    ((2026, 10, 4), "Australia/Lord_Howe"),
    ((2026, 3, 8), "America/Havana"),
    ((2011, 12, 30), "Pacific/Apia"),
    ((2028, 2, 29), "Asia/Kolkata"),
    ((2026, 6, 15), "Europe/London"),
];

/// Which zone an entry uses.
#[derive(Debug, Clone, Copy)]
pub(super) enum ZoneChoice {
    /// No `timezone` key: the strategy's.
    Default,
    /// The zone of the case's anchor.
    Anchor,
    /// Any zone of the anchors.
    Other(usize),
}

fn zone_choice() -> impl Strategy<Value = ZoneChoice> {
    prop_oneof![
        2 => Just(ZoneChoice::Default),
        3 => Just(ZoneChoice::Anchor),
        1 => (0..ANCHORS.len()).prop_map(ZoneChoice::Other),
    ]
}

fn zone_name(choice: ZoneChoice, anchor: usize) -> Option<&'static str> {
    match choice {
        ZoneChoice::Default => None,
        ZoneChoice::Anchor => Some(ANCHORS[anchor].1),
        ZoneChoice::Other(i) => Some(ANCHORS[i].1),
    }
}

const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

#[derive(Debug, Clone)]
pub(super) enum Every {
    Day,
    /// Single weekdays or ranges (first, last), wrapping after Sunday.
    Week(Vec<(usize, usize)>),
    /// Day numbers (`Ok`) or nth weekdays (`Err((n, day))`, n = -1 for last).
    Month(Vec<Result<i8, (i8, usize)>>),
}

#[derive(Debug, Clone)]
pub(super) struct SeriesSpec {
    pub(super) title: String,
    pub(super) brief: Option<String>,
    pub(super) every: Every,
    pub(super) interval: Option<i64>,
    /// Write a one-element `on` or `at` as a bare value.
    pub(super) bare: bool,
    pub(super) at: Vec<(i8, i8)>,
    pub(super) zone: ZoneChoice,
    pub(super) starts: i64,
    pub(super) length: Option<i64>,
    pub(super) networks: Vec<Index>,
}

#[derive(Debug, Clone)]
pub(super) struct EventSpec {
    pub(super) title: String,
    pub(super) brief: Option<String>,
    pub(super) day: i64,
    pub(super) at: Option<(i8, i8)>,
    pub(super) networks: Vec<Index>,
}

#[derive(Debug, Clone)]
pub(super) struct BlackoutSpec {
    pub(super) from: i64,
    pub(super) length: i64,
    pub(super) networks: Option<Vec<Index>>,
}

#[derive(Debug, Clone)]
pub(super) struct CalendarCase {
    pub(super) example: usize,
    pub(super) anchor: usize,
    pub(super) name: Option<String>,
    /// The strategy's own `timezone` (events and default for series).
    pub(super) zone: ZoneChoice,
    pub(super) series: Vec<SeriesSpec>,
    pub(super) events: Vec<EventSpec>,
    pub(super) blackouts: Vec<BlackoutSpec>,
    /// The window's first and last day, from the anchor (in either order).
    pub(super) window: (i64, i64),
}

fn wall_time() -> impl Strategy<Value = (i8, i8)> {
    prop_oneof![
        2 => (0i8..24, select(vec![0i8, 15, 30, 45, 59])),
        1 => select(vec![(2i8, 30i8), (2, 0), (0, 0), (0, 30), (1, 30), (23, 30), (3, 0)]),
    ]
}

fn every() -> impl Strategy<Value = Every> {
    let weekdays = vec(
        prop_oneof![(0..7usize).prop_map(|d| (d, d)), (0..7usize, 0..7usize)],
        1..3,
    );
    let month_days = vec(
        prop_oneof![
            (1i8..=31).prop_map(Ok),
            (select(vec![1i8, 2, 3, 4, -1]), 0..7usize).prop_map(Err),
        ],
        1..3,
    );
    prop_oneof![
        Just(Every::Day),
        weekdays.prop_map(Every::Week),
        month_days.prop_map(Every::Month),
    ]
}

/// Days from the anchor: often right around it, where the clocks change.
fn near_anchor() -> impl Strategy<Value = i64> {
    prop_oneof![-3i64..=3, -40i64..40]
}

fn networks() -> impl Strategy<Value = Vec<Index>> {
    vec(any::<Index>(), 1..4)
}

fn series_spec() -> impl Strategy<Value = SeriesSpec> {
    (
        (
            nasty_text(24),
            proptest::option::of(nasty_text(24)),
            every(),
        ),
        (
            proptest::option::of(prop_oneof![4 => 1i64..=4, 1 => 5i64..=13]),
            any::<bool>(),
            vec(wall_time(), 1..4),
        ),
        (
            zone_choice(),
            -60i64..30,
            proptest::option::weighted(0.5, 0i64..400),
            networks(),
        ),
    )
        .prop_map(
            |((title, brief, every), (interval, bare, at), (zone, starts, length, networks))| {
                SeriesSpec {
                    title,
                    brief,
                    every,
                    interval,
                    bare,
                    at,
                    zone,
                    starts,
                    length,
                    networks,
                }
            },
        )
}

fn event_spec() -> impl Strategy<Value = EventSpec> {
    (
        nasty_text(24),
        proptest::option::of(nasty_text(24)),
        near_anchor(),
        proptest::option::of(wall_time()),
        networks(),
    )
        .prop_map(|(title, brief, day, at, networks)| EventSpec {
            title,
            brief,
            day,
            at,
            networks,
        })
}

fn blackout_spec() -> impl Strategy<Value = BlackoutSpec> {
    (
        near_anchor(),
        prop_oneof![0i64..3, 0i64..10],
        proptest::option::weighted(0.6, networks()),
    )
        .prop_map(|(from, length, networks)| BlackoutSpec {
            from,
            length,
            networks,
        })
}

pub(super) fn calendar_case() -> impl Strategy<Value = CalendarCase> {
    (
        (0..EXAMPLES.len(), 0..ANCHORS.len(), zone_choice()),
        proptest::option::weighted(
            0.3,
            nasty_text(12).prop_filter("a name", |n| !n.trim().is_empty()),
        ),
        vec(series_spec(), 1..4),
        vec(event_spec(), 0..3),
        vec(blackout_spec(), 0..4),
        (near_anchor(), near_anchor()),
    )
        .prop_map(
            |((example, anchor, zone), name, series, events, blackouts, window)| CalendarCase {
                example,
                anchor,
                name,
                zone,
                series,
                events,
                blackouts,
                window,
            },
        )
}

/// A case with its dates and networks resolved: what the file says.
#[derive(Debug)]
pub(super) struct Plan {
    pub(super) text: String,
    pub(super) strategy_id: String,
    pub(super) name: String,
    pub(super) window: Window,
    pub(super) series: Vec<PlanSeries>,
    pub(super) events: Vec<PlanEvent>,
    pub(super) blackouts: Vec<(Date, Date, Option<Vec<String>>)>,
}

#[derive(Debug)]
pub(super) struct PlanSeries {
    pub(super) spec: SeriesSpec,
    pub(super) starts: Date,
    pub(super) until: Option<Date>,
    pub(super) networks: Vec<String>,
}

#[derive(Debug)]
pub(super) struct PlanEvent {
    pub(super) spec: EventSpec,
    pub(super) date: Date,
    pub(super) networks: Vec<String>,
}

pub(super) fn day(anchor: Date, offset: i64) -> Date {
    anchor
        .checked_add(offset.days())
        .expect("the date is in range")
}

fn toml_date(d: Date) -> Value {
    Value::Datetime(d.to_string().parse().expect("a TOML date"))
}

fn hhmm((h, m): (i8, i8)) -> String {
    format!("{h:02}:{m:02}")
}

fn pick(ids: &[String], picks: &[Index]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for p in picks {
        let id = &ids[p.index(ids.len())];
        if !out.contains(id) {
            out.push(id.clone());
        }
    }
    out
}

fn strings(items: &[String]) -> Value {
    Value::Array(items.iter().cloned().map(Value::String).collect())
}

fn one_or_many(mut items: Vec<Value>, bare: bool) -> Value {
    if bare && items.len() == 1 {
        items.remove(0)
    } else {
        Value::Array(items)
    }
}

pub(super) fn plan(case: &CalendarCase) -> Plan {
    let mut doc = example_table(case.example);
    if let Some(name) = &case.name {
        doc.insert("name".into(), Value::String(name.clone()));
    }
    if let Some(zone) = zone_name(case.zone, case.anchor) {
        doc.insert("timezone".into(), Value::String(zone.into()));
    }
    let ids: Vec<String> = doc["networks"]
        .as_array()
        .expect("networks")
        .iter()
        .map(|n| n["id"].as_str().expect("an id").to_string())
        .collect();
    let ((y, m, d), _) = ANCHORS[case.anchor];
    let anchor = jiff::civil::date(y, m, d);
    let series: Vec<PlanSeries> = case
        .series
        .iter()
        .map(|s| {
            let starts = day(anchor, s.starts);
            PlanSeries {
                spec: s.clone(),
                starts,
                until: s.length.map(|l| day(starts, l)),
                networks: pick(&ids, &s.networks),
            }
        })
        .collect();
    let events: Vec<PlanEvent> = case
        .events
        .iter()
        .map(|e| PlanEvent {
            spec: e.clone(),
            date: day(anchor, e.day),
            networks: pick(&ids, &e.networks),
        })
        .collect();
    let blackouts: Vec<(Date, Date, Option<Vec<String>>)> = case
        .blackouts
        .iter()
        .map(|b| {
            let from = day(anchor, b.from);
            (
                from,
                day(from, b.length),
                b.networks.as_ref().map(|n| pick(&ids, n)),
            )
        })
        .collect();

    let mut calendar = Table::new();
    let series_values = series
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let mut t = Table::new();
            t.insert("id".into(), Value::String(format!("s{i}")));
            t.insert("title".into(), Value::String(s.spec.title.clone()));
            t.insert("practice".into(), Value::String("other".into()));
            t.insert("networks".into(), strings(&s.networks));
            let (every, on) = match &s.spec.every {
                Every::Day => ("day", None),
                Every::Week(days) => (
                    "week",
                    Some(
                        days.iter()
                            .map(|&(a, b)| {
                                Value::String(if a == b {
                                    DAYS[a].to_string()
                                } else {
                                    format!("{}-{}", DAYS[a], DAYS[b])
                                })
                            })
                            .collect(),
                    ),
                ),
                Every::Month(days) => (
                    "month",
                    Some(
                        days.iter()
                            .map(|d| match d {
                                Ok(n) => Value::Integer(i64::from(*n)),
                                Err((n, w)) => {
                                    let nth = match n {
                                        1 => "1st",
                                        2 => "2nd",
                                        3 => "3rd",
                                        4 => "4th",
                                        _ => "last",
                                    };
                                    Value::String(format!("{nth}-{}", DAYS[*w]))
                                }
                            })
                            .collect(),
                    ),
                ),
            };
            t.insert("every".into(), Value::String(every.into()));
            if let Some(interval) = s.spec.interval {
                t.insert("interval".into(), Value::Integer(interval));
            }
            if let Some(on) = on {
                t.insert("on".into(), one_or_many(on, s.spec.bare));
            }
            let at = s.spec.at.iter().map(|&t| Value::String(hhmm(t))).collect();
            t.insert("at".into(), one_or_many(at, s.spec.bare));
            if let Some(zone) = zone_name(s.spec.zone, case.anchor) {
                t.insert("timezone".into(), Value::String(zone.into()));
            }
            t.insert("starts".into(), toml_date(s.starts));
            if let Some(until) = s.until {
                t.insert("until".into(), toml_date(until));
            }
            if let Some(brief) = &s.spec.brief {
                t.insert("brief".into(), Value::String(brief.clone()));
            }
            Value::Table(t)
        })
        .collect();
    calendar.insert("series".into(), Value::Array(series_values));
    if !events.is_empty() {
        let values = events
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let mut t = Table::new();
                t.insert("id".into(), Value::String(format!("e{i}")));
                t.insert("title".into(), Value::String(e.spec.title.clone()));
                t.insert("date".into(), toml_date(e.date));
                if let Some(at) = e.spec.at {
                    t.insert("at".into(), Value::String(hhmm(at)));
                }
                t.insert("networks".into(), strings(&e.networks));
                t.insert("practice".into(), Value::String("other".into()));
                if let Some(brief) = &e.spec.brief {
                    t.insert("brief".into(), Value::String(brief.clone()));
                }
                Value::Table(t)
            })
            .collect();
        calendar.insert("events".into(), Value::Array(values));
    }
    if !blackouts.is_empty() {
        let values = blackouts
            .iter()
            .enumerate()
            .map(|(i, (from, to, networks))| {
                let mut t = Table::new();
                t.insert("from".into(), toml_date(*from));
                t.insert("to".into(), toml_date(*to));
                t.insert("reason".into(), Value::String(format!("blackout {i}")));
                if let Some(networks) = networks {
                    t.insert("networks".into(), strings(networks));
                }
                Value::Table(t)
            })
            .collect();
        calendar.insert("blackouts".into(), Value::Array(values));
    }
    doc.insert("calendar".into(), Value::Table(calendar));

    let (a, b) = case.window;
    let from = day(anchor, a.min(b));
    Plan {
        text: toml::to_string(&doc).expect("the document serializes"),
        strategy_id: doc["id"].as_str().expect("an id").to_string(),
        name: doc["name"].as_str().expect("a name").to_string(),
        window: Window {
            from,
            to: day(anchor, a.max(b)),
        },
        series,
        events,
        blackouts,
    }
}
