//! CS104: dates are unquoted TOML local dates.

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::load::{TomlKind, pointer};
use crate::model::Date;

use crate::rules::{Context, declare_rule};

declare_rule! {
    /// ## What it checks
    /// That every date is a TOML local date written without quotes
    /// (`2026-12-25`), with no time or offset.
    ///
    /// ## Why it matters
    /// A quoted `"2026-12-25"` is text to every TOML tool, so editors cannot
    /// check it; a date-time where a day is meant makes it unclear which day a
    /// holiday or blackout covers in another zone.
    ///
    /// ## Example
    /// ```toml
    /// closed = ["2026-12-25"]
    /// ```
    ///
    /// ## Fix
    /// ```toml
    /// closed = [2026-12-25]
    /// ```
    pub static INVALID_DATE = Some(check_dates);
}

/// Every date field with its JSON pointer.
fn dates<'a>(ctx: &Context<'a>) -> Vec<(String, &'a Date)> {
    let s = ctx.strategy;
    let mut out = Vec::new();
    for (i, schedule) in s.schedules.iter().enumerate() {
        for (j, d) in schedule.closed.iter().enumerate() {
            out.push((pointer!("/schedules/", i, "/closed/", j), d));
        }
    }
    if let Some(cal) = &s.calendar {
        for (i, series) in cal.series.iter().enumerate() {
            out.push((pointer!("/calendar/series/", i, "/starts"), &series.starts));
            if let Some(until) = &series.until {
                out.push((pointer!("/calendar/series/", i, "/until"), until));
            }
        }
        for (i, event) in cal.events.iter().enumerate() {
            out.push((pointer!("/calendar/events/", i, "/date"), &event.date));
        }
        for (i, b) in cal.blackouts.iter().enumerate() {
            out.push((pointer!("/calendar/blackouts/", i, "/from"), &b.from));
            out.push((pointer!("/calendar/blackouts/", i, "/to"), &b.to));
        }
    }
    out
}

fn check_dates(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (pointer, date) in dates(ctx) {
        let value = date.as_str();
        let finding = match ctx.kind(&pointer) {
            Some(TomlKind::LocalDate) => None,
            Some(TomlKind::String) => Some(match date.get() {
                Some(_) => (
                    format!("date \"{value}\" is quoted"),
                    format!("write dates as TOML dates, without quotes: {value}"),
                ),
                None => (
                    format!("\"{value}\" is not a date"),
                    "write a real day as a TOML date without quotes: 2026-12-25".to_string(),
                ),
            }),
            _ => Some((
                format!("`{value}` is a date-time, not a date"),
                "keep only the day, without time or offset: 2026-12-25".to_string(),
            )),
        };
        if let Some((message, help)) = finding {
            out.push(
                Diagnostic::new(&codes::INVALID_DATE, ctx.value(&pointer), message).with_help(help),
            );
        }
    }
}
