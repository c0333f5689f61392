//! CS403: the strategy prepares at least one crisis scenario.

use crate::codes;
use crate::diagnostic::Diagnostic;

use crate::rules::{Context, declare_rule, finding};

declare_rule! {
    /// ## What it checks
    /// That the strategy prepares for at least one crisis scenario.
    ///
    /// ## Why it matters
    /// A reputation crisis is the worst moment to decide who approves the first
    /// public statement. Teams that wrote one scenario in advance answer in
    /// minutes instead of hours.
    ///
    /// ## Example
    /// A strategy without `[crisis]`, or with levels but no `[[crisis.scenarios]]`.
    ///
    /// ## Fix
    /// Add `[[crisis.levels]]` and at least one `[[crisis.scenarios]]` with
    /// signals, owner, holding statement and steps.
    pub static NO_CRISIS_SCENARIO = Some(check_has_scenario);
}

fn check_has_scenario(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let crisis = ctx.strategy.crisis.as_ref();
    if crisis.is_some_and(|c| !c.scenarios.is_empty()) {
        return;
    }
    let span = if crisis.is_some() {
        ctx.key("/crisis")
    } else {
        0..0
    };
    let help = if crisis.is_some_and(|c| !c.levels.is_empty()) {
        "add at least one [[crisis.scenarios]] (id, name, level, signals, owner, holding_statement, steps)"
    } else {
        "add [[crisis.levels]] and at least one [[crisis.scenarios]] (signals, owner, holding_statement, steps)"
    };
    out.push(finding(
        &codes::NO_CRISIS_SCENARIO,
        span,
        "the strategy has no crisis scenario",
        help,
    ));
}
