//! The content calendar: series and one-off events expanded into
//! occurrences between two dates, in civil time converted with the bundled tz
//! database, and written as iCalendar (RFC 5545), CSV (RFC 4180) or JSON.
//! The Markdown view is a template (`calendar.md`) over the same occurrences.

mod csv;
pub mod days;
mod expand;
mod ics;
mod json;
mod markdown;
mod sprout;

pub use csv::{CSV_HEADER, to_csv};
pub use expand::{
    MAX_OCCURRENCE_TEXT, MAX_OCCURRENCES, MAX_WINDOW_DAYS, expand, first_year, window,
};
pub use ics::{ics_line, ics_stamp, ics_text, to_ics};
pub use json::to_json;
pub use markdown::{CalendarContext, Row, Week};
pub use sprout::{DateOrder, SPROUT_MAX_ROWS, SPROUT_MIN_GAP_MINUTES, SproutFile, to_sprout};

use jiff::Timestamp;
use jiff::civil::Date;
use serde::Serialize;

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
    /// Local time `HH:MM` the slot ends; absent for an all-day event.
    #[serde(skip)]
    pub local_end: Option<String>,
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
    /// `series` or `event`; `blackout` (nothing is published, the reason
    /// as the title) or `closed` (a date a schedule is closed), all day.
    pub kind: &'static str,
    /// The series' or event's id.
    pub id: String,
    /// Stable across windows: the same slot has the same UID in any export.
    pub uid: String,
    /// The UID of the slot on all its networks: the iCalendar's one event
    /// for them.
    pub slot: String,
    /// The local date, as a date.
    #[serde(skip)]
    day: Date,
    #[serde(skip)]
    start: Timestamp,
    #[serde(skip)]
    end: Option<Timestamp>,
    #[serde(skip)]
    all_day: Option<(Date, Date)>,
}

impl Occurrence {
    /// The local date.
    pub fn day(&self) -> Date {
        self.day
    }

    /// When it starts (an all-day event: the start of its day).
    pub fn start(&self) -> Timestamp {
        self.start
    }

    /// A publication (a series slot or an event), not a blackout or a
    /// closed day.
    pub fn is_post(&self) -> bool {
        matches!(self.kind, "series" | "event")
    }
}

/// The window, inclusive.
#[derive(Debug, Clone, Copy)]
pub struct Window {
    pub from: Date,
    pub to: Date,
}
