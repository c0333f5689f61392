//! CS102: durations too long to compute with. Their shape is the schema's
//! to check; this rule's documentation covers both.

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::time::DurationError;

use crate::rules::fields::{Field, walk};
use crate::rules::{Context, declare_rule, finding};

declare_rule! {
    /// ## What it checks
    /// That durations are one or more whole numbers with units `d`, `h`, `m`
    /// (`"30m"`, `"2h"`, `"1h30m"`, `"1d"`), and no longer than a hundred years.
    ///
    /// ## Why it matters
    /// A response-time promise the tool cannot read cannot be checked against
    /// the schedule, nor printed in the guide.
    ///
    /// ## Example
    /// ```toml
    /// response_time = "90 minutes"
    /// ```
    ///
    /// ## Fix
    /// ```toml
    /// response_time = "1h30m"
    /// ```
    pub static INVALID_DURATION = Some(check_durations);
}

/// The schema checks a duration's shape; this catches the ones too long to
/// compute with. Shape errors were reported by the schema already.
fn check_durations(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    walk(ctx.strategy, &mut |at, field| {
        if let Field::Duration(d) = field
            && d.error() == Some(&DurationError::TooLarge)
        {
            out.push(finding(
                &codes::INVALID_DURATION,
                ctx.value(&at.to_string()),
                format!("duration \"{d}\" is too long"),
                "durations may not exceed 100 years; write the delay you mean, such as \"2h\" or \"3d\"",
            ));
        }
    });
}
