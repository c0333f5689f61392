//! CS201: a staffed window must end after it starts.

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::load::pointer;

use crate::rules::{Context, declare_rule, finding};

declare_rule! {
    /// ## What it checks
    /// That each staffed window ends after it starts (`to` after `from`).
    ///
    /// ## Why it matters
    /// A window from 18:00 to 09:00 is either a typo or an overnight shift;
    /// the format has no overnight windows, so the hours would be lost.
    ///
    /// ## Example
    /// ```toml
    /// hours = [{ days = ["mon-fri"], from = "18:00", to = "09:00" }]
    /// ```
    ///
    /// ## Fix
    /// Swap `from` and `to`, or split an overnight shift in two:
    /// ```toml
    /// hours = [
    ///   { days = ["mon-fri"], from = "18:00", to = "24:00" },
    ///   { days = ["tue-sat"], from = "00:00", to = "09:00" },
    /// ]
    /// ```
    pub static WINDOW_ENDS_BEFORE_START = Some(check_window_order);
}

fn check_window_order(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (i, schedule) in ctx.strategy.schedules.iter().enumerate() {
        for (w, window) in schedule.hours.iter().flatten().enumerate() {
            let (Some(from), Some(to)) = (window.from.get(), window.to.get()) else {
                continue;
            };
            if to <= from {
                out.push(finding(
                    &codes::WINDOW_ENDS_BEFORE_START,
                    ctx.value(&pointer!("/schedules/", i, "/hours/", w, "/to")),
                    format!(
                        "schedule `{}` has a window ending at {} {} it starts at {}",
                        schedule.id,
                        window.to,
                        if to == from { "when" } else { "before" },
                        window.from
                    ),
                    "swap `from` and `to`, or split an overnight window in two (until \"24:00\", then from \"00:00\" the next day)",
                ));
            }
        }
    }
}
