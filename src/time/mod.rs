//! Durations, wall-clock times, weekdays, weekly windows and the dates a
//! calendar series falls on. Zone rules come from the tz database bundled in
//! the binary, never from the machine.
//!
//! One subject per file: `zones` (the bundled tz database and DST gaps),
//! `durations`, `clock` (times of day, weekdays and spans of the week) and
//! `recurrence` (the dates a series falls on). Everything is re-exported
//! here, so callers name `crate::time::X`.

mod clock;
mod durations;
mod recurrence;
mod zones;

pub use clock::{
    MINUTES_PER_DAY, MINUTES_PER_WEEK, WEEKDAY_NAMES, WEEKDAY_WORDS, WeekSpan, longest_gap,
    longest_gap_at, parse_start_time, parse_time, parse_weekdays, unstaffed_after,
    unstaffed_before, wall_clock, weekday_name,
};
pub use durations::{DurationError, format_duration, parse_duration};
pub use recurrence::{DateRule, MonthDaySpec, Recurrence, parse_nth_weekday};
pub use zones::{Gap, gaps, tz_database, zone, zone_names};
