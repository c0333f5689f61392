//! Calendar expansion: each series' recurrence and each one-off event turned
//! into dated, zoned occurrences inside a window, minus the blackouts; and
//! the days nothing is published (a blackout) or nobody answers (a date a
//! schedule is `closed`) as all-day entries of their own, so that every
//! format shows them with their reason.

use jiff::civil::{Date, DateTime, Time};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};

use super::{Occurrence, Window};
use crate::model::{Calendar, Network, Strategy};
use crate::render::i18n::Catalogue;
use crate::time;

/// Default length of a timed slot.
const DEFAULT_MINUTES: i64 = 30;

/// The most occurrences one render expands: a year of ten networks posting
/// three times a day is about 11,000.
pub const MAX_OCCURRENCES: usize = 50_000;

/// The most bytes of titles and briefs the occurrences of one render carry
/// (each occurrence holds its own copy).
pub const MAX_OCCURRENCE_TEXT: usize = 32 * 1024 * 1024;

/// The longest window one render expands, in days: 100 years, as the
/// largest `--weeks`.
pub const MAX_WINDOW_DAYS: i64 = 5200 * 7;

fn utc_text(t: Timestamp) -> String {
    t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// Everything an occurrence carries besides its network and time.
struct Entry<'a> {
    kind: &'static str,
    zone: &'a str,
    tz: &'a TimeZone,
    id: String,
    title: String,
    practice: String,
    owner: Option<&'a crate::model::Id>,
    brief: Option<&'a String>,
}

struct Expander<'a> {
    s: &'a Strategy,
    window: Window,
    out: Vec<Occurrence>,
    /// Bytes of titles and briefs in `out`.
    text: usize,
}

type Result<T> = std::result::Result<T, crate::error::Error>;

impl<'a> Expander<'a> {
    fn network(&self, id: &str) -> Option<&'a Network> {
        self.s.networks.iter().find(|n| n.id.as_str() == id)
    }

    /// Add an occurrence, or say which limit it would pass.
    fn push(
        &mut self,
        entry: &Entry<'_>,
        network: &Network,
        date: Date,
        at: Option<(i64, i64)>,
    ) -> Result<()> {
        let Window { from, to } = self.window;
        let text = entry.title.len() + entry.brief.map_or(0, String::len);
        if self.out.len() == MAX_OCCURRENCES {
            return Err(usage(format!(
                "the calendar from {from} to {to} has more than {MAX_OCCURRENCES} occurrences, the most one render writes: choose a shorter window with --to or --weeks"
            )));
        }
        if self.text + text > MAX_OCCURRENCE_TEXT {
            return Err(usage(format!(
                "the titles and briefs of the calendar from {from} to {to} come to more than {} MiB, the most one render writes: choose a shorter window with --to or --weeks, or shorten the briefs",
                MAX_OCCURRENCE_TEXT / (1024 * 1024)
            )));
        }
        let before = self.out.len();
        self.push_within_limits(entry, network, date, at);
        if self.out.len() > before {
            self.text += text;
        }
        Ok(())
    }

    fn push_within_limits(
        &mut self,
        entry: &Entry<'_>,
        network: &Network,
        date: Date,
        at: Option<(i64, i64)>,
    ) {
        let tz = entry.tz;
        let (local_time, start, end, shifted_from, all_day, local_end) = match at {
            Some((minutes, length)) => {
                let Some(wall) = time::wall_clock(minutes) else {
                    return;
                };
                let civil = DateTime::from_parts(date, wall);
                // Gap: moved forward by the gap; fold: the first occurrence
                // (jiff's "compatible" disambiguation is exactly this).
                let Ok(zoned) = tz.to_ambiguous_zoned(civil).compatible() else {
                    return;
                };
                // A gap that pushes the slot into the next day (Samoa skipped
                // all of 2011-12-30) leaves the planned day without it: the
                // window and the blackouts were checked for the planned day.
                if zoned.date() != date {
                    return;
                }
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
                    (zoned.datetime() != civil).then(|| wall.strftime("%H:%M").to_string()),
                    None,
                    Some(end.to_zoned(tz.clone()).strftime("%H:%M").to_string()),
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
                (
                    None,
                    start.timestamp(),
                    None,
                    None,
                    Some((date, next)),
                    None,
                )
            }
        };
        let uid_time = at.map_or(String::new(), |(m, _)| {
            format!("T{:02}{:02}", m / 60, m % 60)
        });
        self.out.push(Occurrence {
            date: date.to_string(),
            day: date,
            weekday: time::weekday_name(date.weekday()),
            local_time,
            zone: entry.zone.to_string(),
            utc: at.map(|_| utc_text(start)),
            utc_end: end.map(utc_text),
            local_end,
            shifted_from,
            network: network.id.to_string(),
            platform: network.platform.as_str(),
            handle: network.handle.clone(),
            practice: entry.practice.clone(),
            title: entry.title.to_string(),
            owner: entry
                .owner
                .and_then(|id| self.s.roles.iter().find(|r| r.id == *id))
                .map(|r| r.name.clone()),
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
            slot: format!(
                "{}.{}.{}.{}{uid_time}@commstrat",
                self.s.id,
                entry.kind,
                entry.id,
                date.strftime("%Y%m%d")
            ),
            start,
            end,
            all_day,
        });
    }

    fn blacked_out(&self, calendar: &Calendar, date: Date, network: &str) -> bool {
        calendar.blackouts.iter().any(|b| {
            let (Some(&from), Some(&to)) = (b.from.get(), b.to.get()) else {
                return false;
            };
            from <= date
                && date <= to
                && b.networks
                    .as_ref()
                    .is_none_or(|ns| ns.iter().any(|n| n.as_str() == network))
        })
    }

    fn series(&mut self, calendar: &Calendar) -> Result<()> {
        for series in &calendar.series {
            let zone_name = series.timezone.as_ref().unwrap_or(&self.s.timezone);
            let (Some(tz), Some(rule)) = (zone_name.get(), series.date_rule()) else {
                continue;
            };
            let length = minutes_or_default(series.duration.as_ref());
            let entry = Entry {
                kind: "series",
                zone: zone_name.as_str(),
                tz,
                id: series.id.to_string(),
                title: series.title.clone(),
                practice: crate::model::file_name(&series.practice),
                owner: series.owner.as_ref(),
                brief: series.brief.as_ref(),
            };
            // The same time written twice is one slot.
            let mut times: Vec<i64> = series
                .at
                .as_slice()
                .iter()
                .filter_map(|at| at.get().copied())
                .collect();
            times.sort_unstable();
            times.dedup();
            let Window { from, to } = self.window;
            for date in rule.dates(from, to) {
                for &minutes in &times {
                    for id in &series.networks {
                        if let Some(network) = self.network(id.as_str())
                            && !self.blacked_out(calendar, date, id.as_str())
                        {
                            self.push(&entry, network, date, Some((minutes, length)))?;
                        }
                    }
                }
            }
        }
        Ok(())
    }

    fn events(&mut self, calendar: &Calendar) -> Result<()> {
        let zone_name = &self.s.timezone;
        let Some(tz) = zone_name.get() else {
            return Ok(());
        };
        for event in &calendar.events {
            let Some(&date) = event.date.get() else {
                continue;
            };
            if date < self.window.from || date > self.window.to {
                continue;
            }
            let at = match event.at.as_ref().map(|at| at.get()) {
                // An `at` that does not parse: no slot.
                Some(None) => continue,
                at => at
                    .flatten()
                    .map(|&m| (m, minutes_or_default(event.duration.as_ref()))),
            };
            let entry = Entry {
                kind: "event",
                zone: zone_name.as_str(),
                tz,
                id: event.id.to_string(),
                title: event.title.clone(),
                practice: crate::model::file_name(&event.practice),
                owner: event.owner.as_ref(),
                brief: event.brief.as_ref(),
            };
            for id in &event.networks {
                if let Some(network) = self.network(id.as_str()) {
                    self.push(&entry, network, date, at)?;
                }
            }
        }
        Ok(())
    }
}

impl Expander<'_> {
    /// Each day of each blackout in the window, on each of its networks
    /// (all of them when it names none): kind `blackout`, its reason as the
    /// title.
    fn blackouts(&mut self, calendar: &Calendar) -> Result<()> {
        let Some(tz) = self.s.timezone.get() else {
            return Ok(());
        };
        let Window { from, to } = self.window;
        for (i, blackout) in calendar.blackouts.iter().enumerate() {
            let (Some(&first), Some(&last)) = (blackout.from.get(), blackout.to.get()) else {
                continue;
            };
            let entry = Entry {
                kind: "blackout",
                zone: self.s.timezone.as_str(),
                tz,
                id: format!("blackout-{}", i + 1),
                title: blackout.reason.clone(),
                practice: "blackout".to_string(),
                owner: None,
                brief: None,
            };
            let networks: Vec<&Network> = match &blackout.networks {
                Some(ids) => ids
                    .iter()
                    .filter_map(|id| self.network(id.as_str()))
                    .collect(),
                None => self.s.networks.iter().collect(),
            };
            // Within the window, which is at most `MAX_WINDOW_DAYS` long.
            let mut date = first.max(from);
            while date <= last.min(to) {
                for network in &networks {
                    self.push(&entry, network, date, None)?;
                }
                let Ok(next) = date.tomorrow() else { break };
                date = next;
            }
        }
        Ok(())
    }

    /// Each date a schedule is `closed`, in the window, on each network it
    /// staffs: kind `closed`, worded in the strategy's language.
    fn closed(&mut self, t: &Catalogue) -> Result<()> {
        let Window { from, to } = self.window;
        for schedule in &self.s.schedules {
            let zone = schedule.timezone.as_ref().unwrap_or(&self.s.timezone);
            let Some(tz) = zone.get() else { continue };
            let networks: Vec<&Network> = self
                .s
                .networks
                .iter()
                .filter(|n| n.schedule == schedule.id)
                .collect();
            let mut days: Vec<(Date, Option<&str>)> = schedule
                .closed
                .iter()
                .filter_map(|d| Some((d.date().get().copied()?, d.reason())))
                .filter(|(d, _)| (from..=to).contains(d))
                .collect();
            days.sort_unstable();
            days.dedup_by_key(|(d, _)| *d);
            let id = schedule.id.as_str();
            for (date, reason) in days {
                let title = match reason {
                    Some(reason) => t.fill(
                        "calendar.closed_because",
                        &[("reason", reason), ("schedule", id)],
                    ),
                    None => t.fill("calendar.closed", &[("schedule", id)]),
                };
                let entry = Entry {
                    kind: "closed",
                    zone: zone.as_str(),
                    tz,
                    id: id.to_string(),
                    title,
                    practice: "closed".to_string(),
                    owner: None,
                    brief: None,
                };
                for network in &networks {
                    self.push(&entry, network, date, None)?;
                }
            }
        }
        Ok(())
    }
}

/// Every occurrence of the calendar whose local date is in the window,
/// sorted by instant, then network, then id. Bounded: more than
/// `MAX_OCCURRENCES` occurrences, or more than `MAX_OCCURRENCE_TEXT` bytes
/// of their titles and briefs, is an error that says how to narrow it.
pub fn expand(strategy: &Strategy, window: Window) -> Result<Vec<Occurrence>> {
    let mut expander = Expander {
        s: strategy,
        window,
        out: Vec::new(),
        text: 0,
    };
    if let Some(calendar) = &strategy.calendar {
        expander.series(calendar)?;
        expander.events(calendar)?;
        expander.blackouts(calendar)?;
    }
    expander.closed(&Catalogue::for_language(&strategy.language))?;
    let mut out = expander.out;
    out.sort_by(|a, b| {
        (a.start, &a.network, a.kind, &a.id, &a.uid)
            .cmp(&(b.start, &b.network, b.kind, &b.id, &b.uid))
    });
    Ok(out)
}

/// The calendar's first 52 weeks, from its earliest series start or event,
/// and their occurrences: what the handbook's calendar page and month view
/// show. `None` without a dated entry, or when the year holds more than
/// `expand` works out.
pub fn first_year(strategy: &Strategy) -> Option<(Window, Vec<Occurrence>)> {
    let calendar = strategy.calendar.as_ref()?;
    let from = calendar
        .series
        .iter()
        .map(|s| &s.starts)
        .chain(calendar.events.iter().map(|e| &e.date))
        .filter_map(|d| d.get().copied())
        .min()?;
    let window = window(from, None, Some(52)).ok()?;
    let all = expand(strategy, window).ok()?;
    Some((window, all))
}

fn usage(message: String) -> crate::error::Error {
    crate::error::Error::Usage { message }
}

/// The window from `from` for `weeks` weeks, or to `to` (inclusive), at
/// most `MAX_WINDOW_DAYS` long.
pub fn window(from: Date, to: Option<Date>, weeks: Option<u32>) -> Result<Window> {
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
    let days = from.until(to).map(|span| i64::from(span.get_days()) + 1);
    if !days.is_ok_and(|days| days <= MAX_WINDOW_DAYS) {
        return Err(usage(format!(
            "--to {to} is more than 100 years ({MAX_WINDOW_DAYS} days) after --from {from}: render a shorter window"
        )));
    }
    Ok(Window { from, to })
}

/// The length of a slot: its `duration`, or the default.
fn minutes_or_default(duration: Option<&crate::model::Duration>) -> i64 {
    duration
        .and_then(|d| d.get().copied())
        .unwrap_or(DEFAULT_MINUTES)
}
