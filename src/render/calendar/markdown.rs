//! What the `calendar.md` template shows: the occurrences grouped by week
//! and worded in the strategy's language. A week starts on the first day of
//! the strategy's region (CLDR; Monday without a region, as in ISO 8601),
//! so a Saudi team's table runs Sunday to Saturday; each week is numbered
//! by the ISO week of its Monday, which holds at least four of its days.
//! Before the weeks, a grid of each month shows how busy each day is; after
//! them, each post's brief, length and persona.

use jiff::civil::Date;
use serde::Serialize;

use super::days::{column, tally};
use super::{Occurrence, Window};
use crate::model::Strategy;
use crate::render::i18n::{Arg, Catalogue};

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
    /// A blackout or a closed day rather than a post: shown apart, once a
    /// day for all its networks.
    pub closure: bool,
    /// A post's entry under "what each post is" (`series-ID`, `event-ID`).
    pub anchor: Option<String>,
}

/// A post of the window, once however often it occurs: what the table's
/// rows leave out.
#[derive(Debug, Clone, Serialize)]
pub struct Post {
    pub anchor: String,
    pub title: String,
    /// How long its slot lasts; none for an all-day post.
    pub duration: Option<String>,
    /// The name of the persona it is for.
    pub persona: Option<String>,
    pub owner: Option<String>,
    pub brief: Option<String>,
}

/// A month of the window as a wall calendar: its weeks, each of seven
/// cells in the region's order, empty outside the month or the window.
#[derive(Debug, Clone, Serialize)]
pub struct Month {
    pub title: String,
    pub weeks: Vec<Vec<String>>,
}

/// The occurrences of one week.
#[derive(Debug, Clone, Serialize)]
pub struct Week {
    /// `2026-W01`: the ISO week of the week's Monday, with its week-year.
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
    /// `language`, `direction` and the fixed wording `t`.
    #[serde(flatten)]
    pub wording: Catalogue,
    pub name: String,
    pub from: String,
    pub to: String,
    /// Short weekday names in the region's order: the months' columns.
    pub weekdays: Vec<String>,
    pub months: Vec<Month>,
    pub weeks: Vec<Week>,
    pub posts: Vec<Post>,
}

impl CalendarContext {
    /// Occurrences grouped by week (2025-12-31 is in 2026-W01).
    pub fn new(
        strategy: &Strategy,
        window: Window,
        occurrences: &[Occurrence],
        t: &Catalogue,
    ) -> CalendarContext {
        let mut weeks: Vec<Week> = Vec::new();
        // In local date order: entries in other zones can sort before or
        // after by instant, but a week's table follows the wall calendar.
        let mut local: Vec<&Occurrence> = occurrences.iter().collect();
        // A day's blackouts and closed schedules first (they have no time),
        // each with its networks together.
        let closure = |o: &Occurrence| !o.is_post();
        local.sort_by_key(|&o| {
            let group = if closure(o) {
                (o.kind, o.id.as_str())
            } else {
                ("", "")
            };
            (&o.date, &o.local_time, group, &o.network, &o.id)
        });
        for o in local {
            let (first, last, monday) = week_of(o.day, t.week()[0]);
            let iso = monday.iso_week_date();
            // Isolated in a right-to-left document, as a Latin run.
            let label = t.isolate(format!("{:04}-W{:02}", iso.year(), iso.week()));
            if weeks.last().is_none_or(|w| w.label != label) {
                weeks.push(Week {
                    label,
                    year: iso.year(),
                    week: iso.week(),
                    first: t.date(first),
                    last: t.date(last),
                    rows: Vec::new(),
                });
            }
            let time = match (&o.local_time, &o.local_end) {
                (Some(start), Some(end)) => Some(format!("{start}–{end}")),
                (start, _) => start.clone(),
            };
            let time = match (time, &o.shifted_from) {
                (None, _) => t.text("calendar.all_day"),
                (Some(time), None) => time,
                (Some(time), Some(from)) => {
                    t.fill("calendar.shifted", &[("time", &time), ("from", from)])
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
            let network = t.isolate(format!("{platform} {}", o.handle));
            let last = weeks.last_mut().and_then(|w| w.rows.last_mut());
            if let Some(row) =
                last.filter(|r| r.closure && closure(o) && r.date == o.date && r.title == o.title)
            {
                row.network = format!("{}{}{network}", row.network, t.text("list_separator"));
                continue;
            }
            let row = Row {
                date: o.date.clone(),
                weekday: t.weekday(o.day.weekday().to_monday_zero_offset() as usize, false),
                time: t.isolate(time),
                network,
                practice: t.text(&format!("practice.{}", o.practice)),
                title: o.title.clone(),
                owner: o.owner.clone(),
                closure: closure(o),
                anchor: o.is_post().then(|| anchor(o)),
            };
            if let Some(week) = weeks.last_mut() {
                week.rows.push(row);
            }
        }
        CalendarContext {
            wording: t.clone(),
            name: strategy.name.clone(),
            from: t.date(window.from),
            to: t.date(window.to),
            weekdays: t.week().iter().map(|d| t.weekday(*d, true)).collect(),
            months: months(window, occurrences, t),
            weeks,
            posts: posts(strategy, occurrences, t),
        }
    }
}

/// Where a post's entry is: one per series or event.
fn anchor(o: &Occurrence) -> String {
    format!("{}-{}", o.kind, o.id)
}

/// Each series and event of the window once, in the order they first
/// occur.
fn posts(strategy: &Strategy, occurrences: &[Occurrence], t: &Catalogue) -> Vec<Post> {
    let series = strategy.calendar.iter().flat_map(|c| &c.series);
    let mut posts: Vec<Post> = Vec::new();
    for o in occurrences.iter().filter(|o| o.is_post()) {
        let anchor = anchor(o);
        if posts.iter().any(|p| p.anchor == anchor) {
            continue;
        }
        let minutes = match (o.start, o.end) {
            (start, Some(end)) => Some(end.duration_since(start).as_mins()),
            _ => None,
        };
        let persona = series
            .clone()
            .find(|s| o.kind == "series" && s.id.as_str() == o.id)
            .and_then(|s| s.persona.as_ref())
            .map(|p| strategy.persona_name(p));
        posts.push(Post {
            anchor,
            title: o.title.clone(),
            duration: minutes.map(|m| t.duration(m, true)),
            persona,
            owner: o.owner.clone(),
            brief: o.brief.clone(),
        });
    }
    posts
}

/// Every month the window touches, each day of the window with its date,
/// then its posts (a count) or why none go out.
fn months(window: Window, occurrences: &[Occurrence], t: &Catalogue) -> Vec<Month> {
    let week = t.week();
    let number = |n: i64| t.fill_with("pictures.number", &[("n", Arg::Number(n))]);
    let mut months = Vec::new();
    let mut first = window.from.first_of_month();
    // One month at a time, at most the window's length in months.
    while first <= window.to {
        let last = first.last_of_month();
        let days = tally(occurrences, first, last);
        let mut weeks: Vec<Vec<String>> = Vec::new();
        let mut cells = vec![String::new(); column(first, week)];
        let mut date: Date = first;
        loop {
            let cell = if (window.from..=window.to).contains(&date) {
                let held = days.get(&date).cloned().unwrap_or_default();
                let mut cell = format!("**{}**", number(i64::from(date.day())));
                if held.posts > 0 {
                    let posts = i64::try_from(held.posts).unwrap_or(i64::MAX);
                    cell = format!("{cell} · {}", number(posts));
                }
                for (on, what) in [(held.blackout, "blackout"), (held.closed, "closed")] {
                    if on {
                        cell = format!("{cell} · *{}*", t.text(&format!("practice.{what}")));
                    }
                }
                cell
            } else {
                String::new()
            };
            cells.push(cell);
            if cells.len() == 7 {
                weeks.push(std::mem::take(&mut cells));
            }
            // A week wholly outside the window is not shown.
            if weeks.last().is_some_and(|w| w.iter().all(String::is_empty)) {
                weeks.pop();
            }
            match date.tomorrow() {
                Ok(next) if next <= last => date = next,
                _ => break,
            }
        }
        if cells.iter().any(|c| !c.is_empty()) {
            cells.resize(7, String::new());
            weeks.push(cells);
        }
        months.push(Month {
            title: t.month(first),
            weeks,
        });
        match last.tomorrow() {
            Ok(next) => first = next,
            Err(_) => break,
        }
    }
    months
}

/// The first and last day of the week of `date` that starts on weekday
/// `start` (0 = Monday), and that week's Monday. Dates past the ends of the
/// calendar stay at its ends (the week of 9999-12-31 has no Sunday).
fn week_of(
    date: jiff::civil::Date,
    start: usize,
) -> (jiff::civil::Date, jiff::civil::Date, jiff::civil::Date) {
    let offset = (date.weekday().to_monday_zero_offset() as usize + 7 - start % 7) % 7;
    let shift = |days: i64| {
        date.checked_add(jiff::Span::new().days(days))
            .unwrap_or(date)
    };
    let first = shift(-(offset as i64));
    let last = shift(6 - offset as i64);
    let to_monday = (7 - start % 7) % 7;
    let monday = first
        .checked_add(jiff::Span::new().days(to_monday as i64))
        .unwrap_or(first);
    (first, last, monday)
}

#[cfg(test)]
mod tests {
    use super::week_of;
    use jiff::civil::date;

    #[test]
    fn a_week_runs_from_its_first_day_and_is_numbered_by_its_monday() {
        // Thursday 1 January 2026.
        let thursday = date(2026, 1, 1);
        // From Monday: the ISO week.
        assert_eq!(
            week_of(thursday, 0),
            (date(2025, 12, 29), date(2026, 1, 4), date(2025, 12, 29))
        );
        // From Sunday (Saudi Arabia): Sunday 28 December to Saturday 3
        // January, numbered by Monday 29 December.
        assert_eq!(
            week_of(thursday, 6),
            (date(2025, 12, 28), date(2026, 1, 3), date(2025, 12, 29))
        );
        // From Saturday (Egypt): the Saturday itself starts its week.
        assert_eq!(
            week_of(date(2026, 1, 3), 5),
            (date(2026, 1, 3), date(2026, 1, 9), date(2026, 1, 5))
        );
        // The calendar's ends stay in range.
        let last = jiff::civil::Date::MAX;
        assert_eq!(week_of(last, 0).1, last);
        assert_eq!(week_of(jiff::civil::Date::MIN, 6).0, jiff::civil::Date::MIN);
    }
}
