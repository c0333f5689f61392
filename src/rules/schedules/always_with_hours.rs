//! CS203: a schedule staffed around the clock lists no hours.

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::load::pointer;

use crate::rules::{Context, declare_rule, finding};

declare_rule! {
    /// ## What it checks
    /// That a schedule with `always = true` has no `hours`.
    ///
    /// ## Why it matters
    /// "24/7" and a list of hours contradict each other: followers would be
    /// promised one thing and the team would staff another.
    ///
    /// ## Example
    /// ```toml
    /// always = true
    /// hours = [{ days = ["mon-fri"], from = "09:00", to = "18:00" }]
    /// ```
    ///
    /// ## Fix
    /// Remove `hours` for a 24/7 schedule, or remove `always` to keep the hours.
    pub static ALWAYS_WITH_HOURS = Some(check_always_with_hours);
}

fn check_always_with_hours(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (i, schedule) in ctx.strategy.schedules.iter().enumerate() {
        if schedule.is_always() && schedule.hours.is_some() {
            out.push(finding(
                &codes::ALWAYS_WITH_HOURS,
                ctx.key(&pointer!("/schedules/", i, "/hours")),
                format!(
                    "schedule `{}` is staffed 24/7 (`always = true`) but also lists `hours`",
                    schedule.id
                ),
                "remove `hours` for a 24/7 schedule, or remove `always` to keep the hours",
            ));
        }
    }
}
