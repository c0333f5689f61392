//! CS204: a schedule that is not staffed around the clock lists its hours.

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::load::pointer;

use crate::rules::{Context, declare_rule, finding};

declare_rule! {
    /// ## What it checks
    /// That a schedule which is not `always = true` lists its staffed `hours`.
    ///
    /// ## Why it matters
    /// Without hours nobody knows when the team is there, and the guide cannot
    /// show the week.
    ///
    /// ## Example
    /// ```toml
    /// [[schedules]]
    /// id = "office"
    /// statement = "We answer on weekdays."
    /// ```
    ///
    /// ## Fix
    /// ```toml
    /// hours = [{ days = ["mon-fri"], from = "09:00", to = "18:00" }]
    /// ```
    /// or `always = true` when the team is there around the clock.
    pub static SCHEDULE_WITHOUT_HOURS = Some(check_missing_hours);
}

fn check_missing_hours(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (i, schedule) in ctx.strategy.schedules.iter().enumerate() {
        if !schedule.is_always() && schedule.hours.is_none() {
            out.push(finding(
                &codes::SCHEDULE_WITHOUT_HOURS,
                ctx.value(&pointer!("/schedules/", i, "/id")),
                format!("schedule `{}` has neither `hours` nor `always = true`", schedule.id),
                "add `hours = [{ days = [\"mon-fri\"], from = \"09:00\", to = \"18:00\" }]`, or `always = true` for 24/7",
            ));
        }
    }
}
