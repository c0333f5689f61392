//! CS505: a blackout must not end before it starts.

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::load::pointer;

use super::blackouts;
use crate::rules::{Context, declare_rule, finding};

declare_rule! {
    /// ## What it checks
    /// That a blackout's `to` is not before its `from`.
    ///
    /// ## Why it matters
    /// An inverted blackout covers no day at all: the posts it was meant to
    /// stop go out.
    ///
    /// ## Example
    /// ```toml
    /// from = 2027-01-02
    /// to = 2026-12-24
    /// ```
    ///
    /// ## Fix
    /// Swap the two dates.
    pub static BLACKOUT_ENDS_BEFORE_START = Some(check_blackouts);
}

fn check_blackouts(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for quiet in blackouts(ctx).into_iter().filter(|q| q.to < q.from) {
        out.push(finding(
            &codes::BLACKOUT_ENDS_BEFORE_START,
            ctx.value(&pointer!("/calendar/blackouts/", quiet.index, "/to")),
            format!(
                "blackout \"{}\" ends ({}) before it starts ({})",
                quiet.reason, quiet.to, quiet.from
            ),
            "swap `from` and `to`",
        ));
    }
}
