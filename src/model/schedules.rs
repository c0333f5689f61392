//! `[[schedules]]`: when replies are staffed.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Date, EndTime, Id, OneOrMany, Template, Time, Weekday, Zone};
use crate::time::{MINUTES_PER_DAY, WeekSpan};

/// An availability schedule.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Schedule {
    /// The schedule's id, referenced by networks.
    pub id: Id,
    /// What the team calls it ("Customer care, weekdays"); the handbook
    /// titles the schedule with it, and with its id when it has none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// IANA time zone of the hours; defaults to the top-level `timezone`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<Zone>,
    /// `true` = staffed 24/7; then `hours` must be absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub always: Option<bool>,
    /// Staffed windows, required unless `always = true`. No overnight window: split it in two.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1))]
    pub hours: Option<Vec<Window>>,
    /// Holidays with nobody staffed: dates, or `{ date, reason }` tables
    /// whose reason the handbook and the calendars show.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("uniqueItems" = true))]
    pub closed: Vec<ClosedDay>,
    /// The public availability statement (profile bio, auto-reply).
    pub statement: String,
    /// The automatic reply sent outside staffed hours (a template).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub out_of_hours_reply: Option<Template>,
}

/// A day a schedule is closed.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum ClosedDay {
    /// The date alone: `2026-12-25`.
    Date(Date),
    /// The date and why: `{ date = 2026-12-25, reason = "Christmas" }`.
    WithReason(ClosedReason),
}

/// A closed day with its reason.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ClosedReason {
    /// The day nobody is staffed.
    pub date: Date,
    /// Why: "Christmas", "Team training day".
    pub reason: String,
}

impl ClosedDay {
    pub fn date(&self) -> &Date {
        match self {
            ClosedDay::Date(date) | ClosedDay::WithReason(ClosedReason { date, .. }) => date,
        }
    }

    pub fn reason(&self) -> Option<&str> {
        match self {
            ClosedDay::Date(_) => None,
            ClosedDay::WithReason(r) => Some(&r.reason),
        }
    }

    /// The JSON pointer of its date below the day's own: the table form
    /// holds it in `date`.
    pub(crate) fn date_pointer(&self) -> &'static str {
        match self {
            ClosedDay::Date(_) => "",
            ClosedDay::WithReason(_) => "/date",
        }
    }
}

impl Schedule {
    pub(crate) fn is_always(&self) -> bool {
        self.always == Some(true)
    }

    /// One staffed window on one day: (pointer of the window, weekday 0 = Monday, from, to).
    pub(crate) fn day_windows(&self, schedule_pointer: &str) -> Vec<(String, i64, i64, i64)> {
        let mut out = Vec::new();
        for (w, window) in self.hours.iter().flatten().enumerate() {
            let (Some(&from), Some(&to)) = (window.from.get(), window.to.get()) else {
                continue;
            };
            for day in window.days.as_slice() {
                for weekday in day.get().into_iter().flatten() {
                    let index = i64::from(weekday.to_monday_zero_offset());
                    out.push((format!("{schedule_pointer}/hours/{w}"), index, from, to));
                }
            }
        }
        out
    }

    /// The staffed stretches of the week, for schedules with valid windows.
    pub(crate) fn week_spans(&self) -> Vec<WeekSpan> {
        self.day_windows("")
            .into_iter()
            .filter(|(_, _, from, to)| to > from)
            .map(|(_, day, from, to)| (day * MINUTES_PER_DAY + from, day * MINUTES_PER_DAY + to))
            .collect()
    }
}

/// A staffed window on some weekdays.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Window {
    /// Weekdays or ranges ("mon-fri") the window applies to: one, or a list.
    pub days: OneOrMany<Weekday>,
    /// Start of the window, "HH:MM".
    pub from: Time,
    /// End of the window, after `from`; "24:00" is the end of the day.
    pub to: EndTime,
}
