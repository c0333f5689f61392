//! CS102: durations too long to compute with. Their shape is the schema's
//! to check; this rule's documentation covers both.

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::load::pointer;
use crate::model::Duration;
use crate::time::DurationError;

use crate::rules::{Context, declare_rule};

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

/// Every duration field with its JSON pointer.
fn durations<'a>(ctx: &Context<'a>) -> Vec<(String, &'a Duration)> {
    let s = ctx.strategy;
    let mut out = Vec::new();
    for (i, n) in s.networks.iter().enumerate() {
        out.push((
            pointer!("/networks/", i, "/response_time"),
            &n.response_time,
        ));
    }
    for (i, p) in s.playbooks.iter().enumerate() {
        if let Some(d) = &p.respond_within {
            out.push((pointer!("/playbooks/", i, "/respond_within"), d));
        }
    }
    if let Some(crisis) = &s.crisis {
        for (i, l) in crisis.levels.iter().enumerate() {
            out.push((
                pointer!("/crisis/levels/", i, "/respond_within"),
                &l.respond_within,
            ));
            if let Some(d) = &l.update_every {
                out.push((pointer!("/crisis/levels/", i, "/update_every"), d));
            }
        }
        for (i, sc) in crisis.scenarios.iter().enumerate() {
            for (j, e) in sc.escalation.iter().enumerate() {
                out.push((
                    pointer!("/crisis/scenarios/", i, "/escalation/", j, "/after"),
                    &e.after,
                ));
            }
        }
    }
    if let Some(cal) = &s.calendar {
        for (i, series) in cal.series.iter().enumerate() {
            if let Some(d) = &series.duration {
                out.push((pointer!("/calendar/series/", i, "/duration"), d));
            }
        }
        for (i, event) in cal.events.iter().enumerate() {
            if let Some(d) = &event.duration {
                out.push((pointer!("/calendar/events/", i, "/duration"), d));
            }
        }
    }
    out
}

/// The schema checks a duration's shape; this catches the ones too long to
/// compute with. Shape errors were reported by the schema already.
fn check_durations(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (pointer, d) in durations(ctx) {
        if d.error() == Some(&DurationError::TooLarge) {
            out.push(
                Diagnostic::new(&codes::INVALID_DURATION, ctx.value(&pointer), format!("duration \"{d}\" is too long"))
                    .with_help("durations may not exceed 100 years; write the delay you mean, such as \"2h\" or \"3d\""),
            );
        }
    }
}
