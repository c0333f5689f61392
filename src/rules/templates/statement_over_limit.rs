//! CS309: each crisis statement, rendered, fits the limit of every network
//! it is posted on.

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::model::{Id, Network, Strategy};
use crate::replies;

use super::Origin;
use super::limits::{Measured, over_limits};
use crate::platforms::Surface;
use crate::rules::{Context, declare_rule};

declare_rule! {
    /// ## What it checks
    /// That each crisis statement (a scenario's `holding_statement`, a
    /// level's `update_template` and `resolution_template`), rendered with
    /// the same sample values as replies, fits every limit of a post on every
    /// network it is posted on (a statement is pinned or posted, not sent as
    /// a reply), counted the way that platform counts. A scenario's
    /// statements go to its `networks`, or to every network; a level's, to
    /// the networks of its scenarios (every network when it has none).
    ///
    /// ## Why it matters
    /// In a crisis nobody has time to cut a statement that the platform
    /// refuses, and a cut statement says something nobody approved.
    ///
    /// ## Example
    /// A 420-character holding statement in a strategy with an X network
    /// (280 characters) and a scenario without `networks`.
    ///
    /// ## Fix
    /// Shorten the statement, or give the scenario `networks = [...]` where
    /// it fits and link to the long version from the others.
    pub static STATEMENT_OVER_LIMIT = Some(check_statements);
}

/// The networks the statements of the scenarios at `level` go to.
fn level_networks(s: &Strategy, level: u64) -> Vec<&Network> {
    let scenarios: Vec<_> = s
        .crisis
        .iter()
        .flat_map(|c| &c.scenarios)
        .filter(|sc| sc.level == level)
        .collect();
    if scenarios.is_empty() || scenarios.iter().any(|sc| sc.networks.is_none()) {
        return s.networks.iter().collect();
    }
    let named: Vec<&Id> = scenarios
        .iter()
        .flat_map(|sc| sc.networks.iter().flatten())
        .collect();
    s.networks
        .iter()
        .filter(|n| named.contains(&&n.id))
        .collect()
}

fn check_statements(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let s = ctx.strategy;
    let Some(crisis) = &s.crisis else {
        return;
    };
    for template in ctx.templates() {
        let networks: Vec<&Network> = match template.origin {
            Origin::Holding { scenario } => match crisis.scenarios.get(scenario) {
                Some(sc) => match &sc.networks {
                    Some(ids) => s.networks.iter().filter(|n| ids.contains(&n.id)).collect(),
                    None => s.networks.iter().collect(),
                },
                None => continue,
            },
            Origin::Statement { level } => match crisis.levels.get(level) {
                Some(l) => level_networks(s, u64::from(l.level)),
                None => continue,
            },
            _ => continue,
        };
        // Templates that do not compile or render are reported by
        // template-syntax.
        let Ok(text) = &template.compiled else {
            continue;
        };
        for network in networks {
            // Nothing to measure against: no render.
            if crate::platforms::limits(network, Surface::Post).is_empty() {
                continue;
            }
            let Ok(rendered) = replies::rendered_on(s, text, None, network) else {
                continue;
            };
            let measured = Measured {
                what: "statement",
                rendered: &rendered,
                included: "sample values",
                otherwise: "post it on other networks with the scenario's `networks = [...]`",
            };
            over_limits(
                ctx,
                out,
                &codes::STATEMENT_OVER_LIMIT,
                &template.pointer,
                &measured,
                network,
                Surface::Post,
            );
        }
    }
}
