//! What the `calendar.md` template shows: the occurrences grouped by week
//! and worded in the strategy's language. A week starts on the first day of
//! the strategy's region (CLDR; Monday without a region, as in ISO 8601),
//! so a Saudi team's table runs Sunday to Saturday; each week is numbered
//! by the ISO week of its Monday, which holds at least four of its days.

use serde::Serialize;

use super::{Occurrence, Window};
use crate::model::Strategy;
use crate::render::i18n::Catalogue;

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
    pub weeks: Vec<Week>,
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
            weeks,
        }
    }
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
