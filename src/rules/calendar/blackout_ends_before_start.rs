//! CS505: a blackout must not end before it starts.

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::load::pointer;
use crate::rules::values::civil_date;

use crate::rules::{Context, declare_rule};

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
    let Some(cal) = &ctx.strategy.calendar else {
        return;
    };
    for (b, blackout) in cal.blackouts.iter().enumerate() {
        let from = civil_date(
            ctx,
            &pointer!("/calendar/blackouts/", b, "/from"),
            &blackout.from,
        );
        let to = civil_date(
            ctx,
            &pointer!("/calendar/blackouts/", b, "/to"),
            &blackout.to,
        );
        if let (Some(from), Some(to)) = (from, to)
            && to < from
        {
            out.push(
                Diagnostic::new(
                    &codes::BLACKOUT_ENDS_BEFORE_START,
                    ctx.value(&pointer!("/calendar/blackouts/", b, "/to")),
                    format!(
                        "blackout \"{}\" ends ({to}) before it starts ({from})",
                        blackout.reason
                    ),
                )
                .with_help("swap `from` and `to`"),
            );
        }
    }
}
