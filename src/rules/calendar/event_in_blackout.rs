//! CS504: a one-off event should not fall in a blackout of its networks.

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::load::pointer;
use crate::rules::values::civil_date;

use super::blackouts;
use crate::rules::{Context, declare_rule, finding};

declare_rule! {
    /// ## What it checks
    /// That no one-off event falls inside a blackout that covers one of its
    /// networks.
    ///
    /// ## Why it matters
    /// A blackout says "we publish nothing here" (a holiday, a period of
    /// mourning, a crisis); an event planned inside it is either a mistake or a
    /// deliberate exception that deserves a second look.
    ///
    /// ## Example
    /// ```toml
    /// [[calendar.events]]
    /// date = 2026-12-25
    /// [[calendar.blackouts]]
    /// from = 2026-12-24
    /// to = 2026-12-26
    /// ```
    ///
    /// ## Fix
    /// Move the event, narrow the blackout's `networks`, or change its dates.
    pub static EVENT_IN_BLACKOUT = Some(check_events_in_blackouts);
}

fn check_events_in_blackouts(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let Some(cal) = &ctx.strategy.calendar else {
        return;
    };
    let blackouts = blackouts(ctx);
    for (i, event) in cal.events.iter().enumerate() {
        let pointer = pointer!("/calendar/events/", i, "/date");
        let Some(date) = civil_date(ctx, &pointer, &event.date) else {
            continue;
        };
        for quiet in &blackouts {
            let shared: Vec<String> = event
                .networks
                .iter()
                .filter(|n| quiet.covers(date, n.as_str()))
                .map(|n| format!("`{n}`"))
                .collect();
            if shared.is_empty() {
                continue;
            }
            out.push(finding(
                &codes::EVENT_IN_BLACKOUT,
                ctx.value(&pointer),
                format!(
                    "event `{}` on {date} falls in the blackout \"{}\" ({} to {}) on {}",
                    event.id,
                    quiet.reason,
                    quiet.from,
                    quiet.to,
                    shared.join(", ")
                ),
                "move the event, or narrow the blackout's `networks` if this exception is intended",
            ));
        }
    }
}
