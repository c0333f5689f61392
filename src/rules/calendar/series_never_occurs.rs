//! CS502: every series must fall on at least one day of its range.

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::load::pointer;

use super::{date_rule, years_after};
use crate::rules::{Context, declare_rule, finding};

declare_rule! {
    /// ## What it checks
    /// That each series has at least one occurrence between `starts` and
    /// `until` (both inclusive), given its `every`, `interval` and `on`.
    ///
    /// ## Why it matters
    /// A series that never occurs looks planned in the file and is absent from
    /// every calendar: typically `until` before `starts`, or "the 31st" in a
    /// range of short months.
    ///
    /// ## Example
    /// ```toml
    /// every = "month"
    /// on = [31]
    /// starts = 2027-02-01
    /// until = 2027-02-28
    /// ```
    ///
    /// ## Fix
    /// Widen the range, or pick a day every month has (`on = ["last-fri"]`, `on = [28]`).
    pub static SERIES_NEVER_OCCURS = Some(check_never_occurs);
}

/// How far an endless series is searched for its first occurrence.
const OCCURRENCE_HORIZON_YEARS: i16 = 400;

fn check_never_occurs(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let Some(cal) = &ctx.strategy.calendar else {
        return;
    };
    for (i, series) in cal.series.iter().enumerate() {
        let Some(rule) = date_rule(ctx, i, series) else {
            continue;
        };
        let limit = years_after(rule.starts, OCCURRENCE_HORIZON_YEARS);
        if rule.dates(jiff::civil::Date::MIN, limit).next().is_some() {
            continue;
        }
        let (id, starts) = (&series.id, rule.starts);
        let (key, message) = match rule.until {
            Some(until) if until < starts => (
                "/until",
                format!("series `{id}` ends ({until}) before it starts ({starts})"),
            ),
            Some(until) => (
                "/id",
                format!("series `{id}` has no occurrence between {starts} and {until}"),
            ),
            None => ("/id", format!("series `{id}` never occurs")),
        };
        out.push(finding(
            &codes::SERIES_NEVER_OCCURS,
            ctx.value(&pointer!("/calendar/series/", i, key)),
            message,
            "check `starts`, `until`, `interval` and `on`: a month without the day is skipped",
        ));
    }
}
