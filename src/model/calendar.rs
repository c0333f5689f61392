//! `[calendar]`: the content calendar.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::scalars::{On, OnDay};
use super::{Date, Duration, Id, OneOrMany, Time, Zone};
use crate::time::{DateRule, MonthDaySpec, Recurrence};

/// The content calendar.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Calendar {
    /// Recurring slots.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub series: Vec<Series>,
    /// One-off dates.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<Event>,
    /// Periods with no series published.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub blackouts: Vec<Blackout>,
}

/// The communication practice a calendar entry serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Practice {
    /// Welcoming new followers.
    Welcome,
    /// Joining current conversations.
    CurrentAffairs,
    /// Humour.
    Humor,
    /// Asking the audience a question.
    Question,
    /// A poll.
    Poll,
    /// Behind the scenes.
    BehindTheScenes,
    /// Product news.
    Product,
    /// Sharing results.
    ResultsReview,
    /// Anything else.
    Other,
}

/// How often a series repeats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Every {
    /// Every `interval` days.
    Day,
    /// Every `interval` weeks, on the weekdays of `on`.
    Week,
    /// Every `interval` months, on the days of `on`.
    Month,
}

/// An entry of `on`: a day number (month), or a weekday, weekday range or
/// nth weekday such as "1st-mon" or "last-fri".
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum MonthDay {
    /// A day of the month, 1–31 (a month without that day is skipped).
    Number(#[schemars(range(min = 1, max = 31))] u8),
    /// A weekday or range ("mon", "mon-fri") for weekly series; "1st-mon"…"4th-sun" or "last-fri" for monthly ones.
    Text(On),
}

/// A recurring slot.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Series {
    /// The series' id.
    pub id: Id,
    /// The series' title.
    pub title: String,
    /// The practice it serves: welcome, current-affairs, humor, question, poll, behind-the-scenes, product, results-review or other.
    pub practice: Practice,
    /// Ids of the networks it is published on.
    #[schemars(extend("uniqueItems" = true), length(min = 1))]
    pub networks: Vec<Id>,
    /// "day", "week" or "month".
    pub every: Every,
    /// Repeat every `interval` days, weeks or months, counted from `starts` (default 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1))]
    pub interval: Option<u64>,
    /// Weekly: weekdays or ranges. Monthly: day numbers 1–31, "1st-mon"…"4th-sun" or "last-fri". Absent for daily series.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on: Option<OneOrMany<MonthDay>>,
    /// Local wall-clock time or times, "HH:MM".
    pub at: OneOrMany<Time>,
    /// Length of the slot in calendars (default "30m").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<Duration>,
    /// IANA time zone; defaults to the top-level `timezone`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<Zone>,
    /// First day the series may occur.
    pub starts: Date,
    /// Last day the series may occur (inclusive).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<Date>,
    /// Id of the role that owns it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Id>,
    /// Id of the persona it is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub persona: Option<Id>,
    /// What to post.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub brief: Option<String>,
    /// `true`: published on purpose while its networks are not staffed, so
    /// `unstaffed-slot` does not report it (default false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unattended: Option<bool>,
}

impl Series {
    /// The dates the series falls on, when its dates, `every` and `on` are
    /// valid.
    pub(crate) fn date_rule(&self) -> Option<DateRule> {
        Some(DateRule {
            recurrence: self.recurrence()?,
            // Values come from TOML integers, so they fit in i64.
            interval: i64::try_from(self.interval.unwrap_or(1)).unwrap_or(i64::MAX),
            starts: *self.starts.get()?,
            until: match &self.until {
                Some(until) => Some(*until.get()?),
                None => None,
            },
        })
    }

    /// The recurrence of a series, when its `every` and `on` agree.
    pub(crate) fn recurrence(&self) -> Option<Recurrence> {
        let on = self.on.as_ref().map(OneOrMany::as_slice);
        match self.every {
            Every::Day => on.is_none().then_some(Recurrence::Daily),
            Every::Week => {
                let mut days = Vec::new();
                for item in on? {
                    let MonthDay::Text(t) = item else { return None };
                    let OnDay::Weekdays(weekdays) = t.get()? else {
                        return None;
                    };
                    days.extend(weekdays);
                }
                (!days.is_empty()).then_some(Recurrence::Weekly(days))
            }
            Every::Month => {
                let mut specs = Vec::new();
                for item in on? {
                    specs.push(match item {
                        MonthDay::Number(n) if (1..=31).contains(n) => {
                            MonthDaySpec::Number(*n as i8)
                        }
                        MonthDay::Number(_) => return None,
                        MonthDay::Text(t) => match t.get()? {
                            OnDay::Nth(spec) => *spec,
                            OnDay::Weekdays(_) => return None,
                        },
                    });
                }
                (!specs.is_empty()).then_some(Recurrence::Monthly(specs))
            }
        }
    }
}

/// A one-off calendar entry.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// The event's id.
    pub id: Id,
    /// The event's title.
    pub title: String,
    /// The day of the event.
    pub date: Date,
    /// Local time; absent = an all-day event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<Time>,
    /// Length of a timed event (default "30m").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<Duration>,
    /// Ids of the networks it is published on.
    #[schemars(extend("uniqueItems" = true), length(min = 1))]
    pub networks: Vec<Id>,
    /// The practice it serves.
    pub practice: Practice,
    /// Id of the role that owns it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Id>,
    /// What to post.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub brief: Option<String>,
    /// `true`: published on purpose while its networks are not staffed, so
    /// `unstaffed-slot` does not report it (default false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unattended: Option<bool>,
}

/// A period with no series published.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Blackout {
    /// First day (inclusive).
    pub from: Date,
    /// Last day (inclusive).
    pub to: Date,
    /// Why nothing is published.
    pub reason: String,
    /// Ids of the networks it covers; absent = all.
    #[schemars(extend("uniqueItems" = true))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub networks: Option<Vec<Id>>,
}
