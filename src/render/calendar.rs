//! The content calendar: series and one-off events expanded into
//! occurrences between two dates, in civil time converted with the bundled tz
//! database, and written as iCalendar (RFC 5545), CSV (RFC 4180) or JSON.
//! The Markdown view is a template (`calendar.md`) over the same occurrences.

use jiff::civil::{Date, DateTime, Time};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};
use serde::Serialize;

use crate::model::{Network, Strategy};
use crate::time;

/// Default length of a timed slot.
const DEFAULT_MINUTES: i64 = 30;

/// One publication: a series slot or a one-off event, on one network.
#[derive(Debug, Clone, Serialize)]
pub struct Occurrence {
    /// Local date, `YYYY-MM-DD`.
    pub date: String,
    /// `mon` … `sun`.
    pub weekday: &'static str,
    /// Local time `HH:MM`; absent for an all-day event.
    pub local_time: Option<String>,
    /// The IANA zone of the local date and time.
    pub zone: String,
    /// Start instant in UTC, `YYYY-MM-DDTHH:MM:SSZ`; absent for an all-day event.
    pub utc: Option<String>,
    /// End instant in UTC; absent for an all-day event.
    pub utc_end: Option<String>,
    /// The local time written in the file, when it does not exist that day
    /// (a spring-forward gap) and the slot moved forward by the gap.
    pub shifted_from: Option<String>,
    pub network: String,
    pub platform: &'static str,
    pub handle: String,
    pub practice: String,
    pub title: String,
    /// The owner's role name.
    pub owner: Option<String>,
    pub owner_id: Option<String>,
    pub brief: Option<String>,
    /// `series` or `event`.
    pub kind: &'static str,
    /// The series' or event's id.
    pub id: String,
    /// Stable across windows: the same slot has the same UID in any export.
    pub uid: String,
    #[serde(skip)]
    start: Timestamp,
    #[serde(skip)]
    all_day: Option<(Date, Date)>,
}

/// The window, inclusive.
#[derive(Debug, Clone, Copy)]
pub struct Window {
    pub from: Date,
    pub to: Date,
}

fn parse_date(text: &str) -> Option<Date> {
    text.parse().ok()
}

fn clock(minutes: i64) -> Option<Time> {
    let (h, m) = (minutes / 60, minutes % 60);
    Time::new(i8::try_from(h).ok()?, i8::try_from(m).ok()?, 0, 0).ok()
}

fn utc_text(t: Timestamp) -> String {
    t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// Everything an occurrence carries besides its time.
struct Entry<'a> {
    kind: &'static str,
    id: &'a str,
    title: &'a str,
    practice: String,
    owner: Option<&'a crate::model::Id>,
    brief: Option<&'a String>,
}

struct Expander<'a> {
    s: &'a Strategy,
    window: Window,
    out: Vec<Occurrence>,
}

impl<'a> Expander<'a> {
    fn network(&self, id: &str) -> Option<&'a Network> {
        self.s.networks.iter().find(|n| n.id.as_str() == id)
    }

    fn push(
        &mut self,
        entry: &Entry<'_>,
        network: &Network,
        zone_name: &str,
        tz: &TimeZone,
        date: Date,
        at: Option<(i64, i64)>,
    ) {
        let role = entry
            .owner
            .and_then(|id| self.s.roles.iter().find(|r| r.id == *id));
        let (local_time, start, end, shifted_from, all_day) = match at {
            Some((minutes, length)) => {
                let Some(wall) = clock(minutes) else { return };
                let civil = DateTime::from_parts(date, wall);
                // Gap: moved forward by the gap; fold: the first occurrence
                // (jiff's "compatible" disambiguation is exactly this).
                let Ok(zoned) = tz.to_ambiguous_zoned(civil).compatible() else {
                    return;
                };
                let shifted = zoned.datetime() != civil;
                let Ok(end) = zoned
                    .timestamp()
                    .checked_add(SignedDuration::from_mins(length))
                else {
                    return;
                };
                (
                    Some(zoned.datetime().strftime("%H:%M").to_string()),
                    zoned.timestamp(),
                    Some(end),
                    shifted.then(|| wall.strftime("%H:%M").to_string()),
                    None,
                )
            }
            None => {
                let Ok(start) = tz
                    .to_ambiguous_zoned(date.to_datetime(Time::midnight()))
                    .compatible()
                else {
                    return;
                };
                let Ok(next) = date.tomorrow() else { return };
                (None, start.timestamp(), None, None, Some((date, next)))
            }
        };
        // The local date shown is the wall-clock date after any DST shift.
        let local_date = match at {
            Some(_) => start.to_zoned(tz.clone()).date(),
            None => date,
        };
        // A gap that pushes the slot into the next day (Samoa skipped all of
        // 2011-12-30) leaves the planned day without it: the window and the
        // blackouts were checked for the planned day, not the next.
        if local_date != date {
            return;
        }
        let uid_time = match at {
            Some((minutes, _)) => format!("T{:02}{:02}", minutes / 60, minutes % 60),
            None => String::new(),
        };
        self.out.push(Occurrence {
            date: local_date.to_string(),
            weekday: time::weekday_name(local_date.weekday()),
            local_time,
            zone: zone_name.to_string(),
            utc: Some(utc_text(start)).filter(|_| at.is_some()),
            utc_end: end.map(utc_text),
            shifted_from,
            network: network.id.to_string(),
            platform: network.platform.as_str(),
            handle: network.handle.clone(),
            practice: entry.practice.clone(),
            title: entry.title.to_string(),
            owner: role.map(|r| r.name.clone()),
            owner_id: entry.owner.map(|o| o.to_string()),
            brief: entry.brief.cloned(),
            kind: entry.kind,
            id: entry.id.to_string(),
            uid: format!(
                // `.` cannot appear in an id, so the parts cannot run together.
                "{}.{}.{}.{}.{}{uid_time}@commstrat",
                self.s.id,
                entry.kind,
                entry.id,
                network.id,
                date.strftime("%Y%m%d")
            ),
            start,
            all_day,
        });
    }

    fn blacked_out(&self, date: Date, network: &str) -> bool {
        let Some(calendar) = &self.s.calendar else {
            return false;
        };
        calendar.blackouts.iter().any(|b| {
            let (Some(from), Some(to)) = (parse_date(b.from.as_str()), parse_date(b.to.as_str()))
            else {
                return false;
            };
            from <= date
                && date <= to
                && b.networks
                    .as_ref()
                    .is_none_or(|ns| ns.iter().any(|n| n.as_str() == network))
        })
    }

    fn series(&mut self) {
        let Some(calendar) = &self.s.calendar else {
            return;
        };
        for series in &calendar.series {
            let zone_name = series.timezone.as_ref().unwrap_or(&self.s.timezone);
            let (Some(tz), Some(recurrence), Some(starts)) = (
                time::zone(zone_name.as_str()),
                series.recurrence(),
                parse_date(series.starts.as_str()),
            ) else {
                continue;
            };
            let rule = time::DateRule {
                recurrence,
                interval: i64::try_from(series.interval.unwrap_or(1)).unwrap_or(i64::MAX),
                starts,
                until: series.until.as_ref().and_then(|u| parse_date(u.as_str())),
            };
            let length = series
                .duration
                .as_ref()
                .and_then(|d| time::parse_duration(d.as_str()).ok())
                .unwrap_or(DEFAULT_MINUTES);
            let entry = Entry {
                kind: "series",
                id: series.id.as_str(),
                title: &series.title,
                practice: crate::model::file_name(&series.practice),
                owner: series.owner.as_ref(),
                brief: series.brief.as_ref(),
            };
            let dates: Vec<Date> = rule
                .dates(self.window.to)
                .skip_while(|d| *d < self.window.from)
                .collect();
            // The same time written twice is one slot.
            let mut times: Vec<i64> = series
                .at
                .as_slice()
                .iter()
                .filter_map(|at| time::parse_start_time(at.as_str()))
                .collect();
            times.sort_unstable();
            times.dedup();
            for date in dates {
                for &minutes in &times {
                    for id in &series.networks {
                        let Some(network) = self.network(id.as_str()) else {
                            continue;
                        };
                        if self.blacked_out(date, id.as_str()) {
                            continue;
                        }
                        self.push(
                            &entry,
                            network,
                            zone_name.as_str(),
                            &tz,
                            date,
                            Some((minutes, length)),
                        );
                    }
                }
            }
        }
    }

    fn events(&mut self) {
        let Some(calendar) = &self.s.calendar else {
            return;
        };
        let zone_name = &self.s.timezone;
        let Some(tz) = time::zone(zone_name.as_str()) else {
            return;
        };
        for event in &calendar.events {
            let Some(date) = parse_date(event.date.as_str()) else {
                continue;
            };
            if date < self.window.from || date > self.window.to {
                continue;
            }
            let at = match &event.at {
                Some(at) => {
                    let Some(minutes) = time::parse_start_time(at.as_str()) else {
                        continue;
                    };
                    let length = event
                        .duration
                        .as_ref()
                        .and_then(|d| time::parse_duration(d.as_str()).ok())
                        .unwrap_or(DEFAULT_MINUTES);
                    Some((minutes, length))
                }
                None => None,
            };
            let entry = Entry {
                kind: "event",
                id: event.id.as_str(),
                title: &event.title,
                practice: crate::model::file_name(&event.practice),
                owner: event.owner.as_ref(),
                brief: event.brief.as_ref(),
            };
            for id in &event.networks {
                if let Some(network) = self.network(id.as_str()) {
                    self.push(&entry, network, zone_name.as_str(), &tz, date, at);
                }
            }
        }
    }
}

/// Every occurrence of the calendar whose local date is in the window,
/// sorted by instant, then network, then id.
pub fn expand(strategy: &Strategy, window: Window) -> Vec<Occurrence> {
    let mut expander = Expander {
        s: strategy,
        window,
        out: Vec::new(),
    };
    expander.series();
    expander.events();
    let mut out = expander.out;
    out.sort_by(|a, b| {
        (a.start, &a.network, a.kind, &a.id, &a.uid)
            .cmp(&(b.start, &b.network, b.kind, &b.id, &b.uid))
    });
    out
}

/// The window from `from` for `weeks` weeks, or to `to` (inclusive).
pub fn window(
    from: Date,
    to: Option<Date>,
    weeks: Option<u32>,
) -> Result<Window, crate::error::Error> {
    let usage = |message: String| crate::error::Error::Usage { message };
    let to = match (to, weeks) {
        (Some(to), _) => to,
        (None, weeks) => {
            let days = i64::from(weeks.unwrap_or(4)) * 7 - 1;
            from.checked_add(jiff::Span::new().days(days.max(0)))
                .map_err(|e| usage(format!("--weeks reaches past the last supported date: {e}")))?
        }
    };
    if to < from {
        return Err(usage(format!("--to {to} is before --from {from}")));
    }
    Ok(Window { from, to })
}

// ---------------------------------------------------------------- Markdown

/// One row of the Markdown calendar, worded in the strategy's language.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub date: String,
    pub weekday: String,
    pub time: String,
    pub network: String,
    pub practice: String,
    pub title: String,
    pub owner: Option<String>,
}

/// The occurrences of one ISO 8601 week.
#[derive(Debug, Clone, Serialize)]
pub struct Week {
    /// `2026-W01`, with the ISO week-year.
    pub label: String,
    pub year: i16,
    pub week: i8,
    pub first: String,
    pub last: String,
    pub rows: Vec<Row>,
}

/// The Markdown calendar's context.
#[derive(Debug, Clone, Serialize)]
pub struct CalendarContext {
    pub language: String,
    pub direction: &'static str,
    pub name: String,
    pub from: String,
    pub to: String,
    pub weeks: Vec<Week>,
    pub t: std::collections::BTreeMap<String, toml::Value>,
}

impl CalendarContext {
    /// Occurrences grouped by ISO week (2025-12-31 is in 2026-W01).
    pub fn new(
        strategy: &Strategy,
        window: Window,
        occurrences: &[Occurrence],
        t: &super::i18n::Catalogue,
    ) -> CalendarContext {
        let mut weeks: Vec<Week> = Vec::new();
        // In local date order: entries in other zones can sort before or
        // after by instant, but a week's table follows the wall calendar.
        let mut local: Vec<&Occurrence> = occurrences.iter().collect();
        local.sort_by(|a, b| {
            (&a.date, &a.local_time, &a.network, &a.id).cmp(&(
                &b.date,
                &b.local_time,
                &b.network,
                &b.id,
            ))
        });
        for o in local {
            let Some(date) = parse_date(&o.date) else {
                continue;
            };
            let iso = date.iso_week_date();
            let label = format!("{:04}-W{:02}", iso.year(), iso.week());
            if weeks.last().is_none_or(|w| w.label != label) {
                let monday = date
                    .checked_sub(
                        jiff::Span::new().days(i64::from(date.weekday().to_monday_zero_offset())),
                    )
                    .unwrap_or(date);
                let sunday = monday
                    .checked_add(jiff::Span::new().days(6))
                    .unwrap_or(monday);
                weeks.push(Week {
                    label,
                    year: iso.year(),
                    week: iso.week(),
                    first: t.date(monday),
                    last: t.date(sunday),
                    rows: Vec::new(),
                });
            }
            let time = match (&o.local_time, &o.shifted_from) {
                (None, _) => t.text("calendar.all_day"),
                (Some(time), None) => time.clone(),
                (Some(time), Some(from)) => {
                    t.fill("calendar.shifted", &[("time", time), ("from", from)])
                }
            };
            // Each time is local to its entry's zone; name the zone when it
            // is not the strategy's.
            let time = if o.zone == strategy.timezone.as_str() {
                time
            } else {
                format!("{time} ({})", o.zone)
            };
            let platform = t.text(&format!("platform.{}", o.platform));
            let network = format!("{platform} {}", o.handle);
            let row = Row {
                date: o.date.clone(),
                weekday: t.text(&format!("weekday.{}", o.weekday)),
                time: if t.direction == "rtl" {
                    format!("\u{2066}{time}\u{2069}")
                } else {
                    time
                },
                network: if t.direction == "rtl" {
                    format!("\u{2066}{network}\u{2069}")
                } else {
                    network
                },
                practice: t.text(&format!("practice.{}", o.practice)),
                title: o.title.clone(),
                owner: o.owner.clone(),
            };
            if let Some(week) = weeks.last_mut() {
                week.rows.push(row);
            }
        }
        CalendarContext {
            language: t.language.clone(),
            direction: t.direction,
            name: strategy.name.clone(),
            from: t.date(window.from),
            to: t.date(window.to),
            weeks,
            t: t.as_map(),
        }
    }
}

// ---------------------------------------------------------------- iCalendar

/// RFC 5545 TEXT escaping: backslash, semicolon, comma and line breaks.
pub fn ics_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push_str("\\n");
                }
            }
            '\n' => out.push_str("\\n"),
            // Other control characters are not allowed in TEXT.
            c if c.is_control() && c != '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// One content line, folded at 75 octets without splitting a character,
/// each physical line ending in CRLF.
pub fn ics_line(line: &str, out: &mut String) {
    let mut rest = line;
    let mut limit = 75;
    loop {
        if rest.len() <= limit {
            out.push_str(rest);
            out.push_str("\r\n");
            return;
        }
        let mut cut = limit;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        // A continuation line's leading space counts in its 75 octets.
        limit = 74;
    }
}

fn ics_stamp(t: Timestamp) -> String {
    t.strftime("%Y%m%dT%H%M%SZ").to_string()
}

/// The calendar as iCalendar. `stamp` is the DTSTAMP of every event.
pub fn to_ics(strategy: &Strategy, occurrences: &[Occurrence], stamp: Timestamp) -> String {
    let mut out = String::new();
    let mut line = |text: String| ics_line(&text, &mut out);
    line("BEGIN:VCALENDAR".into());
    line("VERSION:2.0".into());
    line("PRODID:-//commstrat//content calendar//EN".into());
    line("CALSCALE:GREGORIAN".into());
    line("METHOD:PUBLISH".into());
    line(format!("X-WR-CALNAME:{}", ics_text(&strategy.name)));
    for o in occurrences {
        line("BEGIN:VEVENT".into());
        line(format!("UID:{}", ics_text(&o.uid)));
        line(format!("DTSTAMP:{}", ics_stamp(stamp)));
        match o.all_day {
            Some((first, next)) => {
                line(format!("DTSTART;VALUE=DATE:{}", first.strftime("%Y%m%d")));
                // Exclusive end: the day after.
                line(format!("DTEND;VALUE=DATE:{}", next.strftime("%Y%m%d")));
            }
            None => {
                line(format!("DTSTART:{}", ics_stamp(o.start)));
                if let Some(end) = o
                    .utc_end
                    .as_deref()
                    .and_then(|e| e.parse::<Timestamp>().ok())
                {
                    line(format!("DTEND:{}", ics_stamp(end)));
                }
            }
        }
        line(format!("SUMMARY:{}", ics_text(&o.title)));
        // Each line is escaped on its own, so a brief ending in a bare CR
        // keeps its own line break apart from the blank line after it.
        let mut description: Vec<String> = Vec::new();
        if let Some(brief) = &o.brief {
            description.push(brief.clone());
            description.push(String::new());
        }
        description.push(format!(
            "Network: {} ({}, {})",
            o.network, o.platform, o.handle
        ));
        if let Some(owner) = &o.owner {
            description.push(format!("Owner: {owner}"));
        }
        if let (Some(time), Some(from)) = (&o.local_time, &o.shifted_from) {
            description.push(format!(
                "{from} does not exist on {} in {} (clocks go forward): moved to {time}",
                o.date, o.zone
            ));
        }
        let description: Vec<String> = description.iter().map(|l| ics_text(l)).collect();
        line(format!("DESCRIPTION:{}", description.join("\\n")));
        line(format!("CATEGORIES:{}", ics_text(&o.practice)));
        line("TRANSP:TRANSPARENT".into());
        line("END:VEVENT".into());
    }
    line("END:VCALENDAR".into());
    out
}

// ---------------------------------------------------------------- CSV, JSON

/// The CSV columns, as `cli.md` lists them.
pub const CSV_HEADER: [&str; 11] = [
    "date",
    "local_time",
    "zone",
    "utc_instant",
    "network",
    "platform",
    "handle",
    "practice",
    "title",
    "owner",
    "brief",
];

/// A cell starting with one of these is read as a formula by spreadsheet
/// programs (OWASP, "CSV Injection"): `=HYPERLINK(...)` in a title would run
/// when a colleague opens the calendar.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Append one RFC 4180 cell. A cell that a spreadsheet would take for a
/// formula gets a leading `'`, as OWASP recommends, so that spreadsheets
/// take it as text. Handles (`@brand`) get it too: Excel reads a leading `@`
/// as an operator.
fn csv_field(text: &str, out: &mut String) {
    let neutralised;
    let text = if text.starts_with(FORMULA_STARTS) {
        neutralised = format!("'{text}");
        neutralised.as_str()
    } else {
        text
    };
    if text.contains([',', '"', '\r', '\n']) {
        out.push('"');
        out.push_str(&text.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(text);
    }
}

/// The calendar as RFC 4180 CSV: a header row, CRLF line ends.
pub fn to_csv(occurrences: &[Occurrence]) -> String {
    let mut out = String::new();
    let mut row = |fields: &[&str]| {
        for (i, f) in fields.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            csv_field(f, &mut out);
        }
        out.push_str("\r\n");
    };
    row(&CSV_HEADER);
    for o in occurrences {
        row(&[
            &o.date,
            o.local_time.as_deref().unwrap_or(""),
            &o.zone,
            o.utc.as_deref().unwrap_or(""),
            &o.network,
            o.platform,
            &o.handle,
            &o.practice,
            &o.title,
            o.owner.as_deref().unwrap_or(""),
            o.brief.as_deref().unwrap_or(""),
        ]);
    }
    out
}

/// The calendar as JSON: the window and the occurrences.
pub fn to_json(strategy: &Strategy, window: Window, occurrences: &[Occurrence]) -> String {
    let value = serde_json::json!({
        "strategy": strategy.id.as_str(),
        "from": window.from.to_string(),
        "to": window.to.to_string(),
        "occurrences": occurrences,
    });
    let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        assert_eq!(ics_text("a\\b,c;d\ne\r\nf"), "a\\\\b\\,c\\;d\\ne\\nf");
    }

    #[test]
    fn folding_keeps_characters_whole_and_lines_short() {
        let mut out = String::new();
        ics_line(&format!("SUMMARY:{}", "é".repeat(200)), &mut out);
        for physical in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(physical.len() <= 75, "{} octets", physical.len());
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded, format!("SUMMARY:{}\r\n", "é".repeat(200)));
        // An emoji (4 octets) across the 75-octet boundary moves whole to
        // the next line.
        let mut out = String::new();
        let line = format!("SUMMARY:{}😀tail", "a".repeat(65));
        ics_line(&line, &mut out);
        let first = out.split("\r\n").next().expect("a line");
        assert_eq!(first.len(), 73);
        assert_eq!(out.replace("\r\n ", ""), format!("{line}\r\n"));
    }

    #[test]
    fn csv_neutralises_cells_a_spreadsheet_would_run() {
        for (cell, expected) in [
            (
                "=HYPERLINK(\"http://x\")",
                "\"'=HYPERLINK(\"\"http://x\"\")\"",
            ),
            ("+1", "'+1"),
            ("-5 °C", "'-5 °C"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tcmd", "'\tcmd"),
            ("\rcmd", "\"'\rcmd\""),
            ("a=b", "a=b"),
            ("2026-11-23", "2026-11-23"),
        ] {
            let mut out = String::new();
            csv_field(cell, &mut out);
            assert_eq!(out, expected, "{cell:?}");
        }
    }

    #[test]
    fn csv_quotes_only_what_needs_it() {
        let mut out = String::new();
        csv_field("plain", &mut out);
        out.push('|');
        csv_field("a,\"b\"\nc", &mut out);
        assert_eq!(out, "plain|\"a,\"\"b\"\"\nc\"");
    }
}

// ---------------------------------------------------------------- Sprout Social

/// Sprout Social's bulk-scheduling importer, as its help page "How do I use
/// bulk scheduling?" describes it (support.sproutsocial.com, article
/// 115005864203, read 2026-11-23): required columns `date`, `time_24hr`,
/// `message_text`; at most 350 messages per import (50 on a trial); messages
/// at least 10 minutes apart; text within the network's limit.
pub const SPROUT_MAX_ROWS: usize = 350;
/// Minimum gap between two messages, in minutes.
pub const SPROUT_MIN_GAP_MINUTES: i64 = 10;

/// How Sprout reads the `date` column: it follows the import preference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateOrder {
    /// mm/dd/yyyy
    MonthFirst,
    /// dd/mm/yyyy
    DayFirst,
}

/// One network's import file and the importer rules it breaks.
#[derive(Debug, Clone)]
pub struct SproutFile {
    pub network: String,
    pub csv: String,
    pub warnings: Vec<String>,
}

/// One file per network with Sprout's columns, for import as drafts. Timed
/// slots only: the importer needs a time, so all-day events are left out
/// (and named in a warning).
pub fn to_sprout(
    strategy: &Strategy,
    occurrences: &[Occurrence],
    order: DateOrder,
) -> Vec<SproutFile> {
    let mut networks: Vec<&str> = occurrences.iter().map(|o| o.network.as_str()).collect();
    networks.sort_unstable();
    networks.dedup();
    networks
        .into_iter()
        .map(|network| {
            let mine: Vec<&Occurrence> = occurrences.iter().filter(|o| o.network == network).collect();
            let mut warnings = Vec::new();
            let mut csv = String::from("date,time_24hr,message_text\r\n");
            let mut rows = 0;
            let mut previous: Option<&Occurrence> = None;
            let limit = strategy
                .networks
                .iter()
                .find(|n| n.id.as_str() == network)
                .and_then(|n| {
                    n.reply_limit
                        .map(|l| usize::try_from(l).unwrap_or(usize::MAX))
                        .or(crate::platforms::lookup(n.platform).limit)
                        .map(|l| (l, crate::platforms::lookup(n.platform).counting))
                });
            let mut zones: Vec<&str> = Vec::new();
            for o in &mine {
                let Some(time) = &o.local_time else {
                    warnings.push(format!(
                        "{}: `{}` on {} is an all-day event; Sprout needs a time, so it is not in the file",
                        network, o.id, o.date
                    ));
                    continue;
                };
                if !zones.contains(&o.zone.as_str()) {
                    zones.push(&o.zone);
                }
                let Some(date) = parse_date(&o.date) else { continue };
                let date = match order {
                    DateOrder::MonthFirst => date.strftime("%m/%d/%Y").to_string(),
                    DateOrder::DayFirst => date.strftime("%d/%m/%Y").to_string(),
                };
                let text = match &o.brief {
                    Some(brief) => format!("{}: {brief}", o.title),
                    None => o.title.clone(),
                };
                if let Some((limit, counting)) = limit {
                    let length = crate::platforms::count(&text, counting);
                    if length > limit {
                        warnings.push(format!(
                            "{network}: `{}` on {} is {length} long, over the network's {limit}; Sprout refuses it",
                            o.id, o.date
                        ));
                    }
                }
                if let Some(p) = previous {
                    let gap = o.start.duration_since(p.start).as_secs() / 60;
                    if gap < SPROUT_MIN_GAP_MINUTES {
                        warnings.push(format!(
                            "{network}: `{}` at {} {time} is {gap} min after `{}`; Sprout needs {SPROUT_MIN_GAP_MINUTES} min between messages",
                            o.id, o.date, p.id
                        ));
                    }
                }
                previous = Some(o);
                for (i, field) in [date.as_str(), time.as_str(), text.as_str()].iter().enumerate() {
                    if i > 0 {
                        csv.push(',');
                    }
                    csv_field(field, &mut csv);
                }
                csv.push_str("\r\n");
                rows += 1;
            }
            if rows > SPROUT_MAX_ROWS {
                warnings.push(format!(
                    "{network}: {rows} messages, over Sprout's {SPROUT_MAX_ROWS} per import; split the window with --from/--to"
                ));
            }
            if zones.len() > 1 {
                warnings.push(format!(
                    "{network}: times are local to {}; Sprout reads them all in one zone",
                    zones.join(" and ")
                ));
            }
            SproutFile {
                network: network.to_string(),
                csv,
                warnings,
            }
        })
        .collect()
}
