//! Calendar expansion with arbitrary series, events and blackouts over
//! arbitrary windows.
//!
//! The input is decoded with `arbitrary` into `Input`: a valid example
//! strategy to start from, an optional new top-level `timezone`, whether to
//! drop the example's own series / events / blackouts, up to 4 series, 4
//! events and 3 blackouts (dates, times, intervals, units, `on` days, zones,
//! durations, networks and owners taken from the example), and a window
//! (`--from`, and `--weeks` or `--to`, or neither: 4 weeks).
//!
//! The entries are written into the parsed `toml::Table` of the example,
//! which is re-serialized and validated like `commstrat check`. As in
//! `commstrat render calendar`, only a strategy without errors is expanded;
//! then the calendar is produced in every format: Markdown, ICS, CSV, JSON
//! and the Sprout Social CSV profile (both date orders).
//!
//! Rendered windows are bounded (at most ~2 years) so that a run measures
//! the code, not the size of the output a user asked for. Wide windows (up
//! to 40,000 days, past the limit) are only expanded: the limits of issue
//! 16 (window, occurrences) hold or the expansion stops with an error.
//!
//! Oracles besides "no panic / hang / OOM": the JSON is valid JSON; every
//! ICS physical line is at most 75 octets and ends in CRLF; every
//! occurrence's date is inside the window (as `expand` documents); no series
//! occurrence falls in a blackout of its network; UIDs are unique within one
//! export.
#![no_main]

use std::collections::BTreeSet;

use commstrat::diagnostic::Summary;
use commstrat::render::{self, Overrides, calendar};
use libfuzzer_sys::arbitrary::{self, Arbitrary};
use libfuzzer_sys::fuzz_target;
use toml::value::{Date as TomlDate, Datetime};
use toml::{Table, Value};

const EXAMPLES: [&str; 4] = [
    include_str!("../../strategies/northwind-outdoor.toml"),
    include_str!("../../strategies/boulangerie-lumiere.toml"),
    include_str!("../../strategies/souq-alnakhil.toml"),
    commstrat::STARTER,
];

/// Zones with unusual rules: 30-minute and negative DST, skipped days,
/// +14:00, DST at midnight, no DST at all.
const ZONES: [&str; 20] = [
    "UTC",
    "Europe/London",
    "Europe/Paris",
    "America/New_York",
    "America/Denver",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
    "Pacific/Apia",
    "Pacific/Kiritimati",
    "Africa/Casablanca",
    "Europe/Dublin",
    "America/Santiago",
    "America/Havana",
    "Asia/Tehran",
    "Asia/Kolkata",
    "America/St_Johns",
    "Antarctica/Troll",
    "Asia/Riyadh",
    "Etc/GMT+12",
    "America/Sao_Paulo",
];

const PRACTICES: [&str; 9] = [
    "welcome",
    "current-affairs",
    "humor",
    "question",
    "poll",
    "behind-the-scenes",
    "product",
    "results-review",
    "other",
];

const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const NTH: [&str; 5] = ["1st", "2nd", "3rd", "4th", "last"];
const SPECIAL_TIMES: [&str; 8] = [
    "00:00", "23:59", "02:30", "01:30", "03:00", "24:00", "2:30", "12:00",
];

#[derive(Arbitrary, Debug)]
struct DateIn {
    /// Any year 0–9999 instead of 2020–2034.
    wide: bool,
    year: u16,
    month: u8,
    day: u8,
}

impl DateIn {
    fn parts(&self) -> (u16, u8, u8) {
        let year = if self.wide {
            self.year % 10_000
        } else {
            2020 + self.year % 15
        };
        (year, 1 + self.month % 12, 1 + self.day % 31)
    }

    /// A TOML local date. The day is clamped into the month: the `toml`
    /// serializer refuses 2026-04-31, so an impossible date cannot be written
    /// as a TOML date at all (the check target covers that case).
    fn toml(&self) -> Value {
        let date = self.jiff();
        Value::Datetime(Datetime {
            date: Some(TomlDate {
                year: date.year() as u16,
                month: date.month() as u8,
                day: date.day() as u8,
            }),
            time: None,
            offset: None,
        })
    }

    /// A real date for the window, the day clamped into the month.
    fn jiff(&self) -> jiff::civil::Date {
        let (year, month, day) = self.parts();
        let (year, month) = (i16::try_from(year).unwrap_or(2026), month as i8);
        (1..=day as i8)
            .rev()
            .find_map(|d| jiff::civil::Date::new(year, month, d).ok())
            .unwrap_or_else(|| jiff::civil::date(2026, 1, 1))
    }
}

#[derive(Arbitrary, Debug)]
enum TimeIn {
    Valid(u8, u8),
    Special(u8),
    Raw(String),
}

impl TimeIn {
    fn text(&self) -> String {
        match self {
            TimeIn::Valid(h, m) => format!("{:02}:{:02}", h % 24, m % 60),
            TimeIn::Special(i) => SPECIAL_TIMES[usize::from(*i) % SPECIAL_TIMES.len()].to_string(),
            TimeIn::Raw(s) => s.chars().take(8).collect(),
        }
    }
}

#[derive(Arbitrary, Debug)]
enum DurationIn {
    Units(Vec<(u32, u8)>),
    Raw(String),
}

impl DurationIn {
    fn text(&self) -> String {
        match self {
            DurationIn::Units(parts) => parts
                .iter()
                .take(4)
                .map(|(n, u)| format!("{n}{}", ['d', 'h', 'm'][usize::from(*u) % 3]))
                .collect(),
            DurationIn::Raw(s) => s.chars().take(24).collect(),
        }
    }
}

#[derive(Arbitrary, Debug)]
enum ZoneIn {
    Known(u8),
    Raw(String),
}

impl ZoneIn {
    fn text(&self) -> String {
        match self {
            ZoneIn::Known(i) => ZONES[usize::from(*i) % ZONES.len()].to_string(),
            ZoneIn::Raw(s) => s.chars().take(40).collect(),
        }
    }
}

#[derive(Arbitrary, Debug)]
enum OnIn {
    Number(u8),
    Weekday(u8),
    Range(u8, u8),
    Nth(u8, u8),
    Raw(String),
}

impl OnIn {
    fn toml(&self) -> Value {
        let day = |i: &u8| WEEKDAYS[usize::from(*i) % 7];
        match self {
            OnIn::Number(n) => Value::Integer(i64::from(*n % 33)),
            OnIn::Weekday(d) => Value::String(day(d).into()),
            OnIn::Range(a, b) => Value::String(format!("{}-{}", day(a), day(b))),
            OnIn::Nth(n, d) => Value::String(format!("{}-{}", NTH[usize::from(*n) % 5], day(d))),
            OnIn::Raw(s) => Value::String(s.chars().take(12).collect()),
        }
    }
}

#[derive(Arbitrary, Debug)]
enum IntervalIn {
    Small(u8),
    Any(i64),
}

#[derive(Arbitrary, Debug)]
struct SeriesIn {
    /// Bit mask over the example's networks (none set: the first).
    networks: u8,
    /// day, week, month (or, rarely, something else).
    every: u8,
    interval: Option<IntervalIn>,
    on: Option<Vec<OnIn>>,
    /// `on` as a single value rather than a list.
    on_single: bool,
    at: Vec<TimeIn>,
    /// `at` as a single value rather than a list.
    at_single: bool,
    duration: Option<DurationIn>,
    timezone: Option<ZoneIn>,
    starts: DateIn,
    until: Option<DateIn>,
    owner: Option<u8>,
    practice: u8,
    title: String,
    brief: Option<String>,
}

#[derive(Arbitrary, Debug)]
struct EventIn {
    date: DateIn,
    at: Option<TimeIn>,
    duration: Option<DurationIn>,
    networks: u8,
    practice: u8,
    owner: Option<u8>,
    title: String,
    brief: Option<String>,
}

#[derive(Arbitrary, Debug)]
struct BlackoutIn {
    from: DateIn,
    to: DateIn,
    networks: Option<u8>,
}

#[derive(Arbitrary, Debug)]
enum Extent {
    /// Neither `--weeks` nor `--to`: 4 weeks.
    Default,
    /// `--weeks N`, N < 110.
    Weeks(u8),
    /// `--to` this many days after (or before) `--from`, |days| < 800.
    To(i16),
    /// `--to` up to 40,000 days after `--from`, past the 36,400-day limit:
    /// only expanded, to check the limits (issue 16), never rendered.
    Wide(u16),
}

#[derive(Arbitrary, Debug)]
struct Input {
    example: u8,
    timezone: Option<ZoneIn>,
    /// Bit 0: drop the example's series; bit 1: its events; bit 2: its blackouts.
    drop: u8,
    series: Vec<SeriesIn>,
    events: Vec<EventIn>,
    blackouts: Vec<BlackoutIn>,
    from: DateIn,
    extent: Extent,
}

fn ids(strategy: &Table, key: &str) -> Vec<String> {
    strategy
        .get(key)
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|t| t.get("id").and_then(Value::as_str).map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

fn pick_networks(mask: u8, networks: &[String]) -> Value {
    let mut chosen: Vec<Value> = networks
        .iter()
        .enumerate()
        .filter(|(i, _)| *i < 8 && mask & (1 << i) != 0)
        .map(|(_, n)| Value::String(n.clone()))
        .collect();
    if chosen.is_empty() {
        chosen.push(Value::String(networks[0].clone()));
    }
    Value::Array(chosen)
}

fn text(s: &str, max: usize) -> Value {
    Value::String(s.chars().take(max).collect())
}

fn build(input: &Input) -> Table {
    let mut strategy: Table = EXAMPLES[usize::from(input.example) % EXAMPLES.len()]
        .parse()
        .expect("the examples parse");
    let networks = ids(&strategy, "networks");
    let roles = ids(&strategy, "roles");
    if let Some(zone) = &input.timezone {
        strategy.insert("timezone".into(), Value::String(zone.text()));
    }
    let role =
        |i: &Option<u8>| i.and_then(|i| roles.get(usize::from(i) % roles.len().max(1)).cloned());

    let mut series = Vec::new();
    for (n, s) in input.series.iter().take(4).enumerate() {
        let mut t = Table::new();
        t.insert("id".into(), Value::String(format!("fuzz-series-{n}")));
        t.insert("title".into(), text(&s.title, 60));
        t.insert(
            "practice".into(),
            Value::String(PRACTICES[usize::from(s.practice) % 9].into()),
        );
        t.insert("networks".into(), pick_networks(s.networks, &networks));
        let every = match s.every {
            255 => "year",
            e => ["day", "week", "month"][usize::from(e % 3)],
        };
        t.insert("every".into(), Value::String(every.into()));
        if let Some(interval) = &s.interval {
            let v = match interval {
                IntervalIn::Small(i) => i64::from(*i),
                IntervalIn::Any(i) => *i,
            };
            t.insert("interval".into(), Value::Integer(v));
        }
        if let Some(on) = &s.on {
            let mut days: Vec<Value> = on.iter().take(5).map(OnIn::toml).collect();
            if s.on_single && days.len() == 1 {
                t.insert("on".into(), days.remove(0));
            } else {
                t.insert("on".into(), Value::Array(days));
            }
        }
        let mut at: Vec<Value> =
            s.at.iter()
                .take(3)
                .map(|a| Value::String(a.text()))
                .collect();
        if at.is_empty() {
            at.push(Value::String("09:00".into()));
        }
        if s.at_single && at.len() == 1 {
            t.insert("at".into(), at.remove(0));
        } else {
            t.insert("at".into(), Value::Array(at));
        }
        if let Some(d) = &s.duration {
            t.insert("duration".into(), Value::String(d.text()));
        }
        if let Some(z) = &s.timezone {
            t.insert("timezone".into(), Value::String(z.text()));
        }
        t.insert("starts".into(), s.starts.toml());
        if let Some(u) = &s.until {
            t.insert("until".into(), u.toml());
        }
        if let Some(owner) = role(&s.owner) {
            t.insert("owner".into(), Value::String(owner));
        }
        if let Some(b) = &s.brief {
            t.insert("brief".into(), text(b, 200));
        }
        series.push(Value::Table(t));
    }

    let mut events = Vec::new();
    for (n, e) in input.events.iter().take(4).enumerate() {
        let mut t = Table::new();
        t.insert("id".into(), Value::String(format!("fuzz-event-{n}")));
        t.insert("title".into(), text(&e.title, 60));
        t.insert("date".into(), e.date.toml());
        if let Some(at) = &e.at {
            t.insert("at".into(), Value::String(at.text()));
        }
        if let Some(d) = &e.duration {
            t.insert("duration".into(), Value::String(d.text()));
        }
        t.insert("networks".into(), pick_networks(e.networks, &networks));
        t.insert(
            "practice".into(),
            Value::String(PRACTICES[usize::from(e.practice) % 9].into()),
        );
        if let Some(owner) = role(&e.owner) {
            t.insert("owner".into(), Value::String(owner));
        }
        if let Some(b) = &e.brief {
            t.insert("brief".into(), text(b, 200));
        }
        events.push(Value::Table(t));
    }

    let mut blackouts = Vec::new();
    for b in input.blackouts.iter().take(3) {
        let mut t = Table::new();
        t.insert("from".into(), b.from.toml());
        t.insert("to".into(), b.to.toml());
        t.insert("reason".into(), Value::String("fuzz".into()));
        if let Some(mask) = b.networks {
            t.insert("networks".into(), pick_networks(mask, &networks));
        }
        blackouts.push(Value::Table(t));
    }

    let calendar = strategy
        .entry("calendar")
        .or_insert_with(|| Value::Table(Table::new()))
        .as_table_mut()
        .expect("calendar is a table");
    for (bit, key, new) in [
        (1, "series", series),
        (2, "events", events),
        (4, "blackouts", blackouts),
    ] {
        let list = calendar
            .entry(key)
            .or_insert_with(|| Value::Array(Vec::new()))
            .as_array_mut()
            .expect("a calendar list");
        if input.drop & bit != 0 {
            list.clear();
        }
        list.extend(new);
        if list.is_empty() {
            calendar.remove(key);
        }
    }
    strategy
}

fuzz_target!(|input: Input| {
    let strategy = build(&input);
    let text = toml::to_string(&strategy).expect("a toml::Table serializes");
    let (report, model) = commstrat::validate("fuzz.toml", text.into_bytes());
    // Like `render calendar`: a strategy with errors is not rendered.
    let Some(model) = model else { return };
    if Summary::of(&[report]).errors > 0 {
        return;
    }

    let from = input.from.jiff();
    let (to, weeks) = match input.extent {
        Extent::Default => (None, None),
        Extent::Weeks(w) => (None, Some(u32::from(w % 110))),
        Extent::To(days) => (
            from.checked_add(jiff::Span::new().days(i64::from(days % 800)))
                .ok(),
            None,
        ),
        Extent::Wide(days) => (
            from.checked_add(jiff::Span::new().days(i64::from(days % 40_000)))
                .ok(),
            None,
        ),
    };
    let Ok(window) = calendar::window(from, to, weeks) else {
        return;
    };
    // A window is never wider than the limit, and expansion stays within
    // its occurrence limit or stops with an error.
    let days = window.from.until(window.to).map_or(0, |s| i64::from(s.get_days()) + 1);
    assert!(days <= calendar::MAX_WINDOW_DAYS, "a window of {days} days was accepted");
    if let Extent::Wide(_) = input.extent {
        if let Ok(occurrences) = calendar::expand(&model, window) {
            assert!(occurrences.len() <= calendar::MAX_OCCURRENCES);
        }
        return;
    }
    // Past a limit of expansion the render stops with an error, not a panic.
    let Ok(occurrences) = calendar::expand(&model, window) else {
        return;
    };

    let mut uids = BTreeSet::new();
    for o in &occurrences {
        let date: jiff::civil::Date = o.date.parse().expect("an occurrence's date parses");
        assert!(
            window.from <= date && date <= window.to,
            "occurrence {} ({} {:?} {}, shifted from {:?}) is outside the window {}..={}",
            o.uid,
            o.date,
            o.local_time,
            o.zone,
            o.shifted_from,
            window.from,
            window.to
        );
        assert!(uids.insert(o.uid.as_str()), "UID {} appears twice", o.uid);
        // No series occurrence is published inside a blackout on its network
        // (one-off events stay: `check` warns about them).
        if o.kind == "series" {
            let blackouts = model.calendar.iter().flat_map(|c| &c.blackouts);
            for b in blackouts {
                let on_network = b
                    .networks
                    .as_ref()
                    .is_none_or(|ns| ns.iter().any(|n| n.as_str() == o.network));
                let (Ok(first), Ok(last)) = (
                    b.from.as_str().parse::<jiff::civil::Date>(),
                    b.to.as_str().parse::<jiff::civil::Date>(),
                ) else {
                    continue;
                };
                assert!(
                    !(on_network && first <= date && date <= last),
                    "series occurrence {} on {} is inside the blackout {first}..={last}",
                    o.uid,
                    o.date
                );
            }
        }
    }

    let _ = render::calendar_markdown(&model, window, &occurrences, &Overrides::default())
        .unwrap_or_else(|e| panic!("a valid strategy's calendar does not render: {e}"));

    // DTSTAMP as the CLI computes it without SOURCE_DATE_EPOCH.
    if let Ok(stamp) = from
        .to_zoned(jiff::tz::TimeZone::UTC)
        .map(|z| z.timestamp())
    {
        let ics = calendar::to_ics(&model, &occurrences, stamp);
        assert!(ics.ends_with("\r\n"), "ICS does not end in CRLF");
        for line in ics.split_terminator("\r\n") {
            assert!(
                line.len() <= 75,
                "ICS line of {} octets: {line:?}",
                line.len()
            );
            assert!(
                !line.contains(['\r', '\n']),
                "ICS line with a bare line break: {line:?}"
            );
        }
    }

    let _ = calendar::to_csv(&occurrences);

    let json = calendar::to_json(&model, window, &occurrences);
    if let Err(e) = serde_json::from_str::<serde_json::Value>(&json) {
        panic!("calendar JSON is not JSON ({e})");
    }

    for order in [
        calendar::DateOrder::MonthFirst,
        calendar::DateOrder::DayFirst,
    ] {
        let _ = calendar::to_sprout(&model, &occurrences, order);
    }
});
