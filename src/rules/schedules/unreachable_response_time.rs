//! CS205: a network's response-time promise must survive the longest
//! unstaffed stretch of its schedule's week, or an out-of-hours reply.

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::load::pointer;
use crate::time;

use crate::rules::{Context, declare_rule, finding};

declare_rule! {
    /// ## What it checks
    /// That a network's `response_time` can be kept: when its schedule leaves a
    /// stretch of the week unstaffed that is longer than the promise (a night,
    /// a weekend), the schedule must have an `out_of_hours_reply` telling
    /// followers when they will hear back. The week's pattern is what counts:
    /// holidays listed in `closed` are not part of the computation.
    ///
    /// ## Why it matters
    /// Promising a reply within the hour and then staying silent all weekend is
    /// how followers learn not to trust a brand. An honest automatic reply keeps
    /// the promise meaningful.
    ///
    /// ## Example
    /// ```toml
    /// [[networks]]
    /// schedule = "office"     # Mon–Fri 09:00–18:00
    /// response_time = "1h"
    /// ```
    ///
    /// ## Fix
    /// Add to the schedule:
    /// ```toml
    /// out_of_hours_reply = "Thanks {{ follower }}! We are back {{ availability }}."
    /// ```
    /// or staff the network around the clock, or promise a time the schedule can keep.
    pub static UNREACHABLE_RESPONSE_TIME = Some(check_response_times);
}

fn check_response_times(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (i, network) in ctx.strategy.networks.iter().enumerate() {
        let Some(schedule) = ctx.strategy.schedule_of(network) else {
            continue; // reported by unknown-reference
        };
        // A schedule without hours is reported by schedule-without-hours.
        let no_hours = schedule.hours.as_ref().is_none_or(Vec::is_empty);
        if schedule.is_always() || schedule.out_of_hours_reply.is_some() || no_hours {
            continue;
        }
        let Some(&promise) = network.response_time.get() else {
            continue;
        };
        let gap = time::longest_gap(&schedule.week_spans());
        if gap > promise {
            let (id, gap) = (&schedule.id, time::format_duration(gap));
            out.push(finding(
                &codes::UNREACHABLE_RESPONSE_TIME,
                ctx.value(&pointer!("/networks/", i, "/response_time")),
                format!(
                    "network `{}` promises a reply within {} but schedule `{id}` leaves {gap} unstaffed with no out-of-hours reply",
                    network.id, network.response_time,
                ),
                format!(
                    "add `out_of_hours_reply` to schedule `{id}` telling followers when they will hear back, staff the network longer, or promise at least {gap}"
                ),
            ));
        }
    }
}
