//! CS401: a scenario's level is one of the defined crisis levels.

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::load::pointer;

use crate::rules::{Context, declare_rule, finding};

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
        out.push(finding(
            &codes::UNDEFINED_CRISIS_LEVEL,
            ctx.value(&pointer!("/crisis/scenarios/", i, "/level")),
            format!(
                "scenario `{}` is at level {}, which is not defined",
                scenario.id, scenario.level
            ),
            help,
        ));
    }
}
