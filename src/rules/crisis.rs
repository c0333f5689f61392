//! Crisis manual: scenarios at defined levels, escalation ladders that go
//! forward in time, and at least one scenario prepared.

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::load::pointer;
use crate::time;

use super::{Context, declare_rule};

declare_rule! {
    /// ## What it checks
    /// That every crisis scenario's `level` is one of the `[[crisis.levels]]`.
    ///
    /// ## Why it matters
    /// The level says how fast to answer, who approves and whether scheduled
    /// posts stop. A scenario at an undefined level leaves all of that open in
    /// the middle of a crisis.
    ///
    /// ## Example
    /// ```toml
    /// [[crisis.scenarios]]
    /// level = 3    # only levels 1 and 2 are defined
    /// ```
    ///
    /// ## Fix
    /// Use a defined level, or define level 3 under `[[crisis.levels]]`.
    pub static UNDEFINED_CRISIS_LEVEL = Some(check_levels);
}

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

fn check_levels(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let Some(crisis) = &ctx.strategy.crisis else {
        return;
    };
    let defined: Vec<u64> = crisis.levels.iter().map(|l| u64::from(l.level)).collect();
    for (i, scenario) in crisis.scenarios.iter().enumerate() {
        if defined.contains(&scenario.level) {
            continue;
        }
        let help = if defined.is_empty() {
            "no level is defined: add [[crisis.levels]] entries (level, name, description, respond_within)".to_string()
        } else {
            let list: Vec<String> = defined.iter().map(u64::to_string).collect();
            format!(
                "defined levels: {}; use one of them or define level {}",
                list.join(", "),
                scenario.level
            )
        };
        out.push(
            Diagnostic::new(
                &codes::UNDEFINED_CRISIS_LEVEL,
                ctx.value(&pointer!("/crisis/scenarios/", i, "/level")),
                format!(
                    "scenario `{}` is at level {}, which is not defined",
                    scenario.id, scenario.level
                ),
            )
            .with_help(help),
        );
    }
}

fn check_ladders(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let Some(crisis) = &ctx.strategy.crisis else {
        return;
    };
    for (i, scenario) in crisis.scenarios.iter().enumerate() {
        let mut previous: Option<(i64, &str)> = None;
        for (j, step) in scenario.escalation.iter().enumerate() {
            let Ok(after) = time::parse_duration(step.after.as_str()) else {
                continue;
            };
            if let Some((before, before_text)) = previous
                && after <= before
            {
                out.push(
                    Diagnostic::new(
                        &codes::ESCALATION_NOT_INCREASING,
                        ctx.value(&pointer!(
                            "/crisis/scenarios/",
                            i,
                            "/escalation/",
                            j,
                            "/after"
                        )),
                        format!(
                            "scenario `{}`: escalation step after {} comes after a step at {}",
                            scenario.id, step.after, before_text
                        ),
                    )
                    .with_help("order the steps by time, each `after` later than the one before"),
                );
            }
            previous = Some((after, step.after.as_str()));
        }
    }
}

fn check_has_scenario(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let has = ctx
        .strategy
        .crisis
        .as_ref()
        .is_some_and(|c| !c.scenarios.is_empty());
    if has {
        return;
    }
    let has_levels = ctx
        .strategy
        .crisis
        .as_ref()
        .is_some_and(|c| !c.levels.is_empty());
    let span = if ctx.strategy.crisis.is_some() {
        ctx.key("/crisis")
    } else {
        0..0
    };
    let help = if has_levels {
        "add at least one [[crisis.scenarios]] (id, name, level, signals, owner, holding_statement, steps)"
    } else {
        "add [[crisis.levels]] and at least one [[crisis.scenarios]] (signals, owner, holding_statement, steps)"
    };
    out.push(
        Diagnostic::new(
            &codes::NO_CRISIS_SCENARIO,
            span,
            "the strategy has no crisis scenario",
        )
        .with_help(help),
    );
}
