//! What the `calendar.md` template shows: the occurrences grouped by ISO
//! week and worded in the strategy's language.

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
    /// `language`, `direction` and the fixed wording `t`.
    #[serde(flatten)]
    pub wording: Catalogue,
    pub name: String,
    pub from: String,
    pub to: String,
    pub weeks: Vec<Week>,
}

impl CalendarContext {
    /// Occurrences grouped by ISO week (2025-12-31 is in 2026-W01).
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
        local.sort_by_key(|&o| (&o.date, &o.local_time, &o.network, &o.id));
        for o in local {
            let date = o.day;
            let iso = date.iso_week_date();
            let label = format!("{:04}-W{:02}", iso.year(), iso.week());
            if weeks.last().is_none_or(|w| w.label != label) {
                let monday = iso.first_of_week().map_or(date, |w| w.date());
                // The week of 9999-12-31 (a Friday) has no Sunday.
                let sunday = iso.last_of_week().map_or(monday, |w| w.date());
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
            let row = Row {
                date: o.date.clone(),
                weekday: t.text(&format!("weekday.{}", o.weekday)),
                time: t.isolate(time),
                network: t.isolate(format!("{platform} {}", o.handle)),
                practice: t.text(&format!("practice.{}", o.practice)),
                title: o.title.clone(),
                owner: o.owner.clone(),
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
