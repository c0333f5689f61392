//! CS402: the steps of an escalation ladder go forward in time.

use crate::codes;
use crate::diagnostic::Diagnostic;

use crate::rules::{Context, declare_rule, finding};

declare_rule! {
    /// ## What it checks
    /// That the `after` delays of a scenario's escalation ladder strictly
    /// increase from one step to the next.
    ///
    /// ## Why it matters
    /// The ladder is read as a timeline (T+0, T+30 min, T+2 h); steps out of
    /// order or at the same time mean someone is told too late, or twice.
    ///
    /// ## Example
    /// ```toml
    /// escalation = [{ after = "1h", notify = ["head"] }, { after = "30m", notify = ["ceo"] }]
    /// ```
    ///
    /// ## Fix
    /// Order the steps by time: `"30m"` first, then `"1h"`.
    pub static ESCALATION_NOT_INCREASING = Some(check_ladders);
}

fn check_ladders(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let Some(crisis) = &ctx.strategy.crisis else {
        return;
    };
    for (i, scenario) in crisis.scenarios.iter().enumerate() {
        let mut previous: Option<(i64, &str)> = None;
        for (j, step) in scenario.escalation.iter().enumerate() {
            let Some(&after) = step.after.get() else {
                continue;
            };
            if let Some((before, before_text)) = previous
                && after <= before
            {
                out.push(finding(
                    &codes::ESCALATION_NOT_INCREASING,
                    ctx.value(&format!("/crisis/scenarios/{i}/escalation/{j}/after")),
                    format!(
                        "scenario `{}`: escalation step after {} comes after a step at {}",
                        scenario.id, step.after, before_text
                    ),
                    "order the steps by time, each `after` later than the one before",
                ));
            }
            previous = Some((after, step.after.as_str()));
        }
    }
}
